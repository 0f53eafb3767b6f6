"""Results of the expert review: per application the weighted mean of each counted review,
their mean, median and spread (flagged above the scorecard's disagreement threshold), and a
normalised score that takes out each expert's own harshness or generosity.

A review counts when it is submitted, not an abstention, and its expert is not recused
from that application and has declared no conflict of interest covering it.
Normalisation: each expert's counted scores (the weighted means) become z-scores against
that expert's own mean and standard deviation across all their counted reviews in the
edition (z = 0 when an expert gave everyone the same); an application's z-scores are
averaged and mapped back to the scale with the mean and standard deviation of every
counted score of the edition, clamped to the scale. docs/prize-year.md works one example
by hand; tests/applications/test_scoring.py checks it. Standard deviations are population
ones (the reviews are all there are).
"""

import statistics
from dataclasses import dataclass, field

from applications.choices import State
from applications.domain import conflicts
from applications.models import Application, Recusal, Review

# States that have been through expert review: they are ranked in the leaderboard.
REVIEWED_STATES = (
    State.EXPERT_REVIEW, State.SHORTLISTED, State.FINALIST, State.LAUREATE, State.WINNER,
    State.NOT_SELECTED,
)  # fmt: skip


@dataclass
class Result:
    application: object
    scores: list = field(default_factory=list)  # (expert id, weighted score) of counted reviews
    mean: float | None = None
    median: float | None = None
    spread: float | None = None
    disagreement: bool = False
    normalised: float | None = None
    ranked: bool = False
    rank: int | None = None

    @property
    def review_count(self):
        return len(self.scores)


def weighted_score(*, values, weights):
    """Σ weight × value / Σ weight over the criteria scored; `values` and `weights` are
    {criterion id: number}. None when nothing is scored."""
    scored = [c for c in values if c in weights]
    total = sum(float(weights[c]) for c in scored)
    if not total:
        return None
    return sum(float(weights[c]) * values[c] for c in scored) / total


def expert_z_scores(*, reviews):
    """{(application id, expert id): z} from `reviews`, a list of (application id, expert id,
    score): each expert's scores against their own mean and standard deviation."""
    by_expert = {}
    for application_id, expert_id, score in reviews:
        by_expert.setdefault(expert_id, []).append((application_id, score))
    z = {}
    for expert_id, rows in by_expert.items():
        values = [score for _, score in rows]
        mean, spread = statistics.fmean(values), statistics.pstdev(values)
        for application_id, score in rows:
            z[application_id, expert_id] = (score - mean) / spread if spread else 0.0
    return z


def compute_results(
    *, applications, reviews, scale, minimum_reviews, disagreement
):  # fmt: skip
    """Results of `applications` from `reviews` (application id, expert id, score), the
    counted reviews of the whole edition; `scale` is (lowest, highest). Ranked results
    (with at least `minimum_reviews`) first, by normalised score, then the others."""
    low, high = scale
    z = expert_z_scores(reviews=reviews)
    all_scores = [score for _, _, score in reviews]
    centre = statistics.fmean(all_scores) if all_scores else 0.0
    width = statistics.pstdev(all_scores) if all_scores else 0.0
    results = []
    for application in applications:
        result = Result(application=application)
        result.scores = [(e, s) for a, e, s in reviews if a == application.pk]
        values = [s for _, s in result.scores]
        if values:
            result.mean = statistics.fmean(values)
            result.median = statistics.median(values)
            result.spread = statistics.pstdev(values)
            result.disagreement = result.spread > disagreement
            mean_z = statistics.fmean(z[application.pk, e] for e, _ in result.scores)
            result.normalised = min(high, max(low, centre + mean_z * width))
        result.ranked = len(values) >= minimum_reviews
        results.append(result)
    results.sort(key=lambda r: (not r.ranked, -(r.normalised or 0), -(r.mean or 0)))
    for position, result in enumerate((r for r in results if r.ranked), start=1):
        result.rank = position
    return results


def counted_reviews(*, edition, criteria):
    """(application id, expert id, weighted score) of the edition's counted reviews: submitted,
    not abstaining, expert neither recused nor in conflict. Four queries."""
    weights = {c.pk: c.weight for c in criteria}
    recused = set(
        Recusal.objects.filter(application__edition=edition).values_list(
            "application_id", "expert_id"
        )
    )
    reviews = (
        Review.objects.filter(
            assignment__application__edition=edition, submitted_at__isnull=False, abstain=False
        )
        .select_related("assignment__application")
        .prefetch_related("scores")
    )
    applications = {r.assignment.application_id: r.assignment.application for r in reviews}
    recused |= conflicts.conflicted_pairs(applications=applications.values())
    rows = []
    for review in reviews:
        key = (review.assignment.application_id, review.assignment.expert_id)
        if key in recused:
            continue
        score = weighted_score(values={s.criterion_id: s.value for s in review.scores.all()},
                               weights=weights)  # fmt: skip
        if score is not None:
            rows.append((*key, score))
    return rows


def leaderboard(*, nomination, world_region=""):
    """The ranked results of the nomination's reviewed applications (see `compute_results`).
    Empty when the edition has no scorecard. With `world_region` (a WorldRegion value) only
    that region's results, keeping their rank in the whole nomination."""
    applications = list(
        Application.objects.filter(nomination=nomination, state__in=REVIEWED_STATES)
        .select_related("applicant", "edition")
        .order_by("pk")
    )
    if not applications:
        return []
    edition = applications[0].edition
    scorecard = getattr(edition, "scorecard", None)
    if scorecard is None:
        return []
    criteria = list(scorecard.criteria.all())
    results = compute_results(
        applications=applications,
        reviews=counted_reviews(edition=edition, criteria=criteria),
        scale=(scorecard.scale_min, scorecard.scale_max),
        minimum_reviews=scorecard.minimum_reviews,
        disagreement=scorecard.disagreement,
    )
    if world_region:
        results = [r for r in results if r.application.world_region == world_region]
    return results
