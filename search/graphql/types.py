"""GraphQL types of site search. Built when the schema is composed (config/schema.py), after
every app has registered its page types (api.types.PAGE_TYPES) and result types
(core/registry.py)."""

import graphene
from graphene import relay

from api.types import PAGE_TYPES, GenericPage, PageInterface
from search.domain.query import search_types

SearchType = graphene.Enum("SearchType", [(name.upper(), name) for name in search_types()])


class SearchResult(graphene.Union):
    """A page found by `search`: a Session, Speaker, Entry, NewsArticle or another page."""

    class Meta:
        types = tuple(dict.fromkeys([*PAGE_TYPES.values(), GenericPage]))

    @classmethod
    def resolve_type(cls, instance, info):
        return PageInterface.resolve_type(instance, info)


class SearchFacet(graphene.ObjectType):
    type = SearchType(required=True)
    count = graphene.Int(required=True, description="Hits of this type, before `types`")


class SearchConnection(relay.Connection):
    class Meta:
        node = SearchResult

    class Edge:
        type = SearchType(required=True)
        snippet = graphene.String(required=True, description="Plain text")

    total_count = graphene.Int(required=True)
    facets = graphene.List(graphene.NonNull(SearchFacet), required=True)


class Suggestion(graphene.ObjectType):
    title = graphene.String(required=True)
    url = graphene.String(required=True)
    type = SearchType(required=True)
