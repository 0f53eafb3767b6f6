"""The prize's reach: entries and laureates counted by federal subject, country, year,
category and nomination, for the atlas pages and the API's `prizeCounts` alike.

One grouped query counts the visible entries (one per translation) by region code, country
code, laureate or not, and nomination; the years, categories and nominations behind the
nomination paths come in a constant number of further queries, whatever the number of
entries."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.db.models.functions import Length, Substr

from core.locales import localize
from core.visibility import visible
from prize.choices import LAUREATE_STATUSES, PrizeTrack
from prize.geography import SUBJECTS_BY_CODE, country_name, subject_name
from prize.models import CategoryPage, EntryPage, NominationPage, PrizeEditionPage

MEASURES = ("entries", "laureates")


@dataclass
class Tally:
    """Entries and, among them, laureates and winners."""

    entries: int = 0
    laureates: int = 0

    def add(self, *, entries, laureates):
        self.entries += entries
        self.laureates += laureates

    def value(self, measure):
        return self.laureates if measure == "laureates" else self.entries


@dataclass
class Place:
    """A federal subject or a country with its tally."""

    code: str
    name: str
    tally: Tally = field(default_factory=Tally)


@dataclass
class NominationCount:
    name: str
    slug: str
    tally: Tally = field(default_factory=Tally)


@dataclass
class CategoryCount:
    name: str
    slug: str
    tally: Tally = field(default_factory=Tally)
    nominations: list = field(default_factory=list)


@dataclass
class YearCount:
    year: int
    track: str
    tally: Tally = field(default_factory=Tally)
    categories: list = field(default_factory=list)


@dataclass
class AtlasCounts:
    """What the atlas shows: `regions` and `countries` with entries ({code: Place}), entries
    of the national track without a region and of the international track without a country,
    and the breakdown by year (and track), category and nomination."""

    regions: dict = field(default_factory=dict)
    countries: dict = field(default_factory=dict)
    years: list = field(default_factory=list)
    total: Tally = field(default_factory=Tally)
    national_without_region: Tally = field(default_factory=Tally)
    international_without_country: Tally = field(default_factory=Tally)


def _grouped_rows(*, locale, year, track):
    """(region code, country code, nomination path, entries, laureates) rows: one query."""
    entries = visible(EntryPage)
    if year is not None or track is not None:
        editions = visible(PrizeEditionPage)
        if year is not None:
            editions = editions.filter(year=year)
        if track is not None:
            editions = editions.filter(track=track)
        paths = list(editions.values_list("path", flat=True))
        q = Q(pk__in=[])
        for path in paths:
            q |= Q(path__startswith=path)
        entries = entries.filter(q)
    rows = (
        localize(entries, locale=locale)
        .annotate(nomination_path=Substr("path", 1, Length("path") - EntryPage.steplen))
        .values("region_code", "country_code", "nomination_path")
        .annotate(
            entries=Count("pk"), laureates=Count("pk", filter=Q(status__in=LAUREATE_STATUSES))
        )
        .order_by()
    )
    return list(rows)


def _localized_by_path(*, model, paths, locale):
    """{path: the visible `model` page at any of `paths`, in `locale`} (two queries)."""
    keys = dict(model.objects.filter(path__in=paths).values_list("path", "translation_key"))
    found = localize(visible(model).filter(translation_key__in=set(keys.values())), locale=locale)
    by_key = {page.translation_key: page for page in found}
    return {path: by_key.get(key) for path, key in keys.items()}


def atlas_counts(*, locale, year=None, track=None):
    """AtlasCounts of the visible entries in `locale`, of one prize `year` and `track` when
    given. Seven queries whatever the number of entries."""
    rows = _grouped_rows(locale=locale, year=year, track=track)
    steplen = EntryPage.steplen
    nomination_paths = {r["nomination_path"] for r in rows}
    category_paths = {p[:-steplen] for p in nomination_paths}
    edition_paths = {p[:-steplen] for p in category_paths}
    nominations = _localized_by_path(model=NominationPage, paths=nomination_paths, locale=locale)
    categories = _localized_by_path(model=CategoryPage, paths=category_paths, locale=locale)
    editions = {
        path: (edition_year, edition_track)
        for path, edition_year, edition_track in PrizeEditionPage.objects.filter(
            path__in=edition_paths
        ).values_list("path", "year", "track")
    }
    counts = AtlasCounts()
    language = locale.code
    years = {}
    for row in rows:
        n, laureates = row["entries"], row["laureates"]
        nomination_path = row["nomination_path"]
        category_path = nomination_path[:-steplen]
        edition = editions.get(category_path[:-steplen])
        nomination, category = nominations.get(nomination_path), categories.get(category_path)
        if edition is None or nomination is None or category is None:
            continue  # under a page that is gone from the tree
        counts.total.add(entries=n, laureates=laureates)
        edition_year, edition_track = edition
        region, country = row["region_code"], row["country_code"]
        if region in SUBJECTS_BY_CODE:
            place = counts.regions.setdefault(
                region, Place(code=region, name=subject_name(region, language=language))
            )
            place.tally.add(entries=n, laureates=laureates)
        elif edition_track == PrizeTrack.NATIONAL:
            counts.national_without_region.add(entries=n, laureates=laureates)
        if edition_track == PrizeTrack.INTERNATIONAL:
            name = country_name(country, language=language)
            if name:
                place = counts.countries.setdefault(country, Place(code=country, name=name))
                place.tally.add(entries=n, laureates=laureates)
            else:
                counts.international_without_country.add(entries=n, laureates=laureates)
        year_count = years.setdefault(
            (edition_year, edition_track), YearCount(year=edition_year, track=edition_track)
        )
        year_count.tally.add(entries=n, laureates=laureates)
        by_slug = {c.slug: c for c in year_count.categories}
        category_count = by_slug.get(category.slug)
        if category_count is None:
            category_count = CategoryCount(name=category.title, slug=category.slug)
            year_count.categories.append(category_count)
        category_count.tally.add(entries=n, laureates=laureates)
        nominations_by_slug = {x.slug: x for x in category_count.nominations}
        nomination_count = nominations_by_slug.get(nomination.slug)
        if nomination_count is None:
            nomination_count = NominationCount(name=nomination.title, slug=nomination.slug)
            category_count.nominations.append(nomination_count)
        nomination_count.tally.add(entries=n, laureates=laureates)
    track_order = {PrizeTrack.NATIONAL: 0, PrizeTrack.INTERNATIONAL: 1}
    counts.years = sorted(years.values(), key=lambda y: (-y.year, track_order.get(y.track, 2)))
    for year_count in counts.years:
        year_count.categories.sort(key=lambda c: (-c.tally.entries, c.name))
        for category_count in year_count.categories:
            category_count.nominations.sort(key=lambda x: (-x.tally.entries, x.name))
    return counts
