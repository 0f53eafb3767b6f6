"""Who reaches what, as one table: an applicant only their own application, an expert only
their assignments (and, after submitting, their panel's reviews), attachments only to
those who may read them, whatever URL is guessed. Status codes: 200 allowed, 404 (the same
as for something that does not exist), LOGIN (sent to a sign-in page), REFUSED (the
admin's "no permission": back to the dashboard)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from applications.domain.attachments import attach
from applications.models import Assignment, ConflictOfInterest, Recusal
from tests.factories import ApplicationFactory, UserFactory

PDF = b"%PDF-1.4\n"

SITE_DETAIL = "/en/applications/{application}/"
ATTACHMENT = "/en/applications/files/{attachment}/"
ADMIN_APPLICATION = "/admin/prize-year/{application}/"
ADMIN_REVIEW = "/admin/prize-year/assignments/{assignment}/"
# The expert's own assignment, once recused or in a declared conflict.
RECUSED_REVIEW = "/admin/prize-year/assignments/{recused_assignment}/"
CONFLICTED_REVIEW = "/admin/prize-year/assignments/{conflicted_assignment}/"
LEADERBOARD = "/admin/prize-year/leaderboard/{nomination}/"
EXPORT = "/admin/prize-year/leaderboard/{nomination}/csv/"

LOGIN, REFUSED = "login", "refused"

# (actor, url, status)
TABLE = [
    ("owner", SITE_DETAIL, 200),
    ("other_applicant", SITE_DETAIL, 404),
    ("anonymous", SITE_DETAIL, LOGIN),
    ("expert", SITE_DETAIL, 404),
    ("coordinator", SITE_DETAIL, 404),  # staff work in the admin, not as the applicant
    ("owner", ATTACHMENT, 200),
    ("other_applicant", ATTACHMENT, 404),
    ("anonymous", ATTACHMENT, 404),
    ("expert", ATTACHMENT, 200),
    ("unassigned_expert", ATTACHMENT, 404),
    ("recused_expert", ATTACHMENT, 404),
    ("conflicted_expert", ATTACHMENT, 404),
    ("coordinator", ATTACHMENT, 200),
    ("jury_chair", ATTACHMENT, 200),
    ("admin", ATTACHMENT, 200),
    ("owner", ADMIN_APPLICATION, LOGIN),
    ("anonymous", ADMIN_APPLICATION, LOGIN),
    ("expert", ADMIN_APPLICATION, REFUSED),
    ("coordinator", ADMIN_APPLICATION, 200),
    ("jury_chair", ADMIN_APPLICATION, 200),
    ("admin", ADMIN_APPLICATION, 200),
    ("expert", ADMIN_REVIEW, 200),
    ("unassigned_expert", ADMIN_REVIEW, REFUSED),
    ("recused_expert", ADMIN_REVIEW, REFUSED),
    ("conflicted_expert", ADMIN_REVIEW, REFUSED),
    ("recused_expert", RECUSED_REVIEW, REFUSED),
    ("conflicted_expert", CONFLICTED_REVIEW, REFUSED),
    ("coordinator", CONFLICTED_REVIEW, REFUSED),
    ("coordinator", ADMIN_REVIEW, REFUSED),
    ("owner", ADMIN_REVIEW, LOGIN),
    ("expert", LEADERBOARD, REFUSED),
    ("coordinator", LEADERBOARD, 200),
    ("jury_chair", LEADERBOARD, 200),
    ("owner", LEADERBOARD, LOGIN),
    ("expert", EXPORT, REFUSED),
    ("jury_chair", EXPORT, 200),
]


@pytest.fixture
def world(nomination, scorecard, role_user):
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    attachment = attach(upload=SimpleUploadedFile("plan.pdf", PDF), application=application)
    actors = {
        "owner": application.applicant,
        "other_applicant": UserFactory(),
        "anonymous": None,
        "expert": role_user("expert"),
        "unassigned_expert": role_user("expert"),
        "recused_expert": role_user("expert"),
        "conflicted_expert": role_user("expert"),
        "coordinator": role_user("coordinator"),
        "jury_chair": role_user("jury_chair"),
        "admin": role_user("admin"),
    }
    assignment = Assignment.objects.create(application=application, expert=actors["expert"])
    recused = Assignment.objects.create(application=application, expert=actors["recused_expert"])
    Recusal.objects.create(application=application, expert=actors["recused_expert"])
    conflicted = Assignment.objects.create(
        application=application, expert=actors["conflicted_expert"]
    )
    ConflictOfInterest.objects.create(
        expert=actors["conflicted_expert"], organisation=application.organisation, reason="Mine"
    )
    ids = {"application": application.pk, "attachment": attachment.pk,
           "assignment": assignment.pk, "nomination": nomination.pk,
           "recused_assignment": recused.pk, "conflicted_assignment": conflicted.pk}  # fmt: skip
    return actors, ids


@pytest.mark.django_db
@pytest.mark.parametrize(("actor", "url", "status"), TABLE)
def test_access(actor, url, status, world, client):
    actors, ids = world
    if actors[actor] is not None:
        client.force_login(actors[actor])
    response = client.get(url.format(**ids))
    if status == LOGIN:
        assert response.status_code == 302
        assert "login" in response["Location"]
    elif status == REFUSED:
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    else:
        assert response.status_code == status


@pytest.mark.django_db
def test_guessed_attachment_ids_all_refused(world, client):
    actors, ids = world
    client.force_login(actors["other_applicant"])
    for pk in range(ids["attachment"] - 3, ids["attachment"] + 4):
        assert client.get(ATTACHMENT.format(attachment=pk)).status_code == 404


@pytest.mark.django_db
def test_attachment_file_not_under_a_guessable_path(world):
    from applications.models import Attachment

    attachment = Attachment.objects.get()
    assert attachment.file.name.startswith("applications/")
    assert "plan" not in attachment.file.name and len(attachment.file.name) > 60
