"""GraphQL types and root fields of the prize: editions, categories, nominations, entries."""

import graphene
from django.db.models import Q

from api.dataloaders import (
    Batch,
    batch_of,
    children_q,
    localized_ancestors,
    localized_children,
    tree_position,
    visible,
)
from api.locales import choice_label, localize, resolve_locale
from api.types import (
    CountedConnection,
    PageInterface,
    html,
    image_field,
    paginate,
    register_page_type,
)
from prize import choices
from prize.domain.laureates import status_rank
from prize.models import CategoryPage, EntryPage, NominationPage, PrizeEditionPage

PrizeTrack = graphene.Enum.from_enum(
    choices.PrizeTrack, description="National (#WEARETOGETHER) or international track"
)
EntryStatus = graphene.Enum.from_enum(
    choices.EntryStatus, description="How far an entry went; laureates and winners won"
)


def value_of(enum_value):
    return getattr(enum_value, "value", enum_value)


def ancestor(page, *, model, levels=1):
    """The page `levels` up the tree, in the requested locale; batched over a list."""
    found = batch_of(page).load(
        f"ancestor:{model.__name__}",
        lambda batch: localized_ancestors(batch, model=model, levels=levels),
    )
    return found.get(page.path[: -page.steplen * levels])


def ancestor_field(graphql_type, model, levels=1):
    return graphene.Field(
        graphql_type, resolver=lambda root, info: ancestor(root, model=model, levels=levels)
    )


def children_field(graphql_type, model, order_by=(), **arguments):
    def resolve(root, info, **filters):
        key = f"children:{model.__name__}:{sorted(filters.items())}"
        q = Q(**{name: value_of(value) for name, value in filters.items()})
        found = batch_of(root).load(
            key,
            lambda batch: localized_children(batch, model=model, filters=q, order_by=order_by),
        )
        return found.get(root.translation_key, [])

    return graphene.List(
        graphene.NonNull(graphql_type), required=True, resolver=resolve, **arguments
    )


@register_page_type(EntryPage)
class EntryType(graphene.ObjectType):
    organisation = graphene.String(required=True)
    applicant_type = graphene.String(required=True, description="person, ngo, sme, ...")
    applicant_type_label = graphene.String(required=True)
    entry_type = graphene.String(required=True, description="project, act, patronage, ...")
    entry_type_label = graphene.String(required=True)
    world_region = graphene.String(required=True)
    region = graphene.String(required=True, description="Russian region (national track)")
    country = graphene.String(required=True)
    summary = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML")
    image = image_field("image")
    status = graphene.Field(EntryStatus, required=True)
    place = graphene.Int()
    grant_amount = graphene.Int(description="Roubles")
    is_laureate = graphene.Boolean(required=True, description="Laureate or winner")
    nomination = ancestor_field(lambda: NominationType, NominationPage)
    edition = ancestor_field(lambda: PrizeEditionType, PrizeEditionPage, levels=3)

    class Meta:
        name = "Entry"
        interfaces = (PageInterface,)

    def resolve_applicant_type_label(root, info):
        return choice_label(choices.ApplicantType, root.applicant_type, obj=root)

    def resolve_entry_type_label(root, info):
        return choice_label(choices.EntryType, root.entry_type, obj=root)

    def resolve_description(root, info):
        return html(root.description, root)


@register_page_type(NominationPage)
class NominationType(graphene.ObjectType):
    name = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML")
    eligibility = graphene.String(required=True, description="HTML: who can apply")
    grant_limit = graphene.Int(description="Roubles; the category's when not set")
    category = ancestor_field(lambda: CategoryType, CategoryPage)
    entries = children_field(
        EntryType,
        EntryPage,
        order_by=(status_rank(), "place", "title"),
        status=graphene.Argument(EntryStatus),
    )

    class Meta:
        name = "Nomination"
        interfaces = (PageInterface,)

    def resolve_description(root, info):
        return html(root.description, root)

    def resolve_eligibility(root, info):
        return html(root.eligibility, root)

    def resolve_grant_limit(root, info):
        if root.grant_limit is not None:
            return root.grant_limit
        category = ancestor(root, model=CategoryPage)
        return category.grant_limit if category is not None else None


@register_page_type(CategoryPage)
class CategoryType(graphene.ObjectType):
    name = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML")
    grant_limit = graphene.Int(description="Roubles")
    benefits = graphene.String(required=True)
    nominations = children_field(NominationType, NominationPage)

    class Meta:
        name = "Category"
        interfaces = (PageInterface,)

    def resolve_description(root, info):
        return html(root.description, root)


