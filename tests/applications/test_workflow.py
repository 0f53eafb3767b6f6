"""The transition table: every row by an allowed role, refused to the others, dates
enforced, a log line per move, a revision per submit, double submits refused."""

import pytest
from django.contrib.auth.models import Group

from applications.choices import Role
from applications.domain.roles import GROUPS
from applications.domain.workflow import (
    TRANSITIONS,
    TransitionError,
    allowed_actions,
    transition,
)
from tests.applications.conftest import OPEN_DAY, REVIEW_DAY, D
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db


def user_with(role, application):
    if role == Role.APPLICANT:
        return application.applicant
    if role == Role.ADMIN:
        return UserFactory(is_superuser=True)
    group, _ = Group.objects.get_or_create(name=GROUPS[role])
    return UserFactory(groups=[group])


def day_for(row):
    return OPEN_DAY if row.during == "applications" else REVIEW_DAY


@pytest.mark.parametrize("row", TRANSITIONS, ids=lambda r: f"{r.state}-{r.action}")
def test_transition_allowed_role_moves_and_logs(row, nomination):
    application = ApplicationFactory(nomination=nomination, state=row.state)
    user = user_with(sorted(row.roles)[0], application)

    transition(application=application, action=row.action, user=user, today=day_for(row))

    assert application.state == row.target
    entry = application.log.get()
    assert (entry.action, entry.from_state, entry.to_state, entry.user) == (
        row.action, row.state, row.target, user,
    )  # fmt: skip


@pytest.mark.parametrize("row", TRANSITIONS, ids=lambda r: f"{r.state}-{r.action}")
def test_transition_other_roles_refused(row, nomination):
    application = ApplicationFactory(nomination=nomination, state=row.state)
    others = [r for r in Role if r not in row.roles]
    for role in others:
        with pytest.raises(TransitionError):
            transition(
                application=application, action=row.action,
                user=user_with(role, application), today=day_for(row),
            )  # fmt: skip
    application.refresh_from_db()
    assert application.state == row.state
    assert not application.log.exists()


def test_transition_anonymous_refused(nomination):
    from django.contrib.auth.models import AnonymousUser

    application = ApplicationFactory(nomination=nomination)
    with pytest.raises(TransitionError):
        transition(application=application, action="submit", user=AnonymousUser(), today=OPEN_DAY)


@pytest.mark.parametrize(
    ("today", "allowed"),
    [
        (D(2025, 3, 14), False),  # the day before the stage opens
        (D(2025, 3, 15), True),
        (D(2025, 5, 31), True),  # last day
        (D(2025, 6, 1), False),  # after the deadline
    ],
)
def test_submit_only_while_applications_stage_open(today, allowed, nomination):
    application = ApplicationFactory(nomination=nomination)
    if allowed:
        transition(
            application=application, action="submit", user=application.applicant, today=today
        )
        assert application.state == "submitted"
    else:
        with pytest.raises(TransitionError):
            transition(
                application=application, action="submit", user=application.applicant, today=today
            )
        application.refresh_from_db()
        assert application.state == "draft"


def test_resubmit_refused_after_review_stage_ended(nomination):
    application = ApplicationFactory(nomination=nomination, state="more_information")
    with pytest.raises(TransitionError, match="deadline"):
        transition(
            application=application, action="resubmit", user=application.applicant,
            today=D(2025, 10, 1),
        )  # fmt: skip


def test_submit_without_edition_dates_refused(home):
    from tests.factories import (
        CategoryPageFactory,
        NominationPageFactory,
        PrizeEditionPageFactory,
        PrizeIndexPageFactory,
    )

    edition = PrizeEditionPageFactory(parent=PrizeIndexPageFactory(parent=home), year=2026)
    nomination = NominationPageFactory(parent=CategoryPageFactory(parent=edition))
    application = ApplicationFactory(nomination=nomination)
    with pytest.raises(TransitionError, match="no dates"):
        transition(application=application, action="submit", user=application.applicant)


def test_submit_twice_refused_and_one_revision_kept(nomination):
    application = ApplicationFactory(nomination=nomination)
    transition(application=application, action="submit", user=application.applicant, today=OPEN_DAY)
    with pytest.raises(TransitionError, match="Submitted"):
        transition(
            application=application, action="submit", user=application.applicant, today=OPEN_DAY
        )
    assert application.revisions.count() == 1
    assert application.log.count() == 1


def test_submit_without_consent_refused(nomination):
    application = ApplicationFactory(nomination=nomination, consent=False)
    with pytest.raises(TransitionError, match="Consent"):
        transition(
            application=application, action="submit", user=application.applicant, today=OPEN_DAY
        )
    assert not application.revisions.exists()


def test_more_information_round_keeps_a_revision_per_submit(nomination):
    application = ApplicationFactory(nomination=nomination, title="First")
    applicant = application.applicant
    coordinator = user_with(Role.COORDINATOR, application)
    transition(application=application, action="submit", user=applicant, today=OPEN_DAY)
    transition(application=application, action="screen", user=coordinator, today=OPEN_DAY)
    transition(
        application=application, action="request_information", user=coordinator,
        comment="Please add the budget.", today=OPEN_DAY,
    )  # fmt: skip
    application.title = "Second"
    application.save()
    transition(application=application, action="resubmit", user=applicant, today=REVIEW_DAY)

    assert application.state == "screening"
    assert [r.data["title"] for r in application.revisions.all()] == ["First", "Second"]
    assert [e.action for e in application.log.all()] == [
        "submit", "screen", "request_information", "resubmit",
    ]  # fmt: skip


def test_allowed_actions_follow_role_and_dates(nomination):
    application = ApplicationFactory(nomination=nomination)
    applicant = application.applicant

    def actions(today):
        rows = allowed_actions(application=application, user=applicant, today=today)
        return {r.action for r in rows}

    assert actions(OPEN_DAY) == {"submit", "withdraw"}
    assert actions(REVIEW_DAY) == {"withdraw"}
    stranger = UserFactory()
    assert allowed_actions(application=application, user=stranger, today=OPEN_DAY) == []
