"""Determination e-mails over real SMTP, in the applicant's language, after the move."""

import pytest

from applications.domain.workflow import transition
from applications.models import DeterminationMessage
from tests.applications.conftest import OPEN_DAY, REVIEW_DAY
from tests.factories import ApplicationFactory


@pytest.fixture
def messages_(prize_tree):
    edition = prize_tree[0]
    DeterminationMessage.objects.create(
        edition=edition, outcome="shortlisted", subject_en="You are shortlisted",
        subject_ru="Вы в коротком списке", body_en="“{title}” is shortlisted.",
        body_ru="«{title}» в коротком списке.",
    )  # fmt: skip
    DeterminationMessage.objects.create(
        edition=edition, outcome="more_information", subject_en="We need more information",
        subject_ru="Нужны уточнения", body_en="Please answer:", body_ru="Пожалуйста, ответьте:",
    )  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "subject", "body"), [
    ("en", "You are shortlisted", "“Lessons” is shortlisted."),
    ("ru", "Вы в коротком списке", "«Lessons» в коротком списке."),
])  # fmt: skip
def test_shortlisting_mails_in_applicant_language(
    language,
    subject,
    body,
    smtp,
    messages_,
    nomination,
    role_user,
    django_capture_on_commit_callbacks,
):
    application = ApplicationFactory(nomination=nomination, state="expert_review",
                                     language=language, title="Lessons")  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        transition(application=application, action="shortlist", user=role_user("jury_chair"),
                   today=REVIEW_DAY)  # fmt: skip
    (message,) = smtp.messages
    assert message["To"] == application.applicant.email
    assert message["Subject"].strip() == subject
    assert message.get_content().strip() == body


@pytest.mark.django_db
def test_request_information_mail_carries_the_comment(
    smtp, messages_, nomination, role_user, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(nomination=nomination, state="screening")
    with django_capture_on_commit_callbacks(execute=True):
        transition(
            application=application,
            action="request_information",
            user=role_user("coordinator"),
            comment="Add the budget.",
            today=OPEN_DAY,
        )
    assert "Add the budget." in smtp.messages[0].get_content()


@pytest.mark.django_db
def test_no_message_for_outcome_sends_nothing(
    smtp, messages_, nomination, role_user, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(nomination=nomination, state="finalist")
    with django_capture_on_commit_callbacks(execute=True):
        transition(application=application, action="award_winner", user=role_user("jury_chair"),
                   today=REVIEW_DAY)  # fmt: skip
    assert smtp.messages == []
