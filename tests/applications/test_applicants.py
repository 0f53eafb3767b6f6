"""The applicant's draft: one domain function for "Save draft" and the autosave."""

import pytest
from django.core.exceptions import ValidationError

from applications.domain.applicants import save_draft
from tests.factories import ApplicationFactory


@pytest.mark.django_db
def test_save_draft_keeps_one_answer_per_question_of_the_entry_type(nomination):
    application = ApplicationFactory(nomination=nomination, entry_type="project")
    saved = save_draft(
        application=application,
        fields={"title": "New title", "entry_type": "mentoring", "state": "laureate"},
        answers={"summary": "S", "mentees": "M", "beneficiaries": "B", "results": ""},
    )
    saved.refresh_from_db()
    assert (saved.title, saved.entry_type, saved.state) == ("New title", "mentoring", "draft")
    assert saved.answers == {"summary": "S", "mentees": "M"}


@pytest.mark.django_db
def test_save_draft_after_submit_refused_and_nothing_changed(nomination):
    application = ApplicationFactory(nomination=nomination, title="Sent")
    stale = ApplicationFactory._meta.model.objects.get(pk=application.pk)
    application.state = "submitted"
    application.save()
    with pytest.raises(ValidationError, match="can no longer be changed"):
        save_draft(application=stale, fields={"title": "Late"}, answers={})
    application.refresh_from_db()
    assert (application.title, application.state) == ("Sent", "submitted")
