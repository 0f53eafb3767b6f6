"""Prize entries in one order everywhere: winners, laureates, finalists, semi-finalists,
applicants; then by place (entries without one last), title and id. The nomination page,
the edition page, laureates by year and the API's `entries` all rank with `ENTRY_ORDER`."""

from django.db.models import Case, F, IntegerField, Q, Value, When

from core.compiled import compiled_list
from core.locales import localize
from core.ordering import ASC, DESC, order_by
from core.tree import children_q, descendants_q, localized_children
from core.visibility import visible
from prize import geography
from prize.choices import EntryStatus
from prize.models import EntryPage, NominationPage, PrizeEditionPage

STATUS_RANK = {
    EntryStatus.WINNER: 0,
    EntryStatus.LAUREATE: 1,
    EntryStatus.FINALIST: 2,
    EntryStatus.SEMIFINALIST: 3,
    EntryStatus.APPLICANT: 4,
}


def status_rank():
    """An ORDER BY expression: winners first, applicants last."""
    return Case(
        *[When(status=status, then=Value(rank)) for status, rank in STATUS_RANK.items()],
        default=Value(len(STATUS_RANK)),
        output_field=IntegerField(),
    )


ENTRY_ORDER = (status_rank(), F("place").asc(nulls_last=True), "title", "pk")

ENTRY_ORDER_REVERSED = (
    status_rank().desc(),
    F("place").desc(nulls_last=True),
    F("title").desc(),
    "pk",
)

# Orders a client may ask for (core/ordering.py): "rank" is ENTRY_ORDER.
ENTRY_ORDERS = {"place": ("place",), "title": ("title",), "date": ("first_published_at",)}


class UnknownPlace(ValueError):
    """A country or region code that ISO 3166 does not have."""


class UnknownRegion(UnknownPlace):
    pass


class UnknownCountry(UnknownPlace):
    pass


def nomination_entries(*, nominations, locale, statuses=None):
    """{nomination translation key: [visible entries in `locale`]} in ENTRY_ORDER, of the
    given statuses when given. Two queries for any number of nominations."""
    filters = Q(status__in=statuses) if statuses else None
    return localized_children(
        parents=nominations, model=EntryPage, locale=locale, filters=filters, order_by=ENTRY_ORDER
    )


def entry_list(
    *,
    locale,
    prize_year=None,
    track=None,
    nomination=None,
    status=None,
    statuses=None,
    region=None,
    country=None,
    world_region=None,
    order="rank",
    direction=ASC,
    within=None,
):
    """Visible entries in `locale` matching the filters (a queryset), in ENTRY_ORDER or by
    `order` ("place", "title", "date": first published) in `direction`, nulls last.
    `nomination` is a nomination slug; `statuses` a list of statuses; `region` an ISO
    3166-2:RU code (RU-PER), `country` an ISO 3166-1 alpha-2 code (KZ), either in any case:
    an unknown code raises UnknownPlace; `world_region` a WorldRegion value. `within`, the
    paths of the prize editions (`edition_paths`), stands for `prize_year` and `track`."""
    region, country = checked_codes(region=region, country=country)
    entries = visible(EntryPage)
    if within is None and (prize_year is not None or track is not None):
        within = edition_paths(prize_year=prize_year, track=track)
    if within is not None:
        entries = entries.filter(descendants_q(within))
    if nomination is not None:
        keys = visible(NominationPage).filter(slug=nomination).values("translation_key")
        paths = visible(NominationPage).filter(translation_key__in=keys)
        entries = entries.filter(children_q(paths.values_list("path", flat=True)))
    if status is not None:
        entries = entries.filter(status=status)
    if statuses:
        entries = entries.filter(status__in=statuses)
    if region:
        entries = entries.filter(region_code=region)
    if country:
        entries = entries.filter(country_code=country)
    if world_region is not None:
        entries = entries.filter(world_region=world_region)
    entries = localize(entries, locale=locale)
    if order == "rank":
        return entries.order_by(*(ENTRY_ORDER if direction != DESC else ENTRY_ORDER_REVERSED))
    return order_by(entries, keys=ENTRY_ORDERS, key=order, direction=direction, tail=ENTRY_ORDER)


def _edition_paths(*, prize_year, track):
    editions = visible(PrizeEditionPage)
    if prize_year is not None:
        editions = editions.filter(year=prize_year)
    if track is not None:
        editions = editions.filter(track=track)
    return editions.values_list("path")


def edition_paths(*, prize_year=None, track=None):
    """Paths of the visible prize editions of `prize_year` and `track` (either may be None),
    in every language (one query, kept compiled)."""
    rows = compiled_list(
        key="prize.edition_paths",
        build=_edition_paths,
        values={"prize_year": prize_year, "track": track},
    )
    return sorted(path for (path,) in rows)


def checked_codes(*, region, country):
    """(region, country) as stored (upper case); UnknownPlace for a code ISO 3166 lacks."""
    region = (region or "").strip().upper()
    country = (country or "").strip().upper()
    if region and region not in geography.SUBJECTS_BY_CODE:
        raise UnknownRegion(
            f"Unknown region code '{region}': give an ISO 3166-2:RU code such as RU-PER."
        )
    if country and not geography.country_name(country, language="en"):
        raise UnknownCountry(
            f"Unknown country code '{country}': give an ISO 3166-1 alpha-2 code such as KZ."
        )
    return region, country
