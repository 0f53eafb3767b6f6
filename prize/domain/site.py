"""Template context of the prize's pages, from the same domain functions as the API."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils import translation
from django.utils.translation import gettext as _

from prize.choices import LAUREATE_STATUSES
from prize.domain.atlas import MEASURES, atlas_counts
from prize.domain.atlas_map import entries_link, russia_tiles, russia_viewbox, world_groups
from prize.domain.entries import entry_list, nomination_entries
from prize.domain.laureates import edition_structure, laureates_by_year, prize_editions
from prize.geography import country_name, subject_name


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


def atlas_context(*, page, request, locale, year=None):
    """The atlas of every year, or of `year` (not_found when no visible edition has it):
    the map of federal subjects, the world's countries by region, the chart by year,
    category and nomination, measured in entries or laureates (`?measure=`)."""
    years = sorted({e.year for e in prize_editions(locale=locale)}, reverse=True)
    if year is not None and year not in years:
        return {"not_found": True}
    measure = request.GET.get("measure")
    measure = measure if measure in MEASURES else MEASURES[0]
    counts = atlas_counts(locale=locale, year=year)
    base_url = page.url + page.reverse_subpage("entries")
    maps = {"measure": measure, "year": year, "base_url": base_url, "locale": locale}
    largest = max((c.tally.value(measure) for y in counts.years for c in y.categories), default=0)
    for place in counts.regions.values():
        place.url = entries_link(base_url=base_url, measure=measure, year=year, region=place.code)
    for place in counts.countries.values():
        place.url = entries_link(base_url=base_url, measure=measure, year=year, country=place.code)
    return {
        "atlas_year": year,
        "years": years,
        "measure": measure,
        "counts": counts,
        "russia": russia_tiles(counts=counts, **maps),
        "russia_viewbox": russia_viewbox(),
        "world": world_groups(counts=counts, **maps),
        "chart_largest": largest,
        "regions_by_count": sorted(
            counts.regions.values(), key=lambda p: (-p.tally.value(measure), p.name)
        ),
        "countries_by_count": sorted(
            counts.countries.values(), key=lambda p: (-p.tally.value(measure), p.name)
        ),
    }


ENTRIES_PER_PAGE = 24


def entry_list_context(*, page, request, locale):
    """The entries matching `?region=`, `?country=`, `?year=` and `?status=laureates`, with
    the names of the filters in `locale`; a year that is not a number is reported, not used."""
    get = request.GET
    region, country = get.get("region", "").strip(), get.get("country", "").strip()
    year, errors = None, []
    if get.get("year"):
        try:
            year = int(get["year"])
        except ValueError:
            errors.append(_("The year must be a number, such as 2023."))
    laureates = get.get("status") == "laureates"
    entries = entry_list(
        locale=locale,
        prize_year=year,
        region=region or None,
        country=country or None,
        statuses=LAUREATE_STATUSES if laureates else None,
    )
    with translation.override(locale.code):
        place = subject_name(region.upper(), language=locale.code) or country_name(
            country.upper(), language=locale.code
        )
    return {
        "entries": Paginator(entries, ENTRIES_PER_PAGE).get_page(get.get("page")),
        "filter_place": place or region or country,
        "filter_year": year,
        "filter_laureates": laureates,
        "errors": errors,
        "extra_query": urlencode([(k, v) for k, v in get.items() if k != "page"]),
        "atlas_url": page.url + page.reverse_subpage("atlas"),
    }
