"""Expert review: assigning experts (by hand or balanced automatically, never against a
declared conflict, each expert told by one e-mail), recusal, an expert's review on the
scorecard until the expert review stage ends, and who sees which reviews (an expert sees
the others' only once their own is submitted)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from applications.choices import Role, State
from applications.domain import conflicts
from applications.domain.notifications import notify_assignments_on_commit
from applications.domain.roles import roles_of
from applications.domain.workflow import review_deadline
from applications.models import (
    Application,
    Assignment,
    ConflictOfInterest,
    Panel,
    Recusal,
    Review,
    Score,
)

OVERSEERS = {Role.COORDINATOR, Role.JURY_CHAIR, Role.ADMIN}


def may_assign(*, user):
    return bool(roles_of(user=user) & {Role.COORDINATOR, Role.ADMIN})


def assign(*, application, expert, user):
    """Assign `expert` to `application` as coordinator `user`; refused on a declared
    conflict (with the application, its organisation, region or country), to the applicant
    themself, or to a recused expert. A new assignment is e-mailed to the expert once
    committed."""
    if not may_assign(user=user):
        raise ValidationError(_("You may not do this."))
    if expert.pk == application.applicant_id or conflicts.has_conflict(
        application=application, expert=expert
    ):
        raise ValidationError(_("This expert has a conflict of interest with the application."))
    if Recusal.objects.filter(application=application, expert=expert).exists():
        raise ValidationError(_("This expert is recused from the application."))
    assignment, created = Assignment.objects.get_or_create(application=application, expert=expert)
    if created:
        notify_assignments_on_commit(assignments=[assignment])
    return assignment


def auto_assign(*, edition, user, per_application=2):
    """Give every application in expert review of `edition` up to `per_application`
    experts of its category's panel, each time the eligible expert with the fewest
    assignments in the edition (ties by id), skipping conflicts, recusals and the applicant.
    Applications with the fewest eligible experts go first, so conflicts do not leave the
    last ones to an already busy expert. Each expert gets one e-mail listing all their new
    assignments, once committed. Returns the new assignments."""
    if not may_assign(user=user):
        raise ValidationError(_("You may not do this."))
    panels = {p.category_id: list(p.experts.all()) for p in
              Panel.objects.filter(edition=edition).prefetch_related("experts")}  # fmt: skip
    load = dict(
        Assignment.objects.filter(application__edition=edition)
        .values_list("expert_id")
        .annotate(n=Count("id"))
    )
    applications = (
        Application.objects.filter(edition=edition, state=State.EXPERT_REVIEW)
        .prefetch_related("assignments", "recusals")
        .order_by("submitted_at", "pk")
    )
    conflicted = conflicts.conflicted_pairs(applications=applications)
    work = []
    for position, application in enumerate(applications):
        have = {a.expert_id for a in application.assignments.all()}
        barred = have | {r.expert_id for r in application.recusals.all()}
        barred |= {application.applicant_id}
        candidates = [
            e for e in panels.get(application.category_id, [])
            if e.pk not in barred and (application.pk, e.pk) not in conflicted
        ]  # fmt: skip
        work.append((len(candidates), position, application, candidates, len(have)))
    created = []
    with transaction.atomic():
        for _count, _position, application, candidates, have in sorted(work, key=lambda w: w[:2]):
            for expert in sorted(candidates, key=lambda e: (load.get(e.pk, 0), e.pk))[
                : max(0, per_application - have)
            ]:
                created.append(Assignment.objects.create(application=application, expert=expert))
                load[expert.pk] = load.get(expert.pk, 0) + 1
        notify_assignments_on_commit(assignments=created)
    return created


def recuse(*, application, expert, user, reason=""):
    """Take `expert` off `application` (coordinators): their review no longer counts."""
    if not may_assign(user=user):
        raise ValidationError(_("You may not do this."))
    recusal, _created = Recusal.objects.get_or_create(
        application=application, expert=expert, defaults={"reason": reason, "recused_by": user}
    )
    return recusal


def _conflicted_applications(*, user):
    """Ids of the applications assigned to `user` that one of their conflicts covers."""
    declared = list(ConflictOfInterest.objects.filter(expert=user))
    if not declared:
        return []
    mine = Assignment.objects.filter(expert=user).select_related("application")
    return [
        a.application_id for a in mine
        if any(conflicts.covers(conflict=c, application=a.application) for c in declared)
    ]  # fmt: skip


def is_barred(*, application, expert):
    """Whether `expert` is recused from or has a conflict with `application`."""
    return Recusal.objects.filter(application=application, expert=expert).exists() or (
        conflicts.has_conflict(application=application, expert=expert)
    )


def assignments_of(*, user):
    """The expert's own assignments, without those they are recused from or have declared
    a conflict of interest with."""
    recused = Recusal.objects.filter(expert=user).values("application_id")
    return (
        Assignment.objects.filter(expert=user)
        .exclude(application_id__in=recused)
        .exclude(application_id__in=_conflicted_applications(user=user))
        .select_related("application", "application__nomination")
        .order_by("application__pk")
    )


def submit_review(
    *, assignment, user, scores, recommendation="", comment="", abstain=False,
    today: datetime.date | None = None,
):  # fmt: skip
    """Record `user`'s review on their `assignment`: `scores` is {criterion id: value}, one
    per criterion of the edition's scorecard, within its scale (unless abstaining), on or
    before the last day of the edition's expert review stage (`today`, by default the
    current date). A submitted review is final. Returns the Review."""
    if assignment.expert_id != user.pk:
        raise ValidationError(_("This application is not assigned to you."))
    application = assignment.application
    if Recusal.objects.filter(application=application, expert=user).exists():
        raise ValidationError(_("You are recused from this application."))
    if conflicts.has_conflict(application=application, expert=user):
        raise ValidationError(_("You have declared a conflict of interest with this application."))
    if application.state != State.EXPERT_REVIEW:
        raise ValidationError(_("The application is not in expert review."))
    deadline = review_deadline(edition=application.edition)
    if deadline is not None and (today or timezone.localdate()) > deadline:
        raise ValidationError(
            _("The expert review closed on %(date)s: reviews can no longer be submitted."),
            params={"date": date_format(deadline)},
        )
    scorecard = application.edition.scorecard
    criteria = {c.pk: c for c in scorecard.criteria.all()}
    if not abstain:
        if set(scores) != set(criteria):
            raise ValidationError(_("Score every criterion."))
        for value in scores.values():
            if not (scorecard.scale_min <= value <= scorecard.scale_max):
                raise ValidationError(
                    _("Scores are from %(low)s to %(high)s."),
                    params={"low": scorecard.scale_min, "high": scorecard.scale_max},
                )
    with transaction.atomic():
        review, _created = Review.objects.select_for_update().get_or_create(assignment=assignment)
        if review.submitted_at:
            raise ValidationError(_("This review is already submitted."))
        review.recommendation, review.comment, review.abstain = recommendation, comment, abstain
        review.submitted_at = timezone.now()
        review.save()
        if not abstain:
            Score.objects.bulk_create(
                [Score(review=review, criterion_id=c, value=v) for c, v in scores.items()]
            )
    return review


def visible_reviews(*, application, user):
    """The submitted reviews of `application` that `user` may read: all for coordinators,
    jury chairs and admins; for an assigned expert, their own, and the others' once their
    own is submitted; none for anyone else (the applicant included)."""
    submitted = (
        Review.objects.filter(assignment__application=application, submitted_at__isnull=False)
        .select_related("assignment__expert")
        .prefetch_related("scores")
    )
    if roles_of(user=user) & OVERSEERS:
        return list(submitted)
    if is_barred(application=application, expert=user):
        return []
    own = Review.objects.filter(assignment__application=application, assignment__expert=user)
    if own.filter(submitted_at__isnull=False).exists():
        return list(submitted)
    return []
