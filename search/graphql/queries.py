"""GraphQL root fields: site search and autocomplete, thin over search/domain/query.py."""

import graphene

from api.batching import Batch
from api.errors import QUERY_TOO_LONG, coded_error
from api.locales import locale_argument, resolve_locale
from api.types import page_info, page_window
from core.pagination import take
from search.domain.query import autocomplete, search_site, search_types
from search.domain.text import MAX_QUERY_LENGTH
from search.graphql.types import (
    SearchConnection,
    SearchFacet,
    SearchType,
    Suggestion,
)


def _checked(text, name):
    if len(text) > MAX_QUERY_LENGTH:
        raise coded_error(f"`{name}` is longer than {MAX_QUERY_LENGTH} characters.", QUERY_TOO_LONG)
    return text


class SearchQueries(graphene.ObjectType):
    """Site search and autocomplete."""

    search = graphene.Field(
        SearchConnection,
        required=True,
        query=graphene.String(required=True, description="At most 200 characters"),
        locale=locale_argument(),
        types=graphene.List(graphene.NonNull(SearchType)),
        forum_year=graphene.Int(description="That forum edition, its sessions and speakers"),
        prize_year=graphene.Int(description="That prize edition and everything under it"),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Live public pages matching `query` in the locale's language, best first",
    )
    autocomplete = graphene.List(
        graphene.NonNull(Suggestion),
        required=True,
        prefix=graphene.String(required=True),
        locale=locale_argument(),
        limit=graphene.Int(description="At most 20; 8 by default"),
        description="Pages whose title, name, town or region starts with `prefix`",
    )

    def resolve_search(
        root, info, query, locale=None, types=None, forum_year=None, prize_year=None, **page
    ):
        locale = resolve_locale(info=info, locale=locale)
        window = page_window(first=page.get("first"), after=page.get("after"))
        result = search_site(
            query=_checked(query, "query"),
            locale=locale,
            types=[getattr(t, "value", t) for t in types or []],
            forum_year=forum_year,
            prize_year=prize_year,
            request=info.context,
        )
        hits, has_next = take(result.hits, page=window)
        # One batch per page type: the types' loaders expect their own kind of page.
        for model in {type(hit.page) for hit in hits}:
            Batch([hit.page for hit in hits if type(hit.page) is model], locale=locale)
        edges = [
            SearchConnection.Edge(
                node=hit.page,
                cursor=window.cursor(i),
                type=hit.type,
                snippet=hit.snippet,
            )
            for i, hit in enumerate(hits)
        ]
        return SearchConnection(
            edges=edges,
            page_info=page_info(edges=edges, page=window, has_next=has_next),
            total_count=result.total,
            facets=[SearchFacet(type=t, count=result.facets.get(t, 0)) for t in search_types()],
        )

    def resolve_autocomplete(root, info, prefix, locale=None, limit=None):
        locale = resolve_locale(info=info, locale=locale)
        hits = autocomplete(
            prefix=_checked(prefix, "prefix"), locale=locale, limit=limit, request=info.context
        )
        return [Suggestion(title=h.title, url=h.url, type=h.type) for h in hits]
