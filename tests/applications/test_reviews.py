"""Assigning experts (conflicts respected, balanced), the scorecard's rules, and who reads
which reviews."""

import pytest
from django.core.exceptions import ValidationError

from applications.domain.reviews import (
    assign,
    assignments_of,
    auto_assign,
    recuse,
    submit_review,
    visible_reviews,
)
from applications.models import ConflictOfInterest, Panel, Review
from tests.applications.conftest import D
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(prize_tree, scorecard, role_user, review_day):
    edition, category, nomination = prize_tree
    experts = [role_user("expert") for _ in range(3)]
    panel = Panel.objects.create(edition=edition, category=category)
    panel.experts.set(experts)
    coordinator = role_user("coordinator")
    return edition, nomination, experts, coordinator


def scores_for(scorecard, value=7):
    return {c.pk: value for c in scorecard.criteria.all()}


def test_assign_refuses_declared_conflict(setup):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    ConflictOfInterest.objects.create(application=application, expert=experts[0])
    with pytest.raises(ValidationError, match="conflict"):
        assign(application=application, expert=experts[0], user=coordinator)
    assert assign(application=application, expert=experts[1], user=coordinator)


def test_assign_refused_to_experts_and_applicants(setup):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    for user in (experts[0], application.applicant):
        with pytest.raises(ValidationError):
            assign(application=application, expert=experts[1], user=user)


def test_auto_assign_balances_and_respects_conflicts(setup):
    edition, nomination, experts, coordinator = setup
    applications = [ApplicationFactory(nomination=nomination, state="expert_review")
                    for _ in range(3)]  # fmt: skip
    ConflictOfInterest.objects.create(application=applications[0], expert=experts[0])
    made = auto_assign(edition=edition, user=coordinator)

    assert len(made) == 6  # two experts each
    load = {e.pk: sum(1 for a in made if a.expert_id == e.pk) for e in experts}
    assert sorted(load.values()) == [2, 2, 2]
    assert experts[0].pk not in {a.expert_id for a in applications[0].assignments.all()}
    assert auto_assign(edition=edition, user=coordinator) == []  # nothing left to do


def test_submit_review_checks_scale_and_every_criterion(setup, scorecard):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    with pytest.raises(ValidationError, match="from 1 to 10"):
        submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard, 11))
    partial = dict(list(scores_for(scorecard).items())[:2])
    with pytest.raises(ValidationError, match="every criterion"):
        submit_review(assignment=assignment, user=experts[0], scores=partial)
    with pytest.raises(ValidationError, match="not assigned"):
        submit_review(assignment=assignment, user=experts[1], scores=scores_for(scorecard))
    review = submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard),
                           recommendation="yes")  # fmt: skip
    assert review.scores.count() == 3
    with pytest.raises(ValidationError, match="already submitted"):
        submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard))


def test_abstain_needs_no_scores(setup):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    review = submit_review(assignment=assignment, user=experts[0], scores={}, abstain=True)
    assert review.abstain and not review.scores.exists()


def test_others_reviews_hidden_until_own_submitted(setup, scorecard, role_user):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    first = assign(application=application, expert=experts[0], user=coordinator)
    second = assign(application=application, expert=experts[1], user=coordinator)
    submit_review(assignment=first, user=experts[0], scores=scores_for(scorecard))

    assert visible_reviews(application=application, user=experts[1]) == []
    assert visible_reviews(application=application, user=application.applicant) == []
    assert visible_reviews(application=application, user=experts[2]) == []
    assert len(visible_reviews(application=application, user=coordinator)) == 1
    assert len(visible_reviews(application=application, user=role_user("jury_chair"))) == 1

    submit_review(assignment=second, user=experts[1], scores=scores_for(scorecard, 5))
    assert len(visible_reviews(application=application, user=experts[1])) == 2


def test_recused_expert_loses_the_assignment(setup, scorecard):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    recuse(application=application, expert=experts[0], user=coordinator, reason="Former employer")
    assert list(assignments_of(user=experts[0])) == []
    with pytest.raises(ValidationError, match="recused"):
        submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard))
    with pytest.raises(ValidationError, match="recused"):
        assign(application=application, expert=experts[0], user=coordinator)


def test_assignments_of_lists_only_own(setup):
    edition, nomination, experts, coordinator = setup
    mine = ApplicationFactory(nomination=nomination, state="expert_review")
    ApplicationFactory(nomination=nomination, state="expert_review")
    assign(application=mine, expert=experts[0], user=coordinator)
    assert [a.application for a in assignments_of(user=experts[0])] == [mine]
    assert list(assignments_of(user=UserFactory())) == []


@pytest.mark.parametrize(
    ("today", "allowed"),
    [(D(2025, 9, 30), True), (D(2025, 10, 1), False), (D(2026, 1, 15), False)],
    ids=["last-day", "day-after", "months-after"],
)
def test_review_refused_after_expert_review_stage_ends(today, allowed, setup, scorecard):
    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    if allowed:
        assert submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard),
                             today=today).submitted_at  # fmt: skip
    else:
        with pytest.raises(ValidationError, match="expert review closed on Sept. 30, 2025"):
            submit_review(assignment=assignment, user=experts[0], scores=scores_for(scorecard),
                          today=today)  # fmt: skip
        assert not Review.objects.exists()


def test_late_review_refused_on_the_review_page(setup, scorecard, client, monkeypatch):
    from django.utils import timezone

    edition, nomination, experts, coordinator = setup
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    assignment = assign(application=application, expert=experts[0], user=coordinator)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: D(2025, 10, 1))
    client.force_login(experts[0])
    form = {f"score_{c.pk}": 7 for c in scorecard.criteria.all()}
    page = client.post(f"/admin/prize-year/assignments/{assignment.pk}/", form, follow=True)
    assert "The expert review closed on Sept. 30, 2025" in page.content.decode()
    assert not Review.objects.exists()
