"""The prize at a glance, for the admin's home panels (prize/admin_panels.py): entries by
status per edition and how much of the latest editions is translated
(core/translation_coverage.py). Drafts count: editors prepare them."""

from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import Substr
from wagtail.models import Locale, Page

from core.translation_coverage import translation_coverage
from prize.choices import EntryStatus
from prize.models import EntryPage, PrizeEditionPage


@dataclass
class EditionCounts:
    """One edition's entries: `counts` in the order of `EntryStatus`, and their total."""

    edition: object
    counts: list
    total: int


def default_language_editions():
    """The prize editions in the default language, newest first."""
    return PrizeEditionPage.objects.filter(locale=Locale.get_default()).order_by(
        "-year", "track", "pk"
    )


def entries_by_status():
    """An EditionCounts per edition of the default language, newest first. Two queries
    (one more per further tree depth of editions, which the page types fix at one)."""
    editions = list(default_language_editions())
    counts = {}
    for depth in {e.depth for e in editions}:
        grouped = (
            EntryPage.objects.filter(locale=Locale.get_default(), depth__gt=depth)
            .annotate(edition_path=Substr("path", 1, depth * Page.steplen))
            .order_by()
            .values_list("edition_path", "status")
            .annotate(n=Count("pk"))
        )
        counts.update({(path, status): n for path, status, n in grouped})
    rows = []
    for edition in editions:
        row = [counts.get((edition.path, status), 0) for status in EntryStatus.values]
        rows.append(EditionCounts(edition=edition, counts=row, total=sum(row)))
    return rows


def latest_editions():
    """The default language's editions of the latest year (every track). One query."""
    editions = list(default_language_editions())
    return [e for e in editions if e.year == editions[0].year] if editions else []


def edition_translation_coverage(*, edition):
    """{locale: {"pages": Coverage}} of `edition` and every page in it, in every other
    language. A few queries per language, whatever the number of pages."""
    pages = list(Page.objects.descendant_of(edition, inclusive=True).order_by("path"))
    return {
        locale: {"pages": translation_coverage(objects=pages, locale=locale)}
        for locale in Locale.objects.exclude(pk=edition.locale_id).order_by("language_code")
    }
