"""The prize year in the Wagtail admin: coordinators screen and assign, experts score their
assignments, the jury chair ranks and moves applications on. Every view asks the domain
who may do what (domain/roles.py, domain/workflow.py, domain/reviews.py)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from applications.choices import Recommendation, Role
from applications.domain import conflicts, export, publishing, reviews, scoring
from applications.domain import overview as listing
from applications.domain.roles import roles_of
from applications.domain.workflow import (
    ACTION_LABELS,
    TransitionError,
    allowed_actions,
    review_deadline,
    transition,
)
from applications.models import Application, ConflictOfInterest, Panel
from prize import geography
from prize.choices import WorldRegion
from prize.models import NominationPage

STAFF = {Role.COORDINATOR, Role.JURY_CHAIR, Role.ADMIN}
# Log lines that are not moves between states.
LOG_LABELS = {conflicts.LOG_ACTION: gettext_lazy("Conflict of interest declared")}


def _staff(request):
    if not roles_of(user=request.user) & STAFF:
        raise PermissionDenied


def overview(request):
    """Coordinators, chairs, admins: every application, by edition and state; experts are
    sent to their assignments."""
    roles = roles_of(user=request.user)
    if not roles & STAFF:
        if Role.EXPERT in roles:
            return redirect("applications_admin:assignments")
        raise PermissionDenied
    state, region = request.GET.get("state", ""), request.GET.get("region", "")
    items = listing.submitted_applications(state=state, world_region=region)
    nominations = NominationPage.objects.filter(
        pk__in=Application.objects.values("nomination_id")
    ).order_by("path")
    context = {"applications": items[:500], "state": state, "nominations": nominations,
               "states": Application._meta.get_field("state").choices,
               "region": region, "regions": WorldRegion.choices}  # fmt: skip
    return render(request, "applications/admin/overview.html", context)


def application(request, pk):
    _staff(request)
    item = get_object_or_404(Application.objects.select_related("applicant", "nomination"), pk=pk)
    panel = Panel.objects.filter(category_id=item.category_id).first()
    declared = conflicts.conflicts_of(application=item)
    context = {
        "application": item,
        "actions": [(r.action, ACTION_LABELS[r.action])
                    for r in allowed_actions(application=item, user=request.user)],
        "log": [(entry, LOG_LABELS.get(entry.action)) for entry in item.log.select_related("user")],
        "assignments": item.assignments.select_related("expert"),
        "recused": set(item.recusals.values_list("expert_id", flat=True)),
        "conflicts": declared,
        "conflicted": {c.expert_id for c in declared},
        "experts": panel.experts.all() if panel else [],
        "reviews": reviews.visible_reviews(application=item, user=request.user),
        "may_assign": reviews.may_assign(user=request.user),
    }  # fmt: skip
    return render(request, "applications/admin/application.html", context)


@require_POST
def act(request, pk):
    """Take a workflow action (the table decides whether this user may)."""
    item = get_object_or_404(Application, pk=pk)
    try:
        transition(application=item, action=request.POST.get("action", ""), user=request.user,
                   comment=request.POST.get("comment", "")[:5000])  # fmt: skip
    except TransitionError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: %(state)s.") % {"state": item.get_state_display()})
    if request.POST.get("back") == "leaderboard" and item.nomination_id:
        return redirect("applications_admin:leaderboard", pk=item.nomination_id)
    return redirect("applications_admin:application", pk=pk)


@require_POST
def assign(request, pk):
    item = get_object_or_404(Application, pk=pk)
    try:
        if request.POST.get("auto"):
            made = reviews.auto_assign(edition=item.edition, user=request.user)
            messages.success(request, _("%(count)s assignments made.") % {"count": len(made)})
        else:
            expert = get_object_or_404(get_user_model(), pk=request.POST.get("expert") or 0)
            if request.POST.get("recuse"):
                reviews.recuse(application=item, expert=expert, user=request.user,
                               reason=request.POST.get("reason", "")[:2000])  # fmt: skip
            else:
                reviews.assign(application=item, expert=expert, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("applications_admin:application", pk=pk)


def assignments(request):
    """An expert's own assignments, and nothing else."""
    if Role.EXPERT not in roles_of(user=request.user):
        raise PermissionDenied
    mine = list(reviews.assignments_of(user=request.user).select_related("review"))
    deadlines = {}
    for a in mine:
        if a.application.edition_id not in deadlines:
            deadlines[a.application.edition_id] = review_deadline(edition=a.application.edition)
    context = {
        "assignments": [(a, deadlines[a.application.edition_id]) for a in mine],
        "conflicts": ConflictOfInterest.objects.filter(expert=request.user)
        .select_related("application").order_by("declared_at"),
        "subjects": geography.subject_choices(),
        "countries": geography.country_choices(),
    }  # fmt: skip
    return render(request, "applications/admin/assignments.html", context)


