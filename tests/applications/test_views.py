"""The applicant's pages: registration with e-mail verification and password reset over
real SMTP, the application form (draft, submit, deadline, tampering, more information),
attachments' limits, in both languages."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from applications.models import Application, Eligibility
from tests.applications.conftest import STAGES
from tests.factories import (
    ApplicationFactory,
    CategoryPageFactory,
    NominationPageFactory,
    UserFactory,
)

PDF = b"%PDF-1.4\n%fake but well-formed enough\n"


def link_in(body):
    return re.search(r"https?://\S+", body).group(0)


@pytest.fixture
def today_open(monkeypatch):
    """The clock inside the 2025 applications stage."""
    day = STAGES[0][1] + datetime.timedelta(days=10)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: day)
    return day


@pytest.fixture
def today_closed(monkeypatch):
    day = STAGES[0][2] + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: day)
    return day


SUBJECTS = [("en", "Confirm your e-mail address"), ("ru", "Подтвердите адрес электронной почты")]


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "subject"), SUBJECTS)
def test_register_sends_verification_and_link_activates(lang, subject, client, smtp, home):
    response = client.post(f"/{lang}/applications/account/register/", {
        "name": "Anna", "email": "Anna@Example.org", "password1": "long enough pass 42",
        "password2": "long enough pass 42",
    })  # fmt: skip
    assert response.status_code == 200
    (message,) = smtp.messages
    assert message["To"] == "anna@example.org"
    assert message["Subject"].strip() == subject
    user = Application._meta.get_field("applicant").related_model.objects.get()
    assert not user.is_active
    credentials = {"username": "anna@example.org", "password": "long enough pass 42"}
    login = client.post(f"/{lang}/applications/account/login/", credentials)
    assert login.status_code == 200  # inactive: the form again

    response = client.get(link_in(smtp.bodies()[0]))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.is_active
    assert client.get(f"/{lang}/applications/").status_code == 200


@pytest.mark.django_db
def test_register_mismatched_passwords_clear_error(client, home):
    response = client.post("/en/applications/account/register/", {
        "name": "A", "email": "a@example.org", "password1": "long enough pass 42",
        "password2": "another one 42",
    })  # fmt: skip
    assert response.status_code == 200
    assert "The two passwords differ." in response.content.decode()


@pytest.mark.django_db
def test_verify_with_bad_token_refused(client, home):
    user = UserFactory(is_active=False)
    response = client.get(f"/en/applications/account/verify/{user.pk}/nonsense/")
    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.is_active


@pytest.mark.django_db
def test_password_reset_mail_sets_new_password(client, smtp, home):
    user = UserFactory(email="reset@example.org", username="reset@example.org")
    client.post("/ru/applications/account/password-reset/", {"email": "reset@example.org"})
    (body,) = smtp.bodies()
    response = client.get(link_in(body), follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "brand new pass 77",
                                       "new_password2": "brand new pass 77"})  # fmt: skip
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand new pass 77")


@pytest.mark.django_db
def test_my_applications_needs_sign_in(client, home):
    response = client.get("/en/applications/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/applications/account/login/")


@pytest.fixture
def applicant(client):
    user = UserFactory()
    client.force_login(user)
    return user


def form_data(application, **overrides):
    return {
        "title": "Lessons", "organisation": "Happiness", "entry_type": "project",
        "nomination": application.nomination_id or "", "region_code": "RU-PER",
        "consent": "on", "answer_summary": "S", "answer_results": "R",
        "answer_beneficiaries": "B", "action": "save", **overrides,
    }  # fmt: skip


@pytest.mark.django_db
def test_start_draft_save_and_submit(client, applicant, nomination, today_open):
    edition = nomination.get_parent().get_parent()
    response = client.post("/ru/applications/new/", {"edition": edition.pk,
                                                     "applicant_type": "ngo"})  # fmt: skip
    application = Application.objects.get(applicant=applicant)
    assert response["Location"] == f"/ru/applications/{application.pk}/"
    assert application.language == "ru"

    client.post(f"/ru/applications/{application.pk}/",
                form_data(application, nomination=nomination.pk, answer_results=""))  # fmt: skip
    application.refresh_from_db()
    assert (application.state, application.answers["summary"]) == ("draft", "S")

    response = client.post(f"/en/applications/{application.pk}/",
                           form_data(application, nomination=nomination.pk, action="submit",
                                     answer_results=""))  # fmt: skip
    assert response.status_code == 200  # a missing answer keeps the form, with its error
    application.refresh_from_db()
    assert application.state == "draft"

    client.post(f"/en/applications/{application.pk}/",
                form_data(application, nomination=nomination.pk, action="submit"))  # fmt: skip
    application.refresh_from_db()
    assert application.state == "submitted"
    assert application.revisions.count() == 1
    # A second submit of the same page changes nothing.
    client.post(f"/en/applications/{application.pk}/",
                form_data(application, nomination=nomination.pk, action="submit"))  # fmt: skip
    assert application.revisions.count() == 1


@pytest.mark.django_db
def test_submit_after_deadline_keeps_the_draft(client, applicant, nomination, today_closed):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    response = client.post(f"/en/applications/{application.pk}/",
                           form_data(application, title="Kept", action="submit"),
                           follow=True)  # fmt: skip
    assert "The deadline has passed." in response.content.decode()
    application.refresh_from_db()
    assert (application.state, application.title) == ("draft", "Kept")


@pytest.mark.django_db
def test_tampered_nomination_refused(client, applicant, prize_tree, today_open):
    edition, category, nomination = prize_tree
    closed = CategoryPageFactory(parent=edition, title="Municipalities")
    Eligibility.objects.create(category=closed, applicant_type="municipality")
    other = NominationPageFactory(parent=closed)
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    response = client.post(f"/en/applications/{application.pk}/",
                           form_data(application, nomination=other.pk))  # fmt: skip
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.nomination_id == nomination.pk


@pytest.mark.django_db
def test_more_information_edit_and_resubmit(client, applicant, nomination, today_open):
    application = ApplicationFactory(applicant=applicant, nomination=nomination,
                                     state="more_information")  # fmt: skip
    application.log.create(action="request_information", from_state="screening",
                           to_state="more_information", comment="Add the budget")  # fmt: skip
    page = client.get(f"/en/applications/{application.pk}/").content.decode()
    assert "Add the budget" in page
    client.post(f"/en/applications/{application.pk}/",
                form_data(application, title="With budget", action="resubmit"))  # fmt: skip
    application.refresh_from_db()
    assert (application.state, application.title) == ("screening", "With budget")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "size", "error"),
    [
        ("virus.exe", b"MZ", None, "not accepted"),
        ("fake.pdf", b"MZ\x90\x00 not a pdf", None, "do not match"),
        ("big.pdf", PDF, 11 * 1024 * 1024, "too large"),
    ],
)
def test_attachment_bad_files_refused(name, content, size, error, client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    if size:
        content = content + b"0" * (size - len(content))
    response = client.post(f"/en/applications/{application.pk}/files/",
                           {"file": SimpleUploadedFile(name, content)}, follow=True)  # fmt: skip
    assert error in response.content.decode()
    assert not application.attachments.exists()


@pytest.mark.django_db
def test_attachment_upload_and_download(client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    client.post(f"/en/applications/{application.pk}/files/",
                {"file": SimpleUploadedFile("plan.pdf", PDF)})  # fmt: skip
    attachment = application.attachments.get()
    assert "plan" not in attachment.file.name  # stored under a random name
    response = client.get(f"/en/applications/files/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"


# Autosave: the draft as typed, through the same domain function as "Save draft".


def autosave(client, application, lang="en", **overrides):
    data = form_data(application, **overrides)
    del data["action"]
    return client.post(f"/{lang}/applications/{application.pk}/autosave/", data)


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "saved"), [("en", "Saved at "), ("ru", "Сохранено в ")])
def test_autosave_keeps_an_incomplete_draft(lang, saved, client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination, consent=False)
    response = autosave(client, application, lang, title="Typed so far", consent="",
                        answer_summary="Half a sent", answer_results="",
                        region_code="")  # fmt: skip
    assert response.status_code == 200
    assert response.json()["saved"] is True
    assert response.json()["message"].startswith(saved)
    application.refresh_from_db()
    assert (application.title, application.state) == ("Typed so far", "draft")
    assert application.answers == {"summary": "Half a sent", "beneficiaries": "B"}


@pytest.mark.django_db
def test_autosave_keeps_one_answer_per_question(client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    autosave(client, application, answer_invented="Injected", answer_programme="Not asked")
    application.refresh_from_db()
    assert set(application.answers) == {"summary", "results", "beneficiaries"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Not saved: Title: This field is required."),
     ("ru", "Не сохранено: Название: Обязательное поле.")],
)  # fmt: skip
def test_autosave_bad_input_changes_nothing(lang, text, client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination, title="Kept")
    response = autosave(client, application, lang, title="", answer_summary="Lost?")
    assert response.status_code == 400
    assert response.json() == {"saved": False, "message": text}
    application.refresh_from_db()
    assert (application.title, application.answers["summary"]) == (
        "Kept", "Video lessons for children.",
    )  # fmt: skip


@pytest.mark.django_db
def test_autosave_tampered_nomination_refused(client, applicant, prize_tree):
    edition, category, nomination = prize_tree
    closed = CategoryPageFactory(parent=edition, title="Municipalities")
    Eligibility.objects.create(category=closed, applicant_type="municipality")
    other = NominationPageFactory(parent=closed)
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    response = autosave(client, application, nomination=other.pk, title="Tampered")
    assert response.status_code == 400
    assert "Nomination" in response.json()["message"]
    application.refresh_from_db()
    assert (application.nomination_id, application.title) != (other.pk, "Tampered")
    assert application.nomination_id == nomination.pk


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["submitted", "screening", "laureate"])
def test_autosave_after_submit_changes_nothing(state, client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination, state=state,
                                     title="As submitted")  # fmt: skip
    response = autosave(client, application, title="Changed later")
    assert response.status_code == 409
    assert response.json()["saved"] is False
    assert "can no longer be changed" in response.json()["message"]
    application.refresh_from_db()
    assert (application.title, application.state) == ("As submitted", state)


@pytest.mark.django_db
def test_autosave_of_another_applicants_application_not_found(client, applicant, nomination):
    application = ApplicationFactory(nomination=nomination, title="Not yours")
    response = autosave(client, application, title="Hijacked")
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.title == "Not yours"


@pytest.mark.django_db
def test_autosave_anonymous_sent_to_sign_in(client, nomination):
    application = ApplicationFactory(nomination=nomination, title="Untouched")
    response = autosave(client, application, title="Anonymous")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/applications/account/login/")
    application.refresh_from_db()
    assert application.title == "Untouched"


@pytest.mark.django_db
def test_autosave_get_not_allowed(client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    assert client.get(f"/en/applications/{application.pk}/autosave/").status_code == 405


@pytest.mark.django_db
def test_application_page_loads_autosave_script_only_while_editable(client, applicant, nomination):
    application = ApplicationFactory(applicant=applicant, nomination=nomination)
    page = client.get(f"/ru/applications/{application.pk}/").content.decode()
    assert "applications/autosave.js" in page
    assert f'data-autosave-url="/ru/applications/{application.pk}/autosave/"' in page
    assert 'aria-live="polite"' in page
    application.state = "submitted"
    application.save()
    page = client.get(f"/ru/applications/{application.pk}/").content.decode()
    assert "autosave" not in page
