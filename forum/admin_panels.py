"""The forum's panels on the admin home page (registered in forum/wagtail_hooks.py): what
the current and next editions still lack, for those who edit the forum, and their
translation coverage, for them and the translators."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from core.admin_panels import TranslationCoveragePanel, counted
from core.roles import acts_on_area, edits_area, get_areas
from forum.domain.readiness import (
    edition_readiness,
    edition_translation_coverage,
    editions_to_prepare,
)

GAP_LABELS = {
    "sessions_without_speakers": _("Sessions without speakers"),
    "sessions_without_room": _("Sessions without a room"),
    "sessions_without_theme": _("Sessions without a theme"),
    "speakers_without_photo": _("Speakers without a photo"),
    "speakers_without_biography": _("Speakers without a biography"),
}


class EditionReadinessPanel(Component):
    name = "forum_edition_readiness"
    template_name = "forum/admin/edition_readiness_panel.html"
    order = 140

    def get_context_data(self, parent_context=None):
        editions = []
        for edition in editions_to_prepare(today=timezone.localdate()):
            readiness = edition_readiness(edition=edition)
            editions.append(
                {
                    "edition": edition,
                    "sessions": len(readiness.sessions),
                    "speakers": len(readiness.speakers),
                    "gaps": [counted(GAP_LABELS[key], pages) for key, pages in readiness.gaps],
                }
            )
        return {"editions": editions}


def coverage_sections():
    return [
        (edition.get_admin_display_title(), edition_translation_coverage(readiness=readiness))
        for edition in editions_to_prepare(today=timezone.localdate())
        for readiness in [edition_readiness(edition=edition)]
    ]


def home_panels(*, user):
    """The forum's panels `user` is concerned by."""
    area = get_areas()["forum"]
    panels = []
    if edits_area(user=user, area=area):
        panels.append(EditionReadinessPanel())
    if acts_on_area(user=user, area=area):
        panels.append(
            TranslationCoveragePanel(
                name="forum_translation_coverage",
                heading=_("Forum: translation coverage"),
                sections=coverage_sections,
            )
        )
    return panels
