"""Reading the prize: an edition's categories and nominations, laureates by year."""

from django.db.models import Case, IntegerField, Value, When

from prize.choices import LAUREATE_STATUSES, EntryStatus

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
        output_field=IntegerField(),
    )


def ranked_entries(queryset):
    return queryset.annotate(status_rank=status_rank()).order_by("status_rank", "place", "title")


def edition_structure(*, edition):
    """Categories of the edition, each with `.nominations`, each with `.laureates`.

    Three queries whatever the size of the edition."""
    from prize.models import CategoryPage, EntryPage, NominationPage

    categories = list(CategoryPage.objects.live().public().child_of(edition).order_by("path"))
    nominations = list(
        NominationPage.objects.live().public().descendant_of(edition).order_by("path")
    )
    entries = ranked_entries(
        EntryPage.objects.live()
        .public()
        .descendant_of(edition)
        .filter(status__in=LAUREATE_STATUSES)
        .select_related("image")
    )
    by_nomination = {}
    for entry in entries:
        by_nomination.setdefault(entry.path[: -entry.steplen], []).append(entry)
    by_category = {}
    for nomination in nominations:
        nomination.laureates = by_nomination.get(nomination.path, [])
        by_category.setdefault(nomination.path[: -nomination.steplen], []).append(nomination)
    for category in categories:
        category.nominations = by_category.get(category.path, [])
    return categories


def laureates_by_year(*, index):
    """[(year, [entries])] of laureates and winners under the prize index, newest first.

    An entry is listed only when its edition, category and nomination are live too."""
    from wagtail.models import Page

    from prize.models import EntryPage, PrizeEditionPage

    editions = {e.path: e for e in PrizeEditionPage.objects.live().public().child_of(index)}
    # Live categories and nominations: two and three levels below the index.
    live_parents = set(
        Page.objects.live()
        .descendant_of(index)
        .filter(depth__in=(index.depth + 2, index.depth + 3))
        .values_list("path", flat=True)
    )
    entries = ranked_entries(
        EntryPage.objects.live().public().descendant_of(index).filter(status__in=LAUREATE_STATUSES)
    )
    years = {}
    for entry in entries:
        nomination_path = entry.path[: -entry.steplen]
        category_path = nomination_path[: -entry.steplen]
        edition = editions.get(entry.path[: len(index.path) + entry.steplen])
        if edition is not None and {nomination_path, category_path} <= live_parents:
            entry.edition = edition
            years.setdefault(edition.year, []).append(entry)
    return sorted(years.items(), reverse=True)
