"""Experts' assignment e-mails over real SMTP (aiosmtpd): one per expert and batch, in the
expert's preferred language, with the link to their assignments and the review deadline,
sent only once the assignment is committed."""

import pytest
from wagtail.users.models import UserProfile

from applications.domain.reviews import assign, auto_assign
from applications.models import Panel
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

LINK = "http://testserver/admin/prize-year/assignments/"


@pytest.fixture
def panel(prize_tree, scorecard, role_user):
    edition, category, nomination = prize_tree
    experts = [role_user("expert") for _ in range(3)]
    Panel.objects.create(edition=edition, category=category).experts.set(experts)
    return edition, nomination, experts, role_user("coordinator")


def test_manual_assignment_mails_the_expert_once(smtp, panel, django_capture_on_commit_callbacks):
    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review",
                                     title="Reading buddies")  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        assign(application=application, expert=experts[0], user=coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        assign(application=application, expert=experts[0], user=coordinator)  # already there

    (message,) = smtp.messages
    assert message["To"] == experts[0].email
    assert message["Subject"] == "A new application to review"
    body = message.get_content()
    assert "Reading buddies (Technologies for Life)" in body
    assert LINK in body
    assert "by Sept. 30, 2025" in body  # the expert review stage's last day


def test_nothing_sent_when_the_transaction_rolls_back(smtp, panel):
    from django.db import transaction

    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    with pytest.raises(RuntimeError), transaction.atomic():
        assign(application=application, expert=experts[0], user=coordinator)
        raise RuntimeError
    assert smtp.messages == []


def test_auto_assign_sends_one_mail_per_expert(smtp, panel, django_capture_on_commit_callbacks):
    edition, nomination, experts, coordinator = panel
    titles = [f"Project {i}" for i in range(3)]
    for title in titles:
        ApplicationFactory(nomination=nomination, state="expert_review", title=title)
    with django_capture_on_commit_callbacks(execute=True):
        made = auto_assign(edition=edition, user=coordinator)

    assert len(made) == 6
    assert sorted(m["To"] for m in smtp.messages) == sorted(e.email for e in experts)
    for message in smtp.messages:
        expert = next(e for e in experts if e.email == message["To"])
        mine = sorted(a.application.title for a in made if a.expert_id == expert.pk)
        assert message["Subject"] == "2 new applications to review"
        assert [t for t in titles if f"- {t} (" in message.get_content()] == mine


def test_mail_in_the_experts_preferred_language(smtp, panel, django_capture_on_commit_callbacks):
    edition, nomination, experts, coordinator = panel
    UserProfile.objects.create(user=experts[1], preferred_language="ru")
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    with django_capture_on_commit_callbacks(execute=True):
        assign(application=application, expert=experts[0], user=coordinator)
        assign(application=application, expert=experts[1], user=coordinator)

    by_to = {m["To"]: m for m in smtp.messages}
    assert by_to[experts[0].email]["Subject"] == "A new application to review"
    russian = by_to[experts[1].email]
    assert russian["Subject"].strip() == "1 новая заявка на экспертизу"
    assert "30 сентября 2025" in russian.get_content()
    assert LINK in russian.get_content()
