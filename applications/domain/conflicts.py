"""Conflicts of interest: an expert declares one (with a reason) against an application
they are assigned to, or before any assignment against an organisation, a Russian region
or a country; coordinators record them in "Prize year settings" too. A conflict keeps the
expert off every application it covers: `assign` refuses and `auto_assign` skips the pair,
the expert no longer sees the application, and their review of it is left out of the
results, as with a coordinator's recusal (domain/reviews.py, domain/scoring.py)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from applications.choices import Role
from applications.domain.roles import roles_of
from applications.models import ActivityLog, Application, Assignment, ConflictOfInterest

# The activity log's action for a declared conflict (the state does not change).
LOG_ACTION = "declare_conflict"


def _same_organisation(a, b):
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def covers(*, conflict, application):
    """Whether `conflict` concerns `application`."""
    return (
        conflict.application_id == application.pk
        or _same_organisation(conflict.organisation, application.organisation)
        or bool(conflict.region_code and conflict.region_code == application.region_code)
        or bool(conflict.country_code and conflict.country_code == application.country_code)
    )


def _candidates(*, application_ids):
    """The conflicts that may cover applications `application_ids`: theirs and every
    conflict with an organisation, region or country (few: one query)."""
    return ConflictOfInterest.objects.filter(
        Q(application_id__in=application_ids) | Q(application__isnull=True)
    ).select_related("expert")


def conflicts_of(*, application):
    """The conflicts covering `application`, oldest first. One query."""
    return [
        c for c in _candidates(application_ids=[application.pk]).order_by("declared_at", "pk")
        if covers(conflict=c, application=application)
    ]  # fmt: skip


def conflicted_experts(*, application):
    """Ids of the experts with a conflict covering `application`."""
    return {c.expert_id for c in conflicts_of(application=application)}


def conflicted_pairs(*, applications):
    """{(application id, expert id)} of every conflict covering one of `applications`.
    One query."""
    applications = list(applications)
    conflicts = list(_candidates(application_ids=[a.pk for a in applications]))
    return {
        (a.pk, c.expert_id) for a in applications for c in conflicts
        if covers(conflict=c, application=a)
    }  # fmt: skip


def has_conflict(*, application, expert):
    return expert.pk in conflicted_experts(application=application)


def declare(
    *, expert, user, reason, application=None, organisation="", region_code="", country_code=""
):
    """Record `expert`'s conflict with `application`, or with every application of an
    organisation, region or country. An expert declares their own (an application only
    when assigned to it), coordinators and admins anyone's. A reason is needed. Each
    covered application the expert is assigned to gets a line in its activity log.
    Returns the ConflictOfInterest; raises ValidationError (nothing saved)."""
    roles = roles_of(user=user)
    staff = bool(roles & {Role.COORDINATOR, Role.ADMIN})
    if not staff and not (Role.EXPERT in roles and user.pk == expert.pk):
        raise ValidationError(_("You may not do this."))
    if (
        application is not None
        and not staff
        and not Assignment.objects.filter(application=application, expert=expert).exists()
    ):
        raise ValidationError(_("This application is not assigned to you."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for the conflict of interest."))
    conflict = ConflictOfInterest(
        expert=expert, application=application, organisation=(organisation or "").strip(),
        region_code=(region_code or "").strip().upper(),
        country_code=(country_code or "").strip().upper(), reason=reason, declared_by=user,
    )  # fmt: skip
    conflict.full_clean(exclude=["expert", "application"], validate_constraints=False)
    with transaction.atomic():
        if application is not None:
            existing = ConflictOfInterest.objects.filter(application=application, expert=expert)
            if existing.exists():
                raise ValidationError(_("This conflict of interest is already declared."))
        conflict.save()
        assigned = Application.objects.filter(assignments__expert=expert)
        if application is not None:
            assigned = Application.objects.filter(pk=application.pk)
        for covered in assigned:
            if covers(conflict=conflict, application=covered):
                ActivityLog.objects.create(
                    application=covered, user=user, action=LOG_ACTION, from_state=covered.state,
                    to_state=covered.state, comment=f"{expert.get_full_name() or expert}: {reason}",
                )  # fmt: skip
    return conflict
