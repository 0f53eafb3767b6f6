"""Admin: the prize year's own views (applications, assignments, leaderboard) and the
settings coordinators keep per edition (panels, scorecards, criteria, determination
messages, conflicts of interest, eligibility), under one "Prize year" menu."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from applications import admin_views as views
from applications import models
from applications.choices import Role
from applications.domain.roles import roles_of

urls = (
    [
        path("", views.overview, name="overview"),
        path("<int:pk>/", views.application, name="application"),
        path("<int:pk>/act/", views.act, name="act"),
        path("<int:pk>/assign/", views.assign, name="assign"),
        path("<int:pk>/publish/", views.publish, name="publish"),
        path("assignments/", views.assignments, name="assignments"),
        path("assignments/<int:pk>/", views.review, name="review"),
        path("assignments/conflicts/", views.declare_conflict, name="declare_conflict"),
        path("leaderboard/<int:pk>/", views.leaderboard, name="leaderboard"),
        path("leaderboard/<int:pk>/<str:fmt>/", views.export_results, name="export"),
    ],
    "applications_admin",
)


@hooks.register("register_admin_urls")
def register_urls():
    return [path("prize-year/", include(urls))]


class RoleMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(roles_of(user=request.user) - {Role.APPLICANT})


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RoleMenuItem(
        _("Applications"), reverse("applications_admin:overview"), name="prize-applications",
        icon_name="form", order=310,
    )  # fmt: skip


def _viewset(model_, fields, icon="cog"):
    return type(
        f"{model_.__name__}ViewSet",
        (ModelViewSet,),
        {"model": model_, "form_fields": fields, "icon": icon, "add_to_admin_menu": False,
         "list_display": ["__str__"]},
    )  # fmt: skip


class PrizeYearGroup(ViewSetGroup):
    menu_label = _("Prize year settings")
    menu_icon = "cogs"
    menu_order = 311
    items = (
        _viewset(models.Panel, ["edition", "category", "experts"], "group"),
        _viewset(
            models.Scorecard,
            ["edition", "scale_min", "scale_max", "minimum_reviews", "disagreement"],
            "list-ol",
        ),  # fmt: skip
        _viewset(
            models.Criterion,
            [
                "scorecard",
                "name_en",
                "name_ru",
                "description_en",
                "description_ru",
                "weight",
                "sort_order",
            ],
            "list-ul",
        ),  # fmt: skip
        _viewset(
            models.DeterminationMessage,
            ["edition", "outcome", "subject_en", "subject_ru", "body_en", "body_ru"],
            "mail",
        ),  # fmt: skip
        _viewset(
            models.ConflictOfInterest,
            ["expert", "application", "organisation", "region_code", "country_code", "reason"],
            "warning",
        ),
        _viewset(models.Eligibility, ["category", "applicant_type"], "tick"),
    )


@hooks.register("register_admin_viewset")
def register_viewsets():
    return PrizeYearGroup()
