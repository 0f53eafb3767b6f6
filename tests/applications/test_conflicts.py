"""Conflicts of interest: who may declare them, what they cover (an application, an
organisation, a region, a country), and what follows: the expert loses the application,
the log and the coordinator's page say so, the review is left out, `assign` refuses and
`auto_assign` skips the pair while staying balanced."""

import pytest
from django.core.exceptions import ValidationError

from applications.domain.conflicts import LOG_ACTION, declare
from applications.domain.reviews import assign, assignments_of, auto_assign, submit_review
from applications.domain.scoring import leaderboard
from applications.models import ActivityLog, Assignment, ConflictOfInterest, Panel
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def panel(prize_tree, scorecard, role_user, review_day):
    """(edition, nomination, three experts of the category's panel, a coordinator)."""
    edition, category, nomination = prize_tree
    experts = [role_user("expert", first_name=f"Expert {i}") for i in range(3)]
    Panel.objects.create(edition=edition, category=category).experts.set(experts)
    return edition, nomination, experts, role_user("coordinator")


def scores(scorecard, value):
    return {c.pk: value for c in scorecard.criteria.all()}


# Who may declare a conflict with an application: (declarer, for whom, allowed).
DECLARE = [
    ("assigned_expert", "self", True),
    ("unassigned_expert", "self", False),  # cannot reach an application not theirs
    ("assigned_expert", "other_expert", False),
    ("coordinator", "other_expert", True),
    ("admin", "other_expert", True),
    ("jury_chair", "other_expert", False),
    ("applicant", "other_expert", False),
]


@pytest.mark.parametrize(("declarer", "for_whom", "allowed"), DECLARE)
def test_declare_conflict_with_application_permissions(
    declarer, for_whom, allowed, panel, role_user
):
    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    Assignment.objects.create(application=application, expert=experts[0])
    actors = {
        "assigned_expert": experts[0], "unassigned_expert": experts[1],
        "coordinator": coordinator, "admin": role_user("admin"),
        "jury_chair": role_user("jury_chair"), "applicant": application.applicant,
    }  # fmt: skip
    user = actors[declarer]
    expert = user if for_whom == "self" else experts[2]
    if allowed:
        declare(expert=expert, user=user, application=application, reason="My former employer")
        assert ConflictOfInterest.objects.filter(application=application, expert=expert).exists()
    else:
        with pytest.raises(ValidationError):
            declare(expert=expert, user=user, application=application, reason="Because")
        assert not ConflictOfInterest.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reason": "  "}, "reason"),
        ({"reason": "Friends", "organisation": ""}, "Name the application"),
        ({"reason": "Friends", "country_code": "XX"}, "Unknown country code"),
        ({"reason": "Friends", "region_code": "RU-XXX"}, "Unknown federal subject"),
    ],
)
def test_declare_conflict_needs_reason_and_subject(fields, message, panel):
    edition, nomination, experts, coordinator = panel
    with pytest.raises(ValidationError, match=message):
        declare(expert=experts[0], user=experts[0], **fields)
    assert not ConflictOfInterest.objects.exists()


def test_declared_conflict_removes_expert_logs_and_drops_review(panel, scorecard):
    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    mine = assign(application=application, expert=experts[0], user=coordinator)
    other = assign(application=application, expert=experts[1], user=coordinator)
    third = assign(application=application, expert=experts[2], user=coordinator)
    submit_review(assignment=other, user=experts[1], scores=scores(scorecard, 4))
    submit_review(assignment=third, user=experts[2], scores=scores(scorecard, 6))
    submit_review(assignment=mine, user=experts[0], scores=scores(scorecard, 10))
    assert leaderboard(nomination=nomination)[0].mean == pytest.approx(20 / 3)

    declare(expert=experts[0], user=experts[0], application=application, reason="My cousin")

    assert list(assignments_of(user=experts[0])) == []
    (result,) = leaderboard(nomination=nomination)
    assert result.mean == pytest.approx(5)  # the 10 no longer counts
    (line,) = ActivityLog.objects.filter(application=application, action=LOG_ACTION)
    assert line.user == experts[0] and "My cousin" in line.comment
    assert line.from_state == line.to_state == "expert_review"


@pytest.mark.parametrize(
    ("conflict", "applicant_fields"),
    [
        ({"organisation": "  happiness IN life "}, {"organisation": "Happiness in Life"}),
        ({"region_code": "RU-PER"}, {"region_code": "RU-PER"}),
        ({"country_code": "KZ"}, {"country_code": "KZ", "region_code": ""}),
    ],
    ids=["organisation", "region", "country"],
)
def test_conflict_before_assignment_refused_by_assign_and_skipped_by_auto(
    conflict, applicant_fields, panel
):
    edition, nomination, experts, coordinator = panel
    declare(expert=experts[0], user=experts[0], reason="I advise them", **conflict)
    covered = ApplicationFactory(nomination=nomination, state="expert_review", **applicant_fields)
    elsewhere = ApplicationFactory(nomination=nomination, state="expert_review",
                                   organisation="Other", region_code="RU-MOW")  # fmt: skip

    with pytest.raises(ValidationError, match="conflict of interest"):
        assign(application=covered, expert=experts[0], user=coordinator)
    made = auto_assign(edition=edition, user=coordinator)
    assert (covered.pk, experts[0].pk) not in {(a.application_id, a.expert_id) for a in made}
    assert {a.application_id for a in made} == {covered.pk, elsewhere.pk}
    assert assign(application=elsewhere, expert=experts[0], user=coordinator)


