"""The coordinators' list of applications, filtered by state and by world region (derived
from the country, Russia for the national track: see Application.world_region)."""

from django.db.models import Q

from applications.choices import State
from applications.models import Application
from prize import geography
from prize.choices import PrizeTrack, WorldRegion


def world_region_filter(region):
    """A Q for the applications of `region` (a WorldRegion value)."""
    national = Q(track=PrizeTrack.NATIONAL)
    if region == WorldRegion.RUSSIA:
        return national | Q(country_code="RU")
    return ~national & Q(country_code__in=geography.countries_in(region))


def submitted_applications(*, state="", world_region=""):
    """Every application but drafts, newest first, of `state` and `world_region` when given
    (an unknown region gives none)."""
    items = Application.objects.exclude(state=State.DRAFT).select_related("nomination", "edition")
    if state:
        items = items.filter(state=state)
    if world_region:
        if world_region not in WorldRegion.values:
            return items.none()
        items = items.filter(world_region_filter(world_region))
    return items
