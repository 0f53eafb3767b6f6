"""What the prize adds to site search: the `prize_year` filter."""

from django.db.models import Q

from core.tree import descendants_q
from prize.models import PrizeEditionPage


def pages_of_year(year):
    """A Q for the prize editions of `year` and everything under them."""
    paths = list(PrizeEditionPage.objects.filter(year=year).values_list("path", flat=True))
    return descendants_q(paths) | Q(path__in=paths)


def years_among(pks):
    """Years of the prize editions among the page ids `pks` (a subquery), newest first."""
    found = PrizeEditionPage.objects.filter(pk__in=pks).values_list("year", flat=True)
    return sorted(set(found), reverse=True)
