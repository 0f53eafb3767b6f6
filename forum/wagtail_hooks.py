"""Admin: flat, filterable listings of sessions and speakers, the programme grid, and the
themes and rooms, grouped under a "Forum" menu."""

import django_filters
from django.db.models import Q
from django.urls import path as url_path
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from forum.admin_grid import ProgrammeGridViewSet, can_use_grid
from forum.choices import SessionFormat, SessionLanguage
from forum.models import ForumEditionPage, Partner, Room, SessionPage, SpeakerPage, Theme
from forum.speaker_chooser import SpeakerChooserViewSet


def moscow_time(session):
    return date_format(timezone.localtime(session.starts_at), "j M Y, H:i")


def edition_years():
    years = ForumEditionPage.objects.order_by("-year").values_list("year", flat=True).distinct()
    return [(str(year), str(year)) for year in years]


def speaker_countries():
    countries = (
        SpeakerPage.objects.exclude(country="")
        .order_by("country")
        .values_list("country", flat=True)
        .distinct()
    )
    return [(country, country) for country in countries]


class SessionFilterSet(PageFilterSet):
    edition = django_filters.ChoiceFilter(
        label=_("Forum edition"), choices=edition_years, method="filter_edition"
    )
    starts_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    theme = django_filters.ModelChoiceFilter(
        label=_("Theme"), queryset=Theme.objects.select_related("locale")
    )
    format = django_filters.ChoiceFilter(label=_("Format"), choices=SessionFormat.choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=SessionLanguage.choices)

    class Meta:
        model = SessionPage
        fields = []

    def filter_edition(self, queryset, name, value):
        paths = ForumEditionPage.objects.filter(year=value).values_list("path", flat=True)
        in_edition = Q(pk__in=[])
        for path in paths:
            in_edition |= Q(path__startswith=path)
        return queryset.filter(in_edition)


class SessionListingViewSet(PageListingViewSet):
    model = SessionPage
    name = "forum_sessions"
    icon = "date"
    menu_label = _("Sessions")
    filterset_class = SessionFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("starts_at", label=_("Starts at"), accessor=moscow_time, sort_key="starts_at"),
        Column("format", label=_("Format"), accessor="get_format_display", sort_key="format"),
        Column("theme", label=_("Theme")),
    ]


class SpeakerFilterSet(PageFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), choices=speaker_countries)

    class Meta:
        model = SpeakerPage
        fields = []


class SpeakerListingViewSet(PageListingViewSet):
    model = SpeakerPage
    name = "forum_speakers"
    icon = "user"
    menu_label = _("Speakers")
    filterset_class = SpeakerFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("organisation", label=_("Organisation"), sort_key="organisation"),
        Column("country", label=_("Country"), sort_key="country"),
    ]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]
    search_backend_name = None  # plain database lookups


class RoomViewSet(SnippetViewSet):
    model = Room
    icon = "home"
    list_display = ["name", "floor", "locale"]
    search_fields = ["name", "floor"]
    search_backend_name = None


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "url", "locale"]
    search_fields = ["name"]
    search_backend_name = None


class ForumMenu(ViewSetGroup):
    menu_label = _("Forum")
    menu_name = "forum"  # core.roles areas hide it from roles with nothing to do there
    menu_icon = "calendar"
    menu_order = 210
    items = (
        SessionListingViewSet,
        ProgrammeGridViewSet,
        SpeakerListingViewSet,
        ThemeViewSet,
        RoomViewSet,
        PartnerViewSet,
    )


@hooks.register("register_admin_viewset")
def register_forum_menu():
    return ForumMenu()


@hooks.register("register_admin_viewset")
def register_speaker_chooser():
    """The speaker chooser of a session's speakers (the widget of every speaker field)."""
    return SpeakerChooserViewSet()


@hooks.register("register_page_header_buttons")
def programme_grid_button(page, user, view_name, next_url=None):
    """ "Programme grid" in the header of an edition's pages (edit view and listing)."""
    specific = page.specific_deferred
    if isinstance(specific, ForumEditionPage) and can_use_grid(user=user, edition=specific):
        yield widgets.Button(
            _("Programme grid"),
            reverse("forum_grid:edition", args=[page.pk]),
            icon_name="table",
            priority=70,
        )


# After Wagtail's view-restriction check (order 0): a private session has no calendar file.
@hooks.register("before_serve_page", order=100)
def session_calendar_file(page, request, serve_args, serve_kwargs):
    """`?format=ics` on a session page: the session as an iCalendar file."""
    from forum.domain.calendar import session_ics_response

    if isinstance(page, SessionPage) and request.GET.get("format") == "ics":
        return session_ics_response(session=page, request=request)
    return None


@hooks.register("construct_explorer_page_queryset")
def sessions_by_start_time(parent_page, pages, request):
    """An edition's sessions in the page explorer: by start time, unless the editor
    chose another order (the edition's `admin_default_ordering` keeps this one)."""
    if isinstance(parent_page.specific_deferred, ForumEditionPage) and not request.GET.get(
        "ordering"
    ):
        return pages.order_by("sessionpage__starts_at", "path")
    return pages


@hooks.register("register_admin_urls")
def exchange_urls():
    from forum.admin_views import ForumExchangeView, ForumExportView

    return [
        url_path(
            "forum/exchange/<int:page_id>/", ForumExchangeView.as_view(), name="forum_exchange"
        ),
        url_path(
            "forum/exchange/<int:page_id>/export/<str:kind>/<str:fmt>/",
            ForumExportView.as_view(),
            name="forum_exchange_export",
        ),
    ]


@hooks.register("register_page_header_buttons")
def exchange_button(page, user, view_name, next_url=None):
    from forum.domain.exchange import may_exchange

    specific = page.specific_deferred
    if isinstance(specific, ForumEditionPage) and may_exchange(user=user, edition=specific):
        yield widgets.Button(
            _("Import and export"),
            reverse("forum_exchange", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        )


@hooks.register("construct_homepage_panels")
def forum_home_panels(request, panels):
    """Edition readiness and translation coverage, for the roles they concern."""
    from forum.admin_panels import home_panels

    panels.extend(home_panels(user=request.user))
