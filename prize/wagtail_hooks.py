"""Admin: a flat, filterable listing of prize entries and editions, under a "Prize" menu."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet

from prize.bulk_actions import ENTRY_PAGE_ACTIONS, EntryIndexView
from prize.choices import ApplicantType, EntryStatus, EntryType, PrizeTrack, WorldRegion
from prize.models import EntryPage, PrizeEditionPage


class EntryFilterSet(PageFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=EntryStatus.choices)
    applicant_type = django_filters.ChoiceFilter(
        label=_("Applicant type"), choices=ApplicantType.choices
    )
    entry_type = django_filters.ChoiceFilter(label=_("Entry type"), choices=EntryType.choices)
    world_region = django_filters.ChoiceFilter(label=_("World region"), choices=WorldRegion.choices)

    class Meta:
        model = EntryPage
        fields = []


class EntryListingViewSet(PageListingViewSet):
    model = EntryPage
    index_view_class = EntryIndexView
    name = "prize_entries"
    icon = "clipboard-list"
    menu_label = _("Entries")
    filterset_class = EntryFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("entry_status", label=_("Result"), accessor="get_status_display", sort_key="status"),
        Column("organisation", label=_("Organisation or person"), sort_key="organisation"),
        Column("world_region", label=_("World region"), accessor="get_world_region_display"),
    ]


class EditionFilterSet(PageFilterSet):
    track = django_filters.ChoiceFilter(label=_("Track"), choices=PrizeTrack.choices)

    class Meta:
        model = PrizeEditionPage
        fields = []


class EditionListingViewSet(PageListingViewSet):
    model = PrizeEditionPage
    name = "prize_editions"
    icon = "calendar"
    menu_label = _("Editions")
    filterset_class = EditionFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("year", label=_("Year"), sort_key="year"),
        Column("track", label=_("Track"), accessor="get_track_display", sort_key="track"),
    ]


class PrizeMenu(ViewSetGroup):
    menu_label = _("Prize")
    menu_name = "prize"  # core.roles areas hide it from roles with nothing to do there
    menu_icon = "success"
    menu_order = 220
    items = (EntryListingViewSet, EditionListingViewSet)


@hooks.register("register_admin_viewset")
def register_prize_menu():
    return PrizeMenu()


for action in ENTRY_PAGE_ACTIONS:
    hooks.register("register_bulk_action", action)


@hooks.register("register_admin_urls")
def exchange_urls():
    from prize.admin_views import PrizeExchangeView, PrizeExportView

    return [
        path("prize/exchange/<int:page_id>/", PrizeExchangeView.as_view(), name="prize_exchange"),
        path(
            "prize/exchange/<int:page_id>/export/<str:kind>/<str:fmt>/",
            PrizeExportView.as_view(),
            name="prize_exchange_export",
        ),
    ]


@hooks.register("register_page_header_buttons")
def exchange_button(page, user, view_name, next_url=None):
    from prize.domain.exchange import may_exchange

    specific = page.specific_deferred
    if isinstance(specific, PrizeEditionPage) and may_exchange(user=user, edition=specific):
        yield widgets.Button(
            _("Import and export"),
            reverse("prize_exchange", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        )


@hooks.register("construct_homepage_panels")
def prize_home_panels(request, panels):
    """Entries by status and translation coverage, for the roles they concern."""
    from prize.admin_panels import home_panels

    panels.extend(home_panels(user=request.user))
