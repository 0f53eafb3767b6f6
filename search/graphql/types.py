"""GraphQL types of site search. Built when the schema is composed (config/schema.py), after
every app has registered its page types (api.types.PAGE_TYPES) and result types
(core/registry.py)."""

import graphene
from django.utils import translation
from graphene import relay

from api.enums import described_enum
from api.types import PAGE_TYPES, GenericPage, PageInterface
from search.domain.query import search_types, type_models


def _describe(name):
    model = type_models().get(name)
    if model is None:
        return "Any other page (standard pages, indexes, clubs...)"
    with translation.override("en"):
        return f"{str(model._meta.verbose_name).capitalize()} pages"


SearchType = described_enum(
    "SearchType",
    [(name.upper(), name, _describe(name)) for name in search_types()],
    description="A kind of search result (the facets of the search page)",
)


class SearchResult(graphene.Union):
    """A page found by `search`: a Session, Speaker, Entry, NewsArticle or another page."""

    class Meta:
        types = tuple(dict.fromkeys([*PAGE_TYPES.values(), GenericPage]))

    @classmethod
    def resolve_type(cls, instance, info):
        return PageInterface.resolve_type(instance, info)


class SearchFacet(graphene.ObjectType):
    """How many hits a kind of result has."""

    type = SearchType(required=True, description="The kind of result")
    count = graphene.Int(required=True, description="Hits of this type, before `types`")


class SearchConnection(relay.Connection):
    """A page of search results, best first."""

    class Meta:
        node = SearchResult
        strict_types = True

    class Edge:
        type = SearchType(required=True, description="The kind of result")
        snippet = graphene.String(required=True, description="Plain text")

    total_count = graphene.Int(required=True, description="Hits in every page")
    facets = graphene.List(
        graphene.NonNull(SearchFacet), required=True, description="Hits by kind of result"
    )


class Suggestion(graphene.ObjectType):
    """An autocomplete suggestion: a page whose title starts with the prefix."""

    title = graphene.String(required=True, description="The page title")
    url = graphene.String(required=True, description="Its path on the site")
    type = SearchType(required=True, description="The kind of result")
