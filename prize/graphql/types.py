"""GraphQL types of the prize: editions, categories, nominations, entries."""

import graphene

from api.batching import batch_of
from api.enums import choices_enum, described_enum, value_of
from api.locales import choice_label
from api.types import (
    CountedConnection,
    PageInterface,
    html_field,
    image_field,
    register_page_type,
)
from prize import choices, geography
from prize.graphql import loaders
from prize.models import CategoryPage, EntryPage, NominationPage, PrizeEditionPage, PrizeIndexPage

PrizeTrack = choices_enum(
    choices.PrizeTrack, description="National (#WEARETOGETHER) or international track"
)
EntryStatus = choices_enum(
    choices.EntryStatus, description="How far an entry went; laureates and winners won"
)
ApplicantType = choices_enum(choices.ApplicantType, description="Who applied for the prize")
EntryKind = choices_enum(
    choices.EntryType, name="EntryType", description="What kind of practice an entry is"
)
WorldRegion = choices_enum(
    choices.WorldRegion, description="The part of the world an entry comes from"
)
StageKind = choices_enum(choices.StageKind, description="A stage of a prize edition")
EntryOrderBy = described_enum(
    "EntryOrderBy",
    [
        ("RANK", "rank", "Winners, laureates, finalists, semi-finalists, applicants; then place"),
        ("PLACE", "place", "By place; entries without one last"),
        ("TITLE", "title", "By title"),
        ("DATE", "date", "By the date the entry was first published"),
    ],
    description="How to sort `entries` (ties: the site's rank, then id)",
)


def ancestor_field(graphql_type, loader, levels=1, description=None):
    def resolve(root, info):
        return batch_of(root).load(loader).get(root.path[: -root.steplen * levels])

    return graphene.Field(graphql_type, resolver=resolve, description=description)


def children_field(graphql_type, loader, description=None):
    def resolve(root, info):
        return batch_of(root).load(loader).get(root.translation_key, [])

    return graphene.List(
        graphene.NonNull(graphql_type), required=True, resolver=resolve, description=description
    )


@register_page_type(EntryPage)
class EntryType(graphene.ObjectType):
    """An entry of the prize (an application), with its result."""

    organisation = graphene.String(required=True)
    applicant_type = ApplicantType(required=True, description="Who applied")
    applicant_type_label = graphene.String(
        required=True, description="The applicant type's name in the requested language"
    )
    entry_type = EntryKind(required=True, description="What kind of practice it is")
    entry_type_label = graphene.String(
        required=True, description="The entry type's name in the requested language"
    )
    world_region = WorldRegion(required=True, description="The part of the world it comes from")
    world_region_label = graphene.String(
        required=True, description="The world region's name in the requested language"
    )
    region = graphene.String(
        required=True, description="Russian region as typed (national track); see regionName"
    )
    region_code = graphene.String(
        required=True, description="ISO 3166-2:RU code, e.g. RU-PER; empty when none is named"
    )
    region_name = graphene.String(
        required=True, description="The federal subject in the requested language, else region"
    )
    country = graphene.String(required=True, description="As typed; see countryName")
    country_code = graphene.String(required=True, description="ISO 3166-1 alpha-2, e.g. KZ")
    country_name = graphene.String(
        required=True, description="The country in the requested language, else country"
    )
    summary = graphene.String(required=True)
    description = html_field("description")
    image = image_field("image")
    status = graphene.Field(EntryStatus, required=True)
    place = graphene.Int()
    grant_amount = graphene.Int(description="Roubles")
    is_laureate = graphene.Boolean(required=True, description="Laureate or winner")
    nomination = ancestor_field(
        lambda: NominationType,
        loaders.load_nomination_of_entry,
        description="The nomination it competes in",
    )
    edition = ancestor_field(
        lambda: PrizeEditionType,
        loaders.load_edition_of_entry,
        levels=3,
        description="The prize edition it belongs to",
    )

    class Meta:
        name = "Entry"
        interfaces = (PageInterface,)

    def resolve_region_name(root, info):
        language = batch_of(root).locale.code
        return geography.subject_name(root.region_code, language=language) or root.region

    def resolve_country_name(root, info):
        language = batch_of(root).locale.code
        return geography.country_name(root.country_code, language=language) or root.country

    def resolve_applicant_type_label(root, info):
        return choice_label(choices.ApplicantType, root.applicant_type, obj=root)

    def resolve_world_region_label(root, info):
        return choice_label(choices.WorldRegion, root.world_region, obj=root)

    def resolve_entry_type_label(root, info):
        return choice_label(choices.EntryType, root.entry_type, obj=root)


