"""`routes`: every visible page of the site, paginated, with what routing and a static build
need (path, type, language, alternates, last change). The same pages, alternates and dates
as the sitemap (core/routes.py). Types filter by their GraphQL names, which are the
`__typename` that `page(path:)` answers with."""

import graphene

from api.batching import Batch, batch_of
from api.errors import UNKNOWN_PAGE_TYPE, coded_error
from api.locales import locale_argument, locale_code, locale_field, resolve_locale
from api.scalars import DateTime
from api.types import PAGE_TYPES, CountedConnection, GenericPage, PageInterface, Translation
from api.types import paginate as paginate_queryset
from core.registry import content_types
from core.routes import (
    default_site,
    last_modified,
    site_pages,
    translations_of,
    with_locales,
)
from core.tree import group_by


def graphql_type_name(page):
    """The GraphQL type name of a page (its `__typename` in `page(path:)`)."""
    graphql_type = PAGE_TYPES.get(page.specific_class) or GenericPage
    return graphql_type._meta.name


def routable_types():
    """{GraphQL type name: page model} of the page types the apps register."""
    registered = [t.model for t in content_types() if t.model in PAGE_TYPES]
    return {PAGE_TYPES[model]._meta.name: model for model in registered}


def _load_translations(batch):
    return translations_of(pages=batch.objects)


class Route(graphene.ObjectType):
    """A page of the site as a route: fetch it with `page(path:)` or through `page`."""

    id = graphene.ID(required=True, description="The page id")
    path = graphene.String(required=True, description="e.g. /en/forum/2023/")
    url = graphene.String(required=True, description="Absolute URL, as the sitemap has it")
    type = graphene.String(required=True, description="The page's GraphQL type, e.g. Session")
    locale = locale_field()
    translation_key = graphene.ID(
        required=True, description="Shared by a page and its translations"
    )
    last_modified = DateTime(description="As the sitemap's lastmod")
    translations = graphene.List(
        graphene.NonNull(Translation),
        required=True,
        description="Every visible language of this page, this one included (hreflang)",
    )
    page = graphene.Field(
        graphene.NonNull(PageInterface), description="The page itself, in its own language"
    )

    def resolve_id(root, info):
        return root.pk

    def resolve_path(root, info):
        return root.get_url(request=info.context)

    def resolve_url(root, info):
        return root.get_full_url(request=info.context)

    def resolve_type(root, info):
        return graphql_type_name(root)

    def resolve_locale(root, info):
        return locale_code(info, root.locale_id)

    def resolve_last_modified(root, info):
        return last_modified(root)

    def resolve_translations(root, info):
        pages = batch_of(root).load(_load_translations)
        return [
            Translation(locale=locale_code(info, p.locale_id), url=p.get_url(request=info.context))
            for p in pages.get(root.translation_key, [])
        ]

    def resolve_page(root, info):
        return root


class RouteConnection(CountedConnection):
    class Meta:
        node = Route


class RouteQueries(graphene.ObjectType):
    """Every route of the site."""

    routes = graphene.Field(
        RouteConnection,
        required=True,
        types=graphene.List(
            graphene.NonNull(graphene.String),
            description='GraphQL type names, e.g. ["Session", "ForumEdition"]; default: all',
        ),
        locale=locale_argument("Only the routes in this language; default: all"),
        modified_since=DateTime(description="Only pages published after this"),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description=(
            "Every visible page of the site in tree order, as the sitemap lists them: what a "
            "static build fetches"
        ),
    )

    def resolve_routes(
        root, info, types=None, locale=None, modified_since=None, first=None, after=None
    ):
        models = None
        if types is not None:
            known = routable_types()
            unknown = [t for t in types if t not in known]
            if unknown:
                raise coded_error(
                    f"Unknown page type '{unknown[0]}'. Available: {', '.join(sorted(known))}.",
                    UNKNOWN_PAGE_TYPE,
                )
            models = [known[t] for t in types]
        content_locale = resolve_locale(info=info, locale=locale) if locale else None
        pages = site_pages(
            site=default_site(request=info.context),
            locale=content_locale,
            models=models,
            modified_since=modified_since,
        )
        result = paginate_queryset(
            pages,
            connection=RouteConnection,
            locale=content_locale or resolve_locale(info=info),
            first=first,
            after=after,
        )
        with_locales([e.node for e in result.edges])
        # Each page in its own language: its `page` fields (rich-text links) stay in it.
        by_locale = group_by([e.node for e in result.edges], lambda p: p.locale_id)
        for locale_id, items in by_locale.items():
            code = locale_code(info, locale_id)
            Batch(items, locale=resolve_locale(info=info, locale=code))
        return result
