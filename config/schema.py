"""The GraphQL schema, composed from each app's `graphql.queries` and the API's own root
fields. Apps have registered their page types and feed types in `AppConfig.ready()`."""

import graphene

from api.changes import changes_query
from api.descriptions import describe_from_models
from api.pages import PageQueries
from api.routes import RouteQueries
from api.schema import PreviewQuery
from api.streamfield import TYPES as BLOCK_TYPES
from api.types import PAGE_TYPES, GenericPage
from forum.graphql.queries import ForumQueries
from pages.graphql.home import TYPES as HOME_TYPES
from pages.graphql.home import HomeQueries
from pages.graphql.menus import MenuQueries
from pages.graphql.queries import PagesQueries
from pages.graphql.site_data import SiteDataQueries
from prize.graphql.queries import PrizeQueries
from schedule.graphql.queries import ScheduleQueries
from search.graphql.queries import SearchQueries


class Query(
    ForumQueries,
    PreviewQuery,
    PrizeQueries,
    PagesQueries,
    MenuQueries,
    SiteDataQueries,
    HomeQueries,
    PageQueries,
    RouteQueries,
    changes_query(),
    ScheduleQueries,
    SearchQueries,
    graphene.ObjectType,
):
    """The We Together API: forum, prize, pages, search and site data, in English and
    Russian (docs/api.md)."""


# Every registered page type, including those reached only through the Page interface.
schema = graphene.Schema(
    query=Query, types=[*PAGE_TYPES.values(), GenericPage, *BLOCK_TYPES, *HOME_TYPES]
)
describe_from_models(schema.graphql_schema)