class Stage(graphene.ObjectType):
    kind = graphene.String(required=True)
    title = graphene.String(required=True)
    start_date = graphene.Date(required=True)
    end_date = graphene.Date()

    def resolve_title(root, info):
        return choice_label(choices.StageKind, root.kind, obj=root)


def load_stages(batch):
    from prize.models import PrizeStage

    stages = PrizeStage.objects.filter(edition__in=[e.pk for e in batch.objects])
    stages = batch.child(stages.order_by("edition_id", "sort_order", "pk")).objects
    result = {}
    for stage in stages:
        result.setdefault(stage.edition_id, []).append(stage)
    return result


@register_page_type(PrizeEditionPage)
class PrizeEditionType(graphene.ObjectType):
    year = graphene.Int(required=True)
    track = graphene.Field(PrizeTrack, required=True)
    track_label = graphene.String(required=True)
    summary = graphene.String(required=True, description="HTML")
    countries_count = graphene.Int(description="Countries the applications came from")
    image = image_field("image")
    stages = graphene.List(graphene.NonNull(Stage), required=True)
    categories = children_field(CategoryType, CategoryPage)

    class Meta:
        name = "PrizeEdition"
        interfaces = (PageInterface,)

    def resolve_track_label(root, info):
        return choice_label(choices.PrizeTrack, root.track, obj=root)

    def resolve_summary(root, info):
        return html(root.summary, root)

    def resolve_stages(root, info):
        return batch_of(root).load("stages", load_stages).get(root.pk, [])


class EntryConnection(CountedConnection):
    class Meta:
        node = EntryType


def entry_filters(*, prize_year, track, nomination, status, region, country):
    """Visible entries matching the filters, in every locale (localize them afterwards)."""
    entries = visible(EntryPage)
    if prize_year is not None or track is not None:
        editions = visible(PrizeEditionPage)
        if prize_year is not None:
            editions = editions.filter(year=prize_year)
        if track is not None:
            editions = editions.filter(track=value_of(track))
        q = Q(pk__in=[])
        for path in editions.values_list("path", flat=True):
            q |= Q(path__startswith=path)
        entries = entries.filter(q)
    if nomination is not None:
        keys = visible(NominationPage).filter(slug=nomination).values("translation_key")
        paths = visible(NominationPage).filter(translation_key__in=keys)
        entries = entries.filter(children_q(paths.values_list("path", flat=True)))
    if status is not None:
        entries = entries.filter(status=value_of(status))
    if region:
        entries = entries.filter(region__iexact=region)
    if country:
        entries = entries.filter(country__iexact=country)
    return entries


class Query(graphene.ObjectType):
    prizes = graphene.List(
        graphene.NonNull(PrizeEditionType), required=True, locale=graphene.String()
    )
    prize = graphene.Field(
        PrizeEditionType,
        year=graphene.Int(required=True),
        track=graphene.Argument(PrizeTrack, required=True),
        locale=graphene.String(),
    )
    entries = graphene.Field(
        EntryConnection,
        required=True,
        prize_year=graphene.Int(),
        track=graphene.Argument(PrizeTrack),
        nomination=graphene.String(description="A nomination slug"),
        status=graphene.Argument(EntryStatus),
        region=graphene.String(),
        country=graphene.String(),
        locale=graphene.String(),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Winners first, then laureates, finalists, semi-finalists, applicants",
    )

    def resolve_prizes(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        editions = list(localize(visible(PrizeEditionPage), locale=locale))
        editions.sort(key=lambda e: (-e.year, tree_position(e)))
        Batch(editions, locale=locale)
        return editions

    def resolve_prize(root, info, year, track, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        editions = visible(PrizeEditionPage).filter(year=year, track=value_of(track))
        edition = localize(editions, locale=locale).first()
        if edition is not None:
            Batch([edition], locale=locale)
        return edition

    def resolve_entries(root, info, locale=None, first=None, after=None, **filters):
        locale = resolve_locale(info=info, locale=locale)
        filters = {name: filters.get(name) for name in ENTRY_FILTERS}
        entries = localize(entry_filters(**filters), locale=locale)
        entries = entries.annotate(rank=status_rank()).order_by("rank", "place", "title", "pk")
        return paginate(
            entries, connection=EntryConnection, locale=locale, first=first, after=after
        )


ENTRY_FILTERS = ("prize_year", "track", "nomination", "status", "region", "country")
