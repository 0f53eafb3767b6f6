"""Root fields over every page type: any page by its path."""

import graphene
from django.conf import settings
from graphql import GraphQLError
from wagtail.models import Page, Site

from api.batching import Batch
from api.locales import locale_code, resolve_locale
from api.types import PageInterface
from core.locales import localize
from core.visibility import visible


def page_by_path(path, *, request):
    """(the language the path names, the visible page at a site path such as
    /ru/forum/2023/ or None). A path in a language the page is not yet translated into
    finds the page at the same path in the default language (as lists show it)."""
    parts = [p for p in path.split("/") if p]
    codes = [code for code, _ in settings.LANGUAGES]
    code = parts.pop(0) if parts and parts[0] in codes else settings.LANGUAGE_CODE
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return code, None
    homes = dict(
        visible(Page)
        .filter(translation_key=site.root_page.translation_key)
        .values_list("locale__language_code", "url_path")
    )
    tail = "".join(f"{p}/" for p in parts)
    for language in dict.fromkeys([code, settings.LANGUAGE_CODE]):
        if language in homes:
            page = visible(Page).filter(url_path=homes[language] + tail).first()
            if page is not None:
                return code, page
    return code, None


class PageQueries(graphene.ObjectType):
    page = graphene.Field(
        PageInterface,
        path=graphene.String(description="e.g. /en/forum/2023/"),
        id=graphene.ID(description="A page id"),
        locale=graphene.String(description="Return this translation of the page, if any"),
        description=(
            "Any routable page by its URL path or its id; ask for fields with `... on`. "
            "A path in a language the page is not translated into gives the page in its "
            "source language, with `isFallback: true`."
        ),
    )

    def resolve_page(root, info, path=None, id=None, locale=None):
        if (path is None) == (id is None):
            raise GraphQLError("Give `page` either a `path` or an `id`.")
        explicit = locale is not None
        if id is not None:
            page = visible(Page).filter(pk=id).first() if str(id).isdigit() else None
            code = locale_code(info, page.locale_id) if page is not None else None
        else:
            code, page = page_by_path(path, request=info.context)
        if page is None:
            return None
        # Without `locale`, the path (or the page itself) names the language: links in its
        # rich text stay in it.
        locale = resolve_locale(info=info, locale=locale if explicit else code)
        same = visible(Page).filter(translation_key=page.translation_key)
        page = (localize(same, locale=locale).first() or page).specific
        Batch([page], locale=locale)
        return page