@register_page_type(NominationPage)
class NominationType(graphene.ObjectType):
    """A nomination of a prize category."""

    name = graphene.String(required=True, description="The nomination's name")
    description = html_field("description")
    eligibility = html_field("eligibility", description="HTML: who can apply")
    grant_limit = graphene.Int(description="Roubles; the category's when not set")
    category = ancestor_field(
        lambda: CategoryType,
        loaders.load_category_of_nomination,
        description="The category it belongs to",
    )
    entries = graphene.List(
        graphene.NonNull(EntryType),
        required=True,
        status=graphene.Argument(EntryStatus),
        description="Ranked as on the nomination page: winners first",
    )

    class Meta:
        name = "Nomination"
        interfaces = (PageInterface,)

    def resolve_grant_limit(root, info):
        if root.grant_limit is not None:
            return root.grant_limit
        category = (
            batch_of(root).load(loaders.load_category_of_nomination).get(root.path[: -root.steplen])
        )
        return category.grant_limit if category is not None else None

    def resolve_entries(root, info, status=None):
        found = batch_of(root).load(loaders.load_entries, value_of(status))
        return found.get(root.translation_key, [])


@register_page_type(CategoryPage)
class CategoryType(graphene.ObjectType):
    """A category of a prize edition."""

    name = graphene.String(required=True, description="The category's name")
    description = html_field("description")
    grant_limit = graphene.Int(description="Roubles")
    benefits = graphene.String(required=True)
    nominations = children_field(
        NominationType, loaders.load_nominations, description="Its nominations, in tree order"
    )

    class Meta:
        name = "Category"
        interfaces = (PageInterface,)


class Stage(graphene.ObjectType):
    """A stage of a prize edition (applications, review, finals...) and its dates."""

    kind = StageKind(required=True, description="Which stage")
    title = graphene.String(required=True, description="The stage's name in the requested language")
    start_date = graphene.Date(required=True, description="The first day")
    end_date = graphene.Date(description="The last day; null for a one-day stage")

    def resolve_title(root, info):
        return choice_label(choices.StageKind, root.kind, obj=root)


@register_page_type(PrizeEditionPage)
class PrizeEditionType(graphene.ObjectType):
    """A prize edition: a year and a track."""

    year = graphene.Int(required=True)
    track = graphene.Field(PrizeTrack, required=True)
    track_label = graphene.String(
        required=True, description="The track's name in the requested language"
    )
    summary = html_field("summary")
    countries_count = graphene.Int(description="Countries the applications came from")
    image = image_field("image")
    stages = graphene.List(
        graphene.NonNull(Stage), required=True, description="Its stages in order of date"
    )
    categories = children_field(
        CategoryType, loaders.load_categories, description="Its categories, in tree order"
    )

    class Meta:
        name = "PrizeEdition"
        interfaces = (PageInterface,)

    def resolve_track_label(root, info):
        return choice_label(choices.PrizeTrack, root.track, obj=root)

    def resolve_stages(root, info):
        return batch_of(root).load(loaders.load_stages).get(root.pk, [])


class EntryConnection(CountedConnection):
    class Meta:
        node = EntryType


@register_page_type(PrizeIndexPage)
class PrizeIndexType(graphene.ObjectType):
    """The prize section's index page."""

    introduction = html_field("introduction")

    class Meta:
        name = "PrizeIndex"
        interfaces = (PageInterface,)
