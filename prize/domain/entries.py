"""Prize entries in one order everywhere: winners, laureates, finalists, semi-finalists,
applicants; then by place (entries without one last), title and id. The nomination page,
the edition page, laureates by year and the API's `entries` all rank with `ENTRY_ORDER`."""

from django.db.models import Case, F, IntegerField, Q, Value, When

from core.locales import localize
from core.tree import children_q, descendants_q, localized_children
from core.visibility import visible
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
):
    """Visible entries in `locale` matching the filters, in ENTRY_ORDER (a queryset).
    `nomination` is a nomination slug; `statuses` a list of statuses; `region` a federal
    subject code (RU-PER) or name, `country` an alpha-2 code or name, case-insensitively."""
    entries = visible(EntryPage)
    if prize_year is not None or track is not None:
        editions = visible(PrizeEditionPage)
        if prize_year is not None:
            editions = editions.filter(year=prize_year)
        if track is not None:
            editions = editions.filter(track=track)
        entries = entries.filter(descendants_q(editions.values_list("path", flat=True)))
    if nomination is not None:
        keys = visible(NominationPage).filter(slug=nomination).values("translation_key")
        paths = visible(NominationPage).filter(translation_key__in=keys)
        entries = entries.filter(children_q(paths.values_list("path", flat=True)))
    if status is not None:
        entries = entries.filter(status=status)
    if statuses:
        entries = entries.filter(status__in=statuses)
    if region:
        entries = entries.filter(Q(region_code__iexact=region) | Q(region__iexact=region))
    if country:
        entries = entries.filter(Q(country_code__iexact=country) | Q(country__iexact=country))
    return localize(entries, locale=locale).order_by(*ENTRY_ORDER)
