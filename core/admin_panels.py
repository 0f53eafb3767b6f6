"""Building blocks of the admin's home panels (registered by the apps with the
`construct_homepage_panels` hook): a count with links to the objects it counts, and the
translation coverage panel (core/translation_coverage.py). No queries here: the apps'
domain functions fetch what is shown."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Page

LINKS_SHOWN = 20  # per count; the rest are summed up as "and N more"


def edit_url(obj):
    """The admin edit view of a page or a snippet."""
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def title_of(obj):
    return obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)


def counted(label, objects):
    """{"label", "count", "links": [(title, url)], "more"} for the panels' templates."""
    links = [(title_of(obj), edit_url(obj)) for obj in objects[:LINKS_SHOWN]]
    return {
        "label": label,
        "count": len(objects),
        "links": links,
        "more": max(0, len(objects) - LINKS_SHOWN),
    }


COVERAGE_KINDS = {"pages": _("Pages"), "themes": _("Themes"), "rooms": _("Rooms")}


def coverage_rows(coverage_by_locale):
    """The rows of the coverage table: per language, per kind of object, the total and the
    missing and out-of-date translations (linked to their source, where "Translate" and
    "Sync translated pages" are)."""
    return [
        {
            "language": locale.get_display_name(),
            "kinds": [
                {
                    "label": COVERAGE_KINDS.get(kind, kind),
                    "total": coverage.total,
                    "missing": counted(_("Missing"), coverage.missing),
                    "out_of_date": counted(_("Out of date"), coverage.out_of_date),
                }
                for kind, coverage in kinds.items()
            ],
        }
        for locale, kinds in coverage_by_locale.items()
    ]


class TranslationCoveragePanel(Component):
    """Missing and out-of-date translations of some groups of objects (an app's editions).
    `sections()` gives [(heading, {locale: {kind: Coverage}})], called when rendered."""

    template_name = "core/admin/translation_coverage_panel.html"
    order = 170

    def __init__(self, *, name, heading, sections):
        self.name = name
        self.heading = heading
        self.sections = sections

    def get_context_data(self, parent_context=None):
        return {
            "panel_id": self.name,
            "heading": self.heading,
            "sections": [
                {"heading": heading, "languages": coverage_rows(coverage)}
                for heading, coverage in self.sections()
            ],
        }
