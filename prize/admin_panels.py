"""The prize's panels on the admin home page (registered in prize/wagtail_hooks.py): entries
by status per edition, for those who edit the prize, and the latest editions' translation
coverage, for them and the translators. Pages awaiting moderation are Wagtail's own panel
("Awaiting your review"), shown to the members of the tasks' groups."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from core.admin_panels import TranslationCoveragePanel
from core.roles import acts_on_area, edits_area, get_areas
from prize.choices import EntryStatus
from prize.domain.overview import edition_translation_coverage, entries_by_status, latest_editions


class EntriesByStatusPanel(Component):
    name = "prize_entries_by_status"
    template_name = "prize/admin/entries_by_status_panel.html"
    order = 150

    def get_context_data(self, parent_context=None):
        return {"statuses": EntryStatus.labels, "rows": entries_by_status()}


def coverage_sections():
    return [
        (edition.get_admin_display_title(), edition_translation_coverage(edition=edition))
        for edition in latest_editions()
    ]


def home_panels(*, user):
    """The prize's panels `user` is concerned by."""
    area = get_areas()["prize"]
    panels = []
    if edits_area(user=user, area=area):
        panels.append(EntriesByStatusPanel())
    if acts_on_area(user=user, area=area):
        panels.append(
            TranslationCoveragePanel(
                name="prize_translation_coverage",
                heading=_("Prize: translation coverage"),
                sections=coverage_sections,
            )
        )
    return panels
