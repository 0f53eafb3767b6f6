"""Reading the prize: editions, an edition's categories and nominations with their
laureates, laureates by year. Everything through the visibility rule and in the reader's
language, so a laureate under a hidden category or nomination is hidden with it."""

from core.locales import localize
from core.tree import localized_children, tree_position
from core.visibility import visible
from prize.choices import LAUREATE_STATUSES
from prize.domain.entries import nomination_entries
from prize.models import CategoryPage, NominationPage, PrizeEditionPage


def prize_editions(*, locale):
    """Visible prize editions in `locale`, newest first, then in the editors' order."""
    editions = list(localize(visible(PrizeEditionPage), locale=locale))
    editions.sort(key=lambda e: (-e.year, tree_position(e)))
    return editions


def editions_structure(*, editions, locale):
    """{edition translation key: its categories}, each category with `.nominations`, each
    nomination with `.laureates` (ranked). Six queries for any number of editions."""
    categories = localized_children(parents=editions, model=CategoryPage, locale=locale)
    nominations = localized_children(
        parents=[c for items in categories.values() for c in items],
        model=NominationPage,
        locale=locale,
    )
    entries = nomination_entries(
        nominations=[n for items in nominations.values() for n in items],
        locale=locale,
        statuses=LAUREATE_STATUSES,
    )
    for category in (c for items in categories.values() for c in items):
        category.nominations = nominations.get(category.translation_key, [])
        for nomination in category.nominations:
            nomination.laureates = entries.get(nomination.translation_key, [])
    return categories


def edition_structure(*, edition, locale):
    """The categories of one edition, as `editions_structure` gives them."""
    found = editions_structure(editions=[edition], locale=locale)
    return found.get(edition.translation_key, [])


def laureates_by_year(*, locale):
    """[(year, [laureates and winners])], newest year first, each year's entries by edition
    (editors' order), category, nomination, then rank. Seven queries."""
    editions = prize_editions(locale=locale)
    structure = editions_structure(editions=editions, locale=locale)
    years = {}
    for edition in editions:
        for category in structure.get(edition.translation_key, []):
            for nomination in category.nominations:
                for entry in nomination.laureates:
                    entry.edition = edition
                    years.setdefault(edition.year, []).append(entry)
    return sorted(years.items(), key=lambda item: item[0], reverse=True)
