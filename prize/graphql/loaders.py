"""Batch loaders of the prize's GraphQL types, over the domain functions the site uses."""

from api.batching import ancestors_loader, children_loader
from prize.domain.entries import nomination_entries
from prize.models import CategoryPage, NominationPage, PrizeEditionPage, PrizeStage

load_categories = children_loader(CategoryPage)
load_nominations = children_loader(NominationPage)
load_nomination_of_entry = ancestors_loader(NominationPage)
load_category_of_nomination = ancestors_loader(CategoryPage)
load_edition_of_entry = ancestors_loader(PrizeEditionPage, levels=3)


def load_entries(batch, status):
    """{nomination translation key: [entries]}, ranked as on the nomination page."""
    found = nomination_entries(
        nominations=batch.objects, locale=batch.locale, statuses=[status] if status else None
    )
    batch.child([e for items in found.values() for e in items])
    return found


def load_stages(batch):
    """{edition id: [stages in the editors' order]}."""
    stages = PrizeStage.objects.filter(edition__in=[e.pk for e in batch.objects])
    stages = batch.child(stages.order_by("edition_id", "sort_order", "pk")).objects
    result = {}
    for stage in stages:
        result.setdefault(stage.edition_id, []).append(stage)
    return result
