"""GraphQL types of `prizeCounts`: the figures of the atlas (prize/domain/atlas.py), for
frontends that draw their own maps and charts."""

import graphene


class Tally(graphene.ObjectType):
    """Entries and the laureates among them."""

    entries = graphene.Int(required=True, description="Visible entries")
    laureates = graphene.Int(required=True, description="Laureates and winners among them")

    def resolve_entries(root, info):
        return root.tally.entries

    def resolve_laureates(root, info):
        return root.tally.laureates


class PlaceCount(Tally):
    """Entries of one region or country."""

    code = graphene.String(
        required=True, description="ISO 3166-2:RU (RU-PER) or ISO 3166-1 alpha-2 (KZ)"
    )
    name = graphene.String(required=True, description="In the requested language")


class NominationCount(Tally):
    """Entries of one nomination."""

    name = graphene.String(required=True, description="The nomination's name")
    slug = graphene.String(required=True, description="Its slug")


class CategoryCount(Tally):
    """Entries of one category and its nominations."""

    name = graphene.String(required=True, description="The category's name")
    slug = graphene.String(required=True, description="Its slug")
    nominations = graphene.List(
        graphene.NonNull(NominationCount), required=True, description="By nomination"
    )


class YearCount(Tally):
    """Entries of one prize edition (year and track)."""

    year = graphene.Int(required=True, description="The prize year")
    track = graphene.String(required=True, description="national or international")
    categories = graphene.List(
        graphene.NonNull(CategoryCount), required=True, description="By category"
    )


class TallyOnly:
    """Entries without a figure of their own."""

    def __init__(self, tally):
        self.tally = tally


class PrizeCounts(graphene.ObjectType):
    """Visible entries (one per translation) and laureates, by federal subject, country,
    year and track, category and nomination."""

    total = graphene.Field(Tally, required=True, description="Every entry counted")
    regions = graphene.List(
        graphene.NonNull(PlaceCount), required=True, description="Most entries first"
    )
    countries = graphene.List(
        graphene.NonNull(PlaceCount), required=True, description="Most entries first"
    )
    national_without_region = graphene.Field(
        Tally, required=True, description="National entries whose source names no region"
    )
    international_without_country = graphene.Field(
        Tally, required=True, description="International entries that name no country"
    )
    years = graphene.List(
        graphene.NonNull(YearCount), required=True, description="Newest first, national first"
    )

    def resolve_total(root, info):
        return TallyOnly(root.total)

    def resolve_regions(root, info):
        return sorted(root.regions.values(), key=lambda p: (-p.tally.entries, p.name))

    def resolve_countries(root, info):
        return sorted(root.countries.values(), key=lambda p: (-p.tally.entries, p.name))

    def resolve_national_without_region(root, info):
        return TallyOnly(root.national_without_region)

    def resolve_international_without_country(root, info):
        return TallyOnly(root.international_without_country)