@require_POST
def declare_conflict(request):
    """An expert declares a conflict with an organisation, region or country before any
    assignment (a conflict with an assigned application is declared on its review page)."""
    if Role.EXPERT not in roles_of(user=request.user):
        raise PermissionDenied
    try:
        conflicts.declare(
            expert=request.user, user=request.user, reason=request.POST.get("reason", "")[:2000],
            organisation=request.POST.get("organisation", "")[:250],
            region_code=request.POST.get("region_code", "")[:6],
            country_code=request.POST.get("country_code", "")[:2],
        )  # fmt: skip
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your conflict of interest is recorded."))
    return redirect("applications_admin:assignments")


def review(request, pk):
    """The scorecard of one assignment; others' reviews once one's own is submitted."""
    # Someone else's assignment is refused like any other admin view, not told apart.
    assignment = (
        reviews.assignments_of(user=request.user)
        .select_related("application__edition")
        .filter(pk=pk)
        .first()
    )
    if assignment is None:
        raise PermissionDenied
    item = assignment.application
    scorecard = getattr(item.edition, "scorecard", None)
    if scorecard is None:
        raise Http404
    criteria = list(scorecard.criteria.all())
    if request.method == "POST" and request.POST.get("conflict"):
        try:
            conflicts.declare(expert=request.user, user=request.user, application=item,
                              reason=request.POST.get("reason", "")[:2000])  # fmt: skip
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("applications_admin:review", pk=pk)
        messages.success(
            request,
            _("Your conflict of interest with “%(title)s” is recorded: the application is no "
              "longer assigned to you.") % {"title": item.title},
        )  # fmt: skip
        return redirect("applications_admin:assignments")
    if request.method == "POST":
        abstain = bool(request.POST.get("abstain"))
        try:
            scores = (
                {}
                if abstain
                else {c.pk: int(request.POST.get(f"score_{c.pk}", "")) for c in criteria}
            )
            recommendation = request.POST.get("recommendation", "")
            if recommendation not in Recommendation.values:
                recommendation = ""
            reviews.submit_review(assignment=assignment, user=request.user, scores=scores,
                                  recommendation=recommendation, abstain=abstain,
                                  comment=request.POST.get("comment", "")[:5000])  # fmt: skip
        except ValueError:
            messages.error(request, _("Score every criterion."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your review is submitted."))
            return redirect("applications_admin:review", pk=pk)
    # The admin's language (the user's preference), not the request's: /admin/ has no prefix.
    language = get_language()
    context = {
        "assignment": assignment, "application": item, "scorecard": scorecard,
        "criteria": [(c, c.name(language)) for c in criteria],
        "own": getattr(assignment, "review", None),
        "reviews": reviews.visible_reviews(application=item, user=request.user),
        "recommendations": Recommendation.choices,
        "scale": range(scorecard.scale_min, scorecard.scale_max + 1),
        "deadline": review_deadline(edition=item.edition),
    }  # fmt: skip
    return render(request, "applications/admin/review.html", context)


def leaderboard(request, pk):
    if not roles_of(user=request.user) & STAFF:
        raise PermissionDenied
    nomination = get_object_or_404(NominationPage, pk=pk)
    region = request.GET.get("region", "")
    results = scoring.leaderboard(nomination=nomination, world_region=region)
    rows = [(r, [(row.action, ACTION_LABELS[row.action])
                 for row in allowed_actions(application=r.application, user=request.user)])
            for r in results]  # fmt: skip
    return render(request, "applications/admin/leaderboard.html",
                  {"nomination": nomination, "rows": rows, "region": region,
                   "regions": WorldRegion.choices})  # fmt: skip


def export_results(request, pk, fmt):
    if not roles_of(user=request.user) & STAFF:
        raise PermissionDenied
    nomination = get_object_or_404(NominationPage, pk=pk)
    rows = export.result_rows(nomination=nomination)
    if fmt == "xlsx":
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        response = HttpResponse(export.as_xlsx(rows), content_type=content_type)
    else:
        response = HttpResponse(export.as_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="results-{pk}.{fmt}"'
    return response


@require_POST
def publish(request, pk):
    """Make the laureate's or winner's public entry (a draft in prize moderation)."""
    item = get_object_or_404(Application, pk=pk)
    try:
        page = publishing.publish_entry(application=item, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The entry “%(title)s” is submitted for moderation.")
                         % {"title": page.title})  # fmt: skip
    return redirect("applications_admin:application", pk=pk)
