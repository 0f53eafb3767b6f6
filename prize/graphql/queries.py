"""Root fields of the prize: editions and entries."""

import graphene

from api.batching import batched
from api.enums import OrderDirection, value_of
from api.errors import UNKNOWN_COUNTRY, UNKNOWN_REGION, coded_error
from api.locales import locale_argument, resolve_locale
from api.types import paginate
from core.compiled import KeptQuery
from core.locales import localize
from core.visibility import visible
from prize.domain.atlas import atlas_counts
from prize.domain.entries import (
    UnknownCountry,
    UnknownRegion,
    checked_codes,
    edition_paths,
    entry_list,
)
from prize.domain.laureates import prize_editions
from prize.graphql.counts import PrizeCounts
from prize.graphql.types import (
    EntryConnection,
    EntryOrderBy,
    EntryStatus,
    PrizeEditionType,
    PrizeTrack,
    WorldRegion,
)
from prize.models import PrizeEditionPage


class PrizeQueries(graphene.ObjectType):
    """Prize editions, entries and their counts."""

    prizes = graphene.List(
        graphene.NonNull(PrizeEditionType),
        required=True,
        locale=locale_argument(),
        description="Visible prize editions, newest first",
    )
    prize = graphene.Field(
        PrizeEditionType,
        year=graphene.Int(required=True),
        track=graphene.Argument(PrizeTrack, required=True),
        locale=locale_argument(),
        description="The prize edition of a year and track",
    )
    entries = graphene.Field(
        EntryConnection,
        required=True,
        prize_year=graphene.Int(),
        track=graphene.Argument(PrizeTrack),
        nomination=graphene.String(description="A nomination slug"),
        status=graphene.Argument(EntryStatus),
        region=graphene.String(
            description="A Russian federal subject by its ISO 3166-2:RU code, e.g. RU-PER"
        ),
        country=graphene.String(description="A country by its ISO 3166-1 alpha-2 code, e.g. KZ"),
        world_region=graphene.Argument(WorldRegion, description="A part of the world"),
        order_by=graphene.Argument(
            EntryOrderBy,
            default_value=EntryOrderBy.RANK.value,
            description="RANK: winners first, then laureates... (the site's order)",
        ),
        direction=graphene.Argument(
            OrderDirection, default_value=OrderDirection.ASC.value, description="Sort direction"
        ),
        locale=locale_argument(),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Entries matching every filter given; by default winners first, then "
        "laureates, finalists, semi-finalists, applicants",
    )

    prize_counts = graphene.Field(
        PrizeCounts,
        required=True,
        year=graphene.Int(description="Default: every year"),
        track=graphene.Argument(PrizeTrack, description="Default: both tracks"),
        locale=locale_argument(),
        description="Entries and laureates by region, country, year, category and nomination, "
        "as the atlas pages show them; a constant number of SQL queries",
    )

    def resolve_prize_counts(root, info, year=None, track=None, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return atlas_counts(locale=locale, year=year, track=value_of(track))

    def resolve_prizes(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return batched(prize_editions(locale=locale), locale=locale)

    def resolve_prize(root, info, year, track, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        editions = visible(PrizeEditionPage).filter(year=year, track=value_of(track))
        found = batched(localize(editions, locale=locale)[:1], locale=locale)
        return found[0] if found else None

    def resolve_entries(root, info, locale=None, first=None, after=None, **filters):
        locale = resolve_locale(info=info, locale=locale)
        try:
            region, country = checked_codes(
                region=filters.get("region"), country=filters.get("country")
            )
        except UnknownRegion as error:
            raise coded_error(str(error), UNKNOWN_REGION) from None
        except UnknownCountry as error:
            raise coded_error(str(error), UNKNOWN_COUNTRY) from None
        within = None
        if filters.get("prize_year") is not None or filters.get("track") is not None:
            within = edition_paths(
                prize_year=filters.get("prize_year"), track=value_of(filters.get("track"))
            )
        # Filters whose values only fill the SQL's parameters, and those that shape it.
        entries = KeptQuery(
            key="prize.entries",
            build=entry_list,
            values={
                "within": within,
                "nomination": filters.get("nomination"),
                "status": value_of(filters.get("status")),
                "world_region": value_of(filters.get("world_region")),
            },
            shape={
                "locale": locale,
                "region": region or None,
                "country": country or None,
                "order": value_of(filters["order_by"]),
                "direction": value_of(filters["direction"]),
            },
        )
        return paginate(
            entries, connection=EntryConnection, locale=locale, first=first, after=after
        )
