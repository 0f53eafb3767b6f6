"""Template context of the prize's pages, from the same domain functions as the API."""

from prize.domain.entries import nomination_entries
from prize.domain.laureates import edition_structure, laureates_by_year, prize_editions


def prize_index_context(*, page, request, locale):
    return {
        "editions": prize_editions(locale=locale),
        "laureates_by_year": laureates_by_year(locale=locale),
    }


def edition_context(*, page, request, locale):
    return {"categories": edition_structure(edition=page, locale=locale)}


def nomination_context(*, page, request, locale):
    """Every visible entry of the nomination, ranked as the API ranks them."""
    entries = nomination_entries(nominations=[page], locale=locale)
    return {"entries": entries.get(page.translation_key, [])}
