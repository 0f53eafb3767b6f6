"""Scoring: docs/prize-year.md's hand-computed example, weighted means, abstain and recusal left
out, the minimum-reviews rule, and the leaderboard's queries."""

import types

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from applications.domain.scoring import compute_results, leaderboard, weighted_score
from applications.models import Assignment, Recusal, Review, Score
from tests.factories import ApplicationFactory, UserFactory

X, Y, Z = (types.SimpleNamespace(pk=pk) for pk in (1, 2, 3))
A, B, C = "A", "B", "C"
# docs/prize-year.md "Scoring, worked by hand": three experts, two reviews each, on a 1-10 scale.
EXAMPLE = [(1, A, 2), (2, A, 4), (2, B, 4), (3, B, 2), (1, C, 8), (3, C, 10)]


def by_pk(results):
    return {r.application.pk: r for r in results}


def test_normalised_score_matches_hand_computed_example():
    results = compute_results(
        applications=[X, Y, Z], reviews=EXAMPLE, scale=(1, 10), minimum_reviews=2,
        disagreement=2.0,
    )  # fmt: skip
    r = by_pk(results)
    assert (r[1].mean, r[2].mean, r[3].mean) == (5, 4, 6)
    assert (r[1].spread, r[2].spread, r[3].spread) == (3, 0, 4)
    assert (r[1].disagreement, r[2].disagreement, r[3].disagreement) == (True, False, True)
    assert r[1].normalised == pytest.approx(2)
    assert r[2].normalised == pytest.approx(8)
    assert r[3].normalised == pytest.approx(5)
    # The harsh expert's 4 is Y's best: normalisation puts Y first, raw means put Z first.
    assert [x.application.pk for x in results] == [2, 3, 1]
    assert [x.rank for x in results] == [1, 2, 3]


def test_normalised_score_clamped_to_scale():
    reviews = [(1, A, 1), (2, A, 10), (1, B, 1), (2, B, 10)]
    r = by_pk(compute_results(applications=[X, Y], reviews=reviews, scale=(1, 10),
                              minimum_reviews=1, disagreement=2))  # fmt: skip
    assert 1 <= r[1].normalised <= r[2].normalised <= 10


def test_expert_giving_everyone_the_same_score_has_zero_z():
    reviews = [(1, A, 7), (2, A, 7)]
    r = by_pk(compute_results(applications=[X, Y], reviews=reviews, scale=(1, 10),
                              minimum_reviews=1, disagreement=2))  # fmt: skip
    assert r[1].normalised == r[2].normalised == 7


def test_median_of_odd_number_of_reviews():
    reviews = [(1, A, 3), (1, B, 9), (1, C, 4)]
    (result,) = compute_results(applications=[X], reviews=reviews, scale=(1, 10),
                                minimum_reviews=3, disagreement=2)  # fmt: skip
    assert result.median == 4
    assert result.ranked


def test_fewer_reviews_than_minimum_not_ranked():
    reviews = [(1, A, 3), (1, B, 5), (2, A, 9)]
    results = compute_results(applications=[X, Y], reviews=reviews, scale=(1, 10),
                              minimum_reviews=2, disagreement=2)  # fmt: skip
    assert [(r.application.pk, r.ranked, r.rank) for r in results] == [
        (1, True, 1),
        (2, False, None),
    ]


def test_weighted_score_weights_criteria():
    assert weighted_score(values={1: 8, 2: 6, 3: 4}, weights={1: 2, 2: 1, 3: 1}) == 6.5
    assert weighted_score(values={}, weights={1: 1}) is None


# The same rules on the database: abstain, recusal and drafts are left out.


def review(application, expert, values, *, submitted=True, abstain=False):
    assignment = Assignment.objects.create(application=application, expert=expert)
    r = Review.objects.create(
        assignment=assignment, abstain=abstain, submitted_at=timezone.now() if submitted else None
    )
    for criterion, value in zip(r.assignment.application.edition.scorecard.criteria.all(),
                                values, strict=False):  # fmt: skip
        Score.objects.create(review=r, criterion=criterion, value=value)
    return r


@pytest.mark.django_db
def test_leaderboard_leaves_out_abstain_recused_and_unsubmitted(scorecard, nomination):
    application = ApplicationFactory(nomination=nomination, state="expert_review")
    e1, e2, e3, e4, e5 = UserFactory.create_batch(5)
    review(application, e1, [8, 6, 4])  # weighted 6.5
    review(application, e2, [10, 10, 10], abstain=True)
    review(application, e3, [1, 1, 1])
    Recusal.objects.create(application=application, expert=e3)
    review(application, e4, [1, 1, 1], submitted=False)

    (result,) = leaderboard(nomination=nomination)
    assert result.scores == [(e1.pk, 6.5)]
    assert not result.ranked  # one counted review; the scorecard needs two

    review(application, e5, [4, 4, 4])
    (result,) = leaderboard(nomination=nomination)
    assert result.ranked and result.mean == pytest.approx(5.25)


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 8])
def test_leaderboard_queries_do_not_grow_with_applications(count, scorecard, nomination):
    experts = UserFactory.create_batch(2)
    for _ in range(count):
        application = ApplicationFactory(nomination=nomination, state="expert_review")
        for expert in experts:
            review(application, expert, [5, 6, 7])
    with CaptureQueriesContext(connection) as queries:
        results = leaderboard(nomination=nomination)
    assert len(results) == count
    assert len(queries) == 7  # one more than before conflicts: the conflicts to leave out