def test_auto_assign_hand_checked_example(panel):
    """5 applications, 3 experts, 2 each, expert 0 in conflict with application 0 (which,
    without the conflict, would take experts 0 and 1).

    Application 0 has the fewest eligible experts, so it goes first: experts 1 and 2
    (loads 0 1 1). Then in order: 1 gets 0 and 1 (ties by id; 1 2 1), 2 gets 0 and 2
    (2 2 2), 3 gets 0 and 1 (3 3 2), 4 gets 2 and then 0 (4 3 3)."""
    edition, nomination, experts, coordinator = panel
    apps = [ApplicationFactory(nomination=nomination, state="expert_review") for _ in range(5)]
    declare(expert=experts[0], user=coordinator, application=apps[0], reason="Board member")

    made = auto_assign(edition=edition, user=coordinator)

    pairs = {(apps.index(a.application), experts.index(a.expert)) for a in made}
    assert pairs == {(0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (2, 2), (3, 0), (3, 1),
                     (4, 2), (4, 0)}  # fmt: skip
    loads = [sum(1 for _, e in pairs if e == i) for i in range(3)]
    assert loads == [4, 3, 3] and max(loads) - min(loads) <= 1
    assert (0, 0) not in pairs


def test_auto_assign_serves_constrained_applications_first(panel):
    """2 experts, 1 each, expert 0 in conflict with the last two of 4 applications. In
    submission order expert 1 would end with 3 (1 3); the two only expert 1 may take go
    first, so both end with 2."""
    edition, nomination, experts, coordinator = panel
    Panel.objects.get().experts.set(experts[:2])
    apps = [ApplicationFactory(nomination=nomination, state="expert_review") for _ in range(4)]
    for application in apps[2:]:
        declare(expert=experts[0], user=coordinator, application=application, reason="Family")

    made = auto_assign(edition=edition, user=coordinator, per_application=1)

    assert {(apps.index(a.application), experts.index(a.expert)) for a in made} == {
        (0, 0), (1, 0), (2, 1), (3, 1),
    }  # fmt: skip


def test_coordinator_sees_declared_conflict_on_application_page(panel, client):
    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)

    client.force_login(experts[0])
    response = client.post(f"/admin/prize-year/assignments/{assignment.pk}/",
                           {"conflict": "1", "reason": "I chair their board"})  # fmt: skip
    assert response["Location"] == "/admin/prize-year/assignments/"
    assert client.get(f"/admin/prize-year/assignments/{assignment.pk}/")["Location"] == "/admin/"

    client.force_login(coordinator)
    page = client.get(f"/admin/prize-year/{application.pk}/").content.decode()
    assert "I chair their board" in page
    assert "Expert 0" in page and "conflict of interest" in page
    assert "Conflict of interest declared" in page  # the history line


def test_conflict_without_reason_refused_on_review_page(panel, client):
    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    client.force_login(experts[0])
    response = client.post(f"/admin/prize-year/assignments/{assignment.pk}/",
                           {"conflict": "1", "reason": ""}, follow=True)  # fmt: skip
    assert "Give the reason" in response.content.decode()
    assert not ConflictOfInterest.objects.exists()


def test_expert_declares_organisation_conflict_on_assignments_page(panel, client):
    edition, nomination, experts, coordinator = panel
    client.force_login(experts[1])
    response = client.post("/admin/prize-year/assignments/conflicts/",
                           {"organisation": "Happiness in Life", "reason": "I volunteer there",
                            "region_code": "", "country_code": ""}, follow=True)  # fmt: skip
    assert "I volunteer there" in response.content.decode()
    (conflict,) = ConflictOfInterest.objects.all()
    assert (conflict.expert, conflict.application, conflict.declared_by) == (
        experts[1], None, experts[1],
    )  # fmt: skip
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    with pytest.raises(ValidationError):
        assign(application=application, expert=experts[1], user=coordinator)


# Who may post a conflict on the assignments page: (role, status).
@pytest.mark.parametrize(
    ("role", "status"),
    [("expert", 302), ("coordinator", "refused"), ("jury_chair", "refused"), (None, "login")],
)
def test_declare_conflict_page_only_for_experts(role, status, panel, role_user, client):
    if role:
        client.force_login(role_user(role))
    response = client.post("/admin/prize-year/assignments/conflicts/",
                           {"organisation": "X", "reason": "Y"})  # fmt: skip
    if status == "refused":
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    elif status == "login":
        assert "login" in response["Location"]
    else:
        assert response["Location"] == "/admin/prize-year/assignments/"
    assert ConflictOfInterest.objects.exists() == (role == "expert")


def test_conflicted_expert_loses_attachment_access(panel, client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from applications.domain.attachments import attach

    edition, nomination, experts, coordinator = panel
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assign(application=application, expert=experts[0], user=coordinator)
    attachment = attach(upload=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n"), application=application)
    client.force_login(experts[0])
    assert client.get(f"/en/applications/files/{attachment.pk}/").status_code == 200
    declare(expert=experts[0], user=experts[0], organisation="Happiness in Life", reason="Mine")
    assert client.get(f"/en/applications/files/{attachment.pk}/").status_code == 404
