"""Admin: flat, filterable listings of news articles and regional clubs."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from pages.models import ClubPage, NewsArticlePage


class NewsFilterSet(PageFilterSet):
    date = django_filters.DateFromToRangeFilter(
        label=_("Publication date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = NewsArticlePage
        fields = []


class NewsListingViewSet(PageListingViewSet):
    model = NewsArticlePage
    name = "news_articles"
    icon = "doc-full"
    menu_label = _("News")
    menu_name = "news"  # core.roles areas hide it from roles with nothing to do there
    menu_order = 200
    add_to_admin_menu = True
    filterset_class = NewsFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("date", label=_("Publication date"), sort_key="date"),
    ]


class ClubFilterSet(PageFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=ClubPage.Kind.choices)

    class Meta:
        model = ClubPage
        fields = []


class ClubListingViewSet(PageListingViewSet):
    model = ClubPage
    name = "clubs"
    icon = "group"
    menu_label = _("Clubs")
    menu_name = "clubs"
    menu_order = 230
    add_to_admin_menu = True
    filterset_class = ClubFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("region", label=_("Region"), sort_key="region"),
    ]


@hooks.register("register_admin_viewset")
def register_page_listings():
    return [NewsListingViewSet(), ClubListingViewSet()]
