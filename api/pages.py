"""Root fields over every page type: any page by its path."""

import graphene
from wagtail.models import Page, Site

from api.batching import Batch
from api.errors import BAD_USER_INPUT, coded_error
from api.locales import locale_argument, locale_code, resolve_locale
from api.types import PageInterface
from core.locales import localize, page_at_path
from core.visibility import visible


class PageQueries(graphene.ObjectType):
    """Any page by path or id."""

    page = graphene.Field(
        PageInterface,
        path=graphene.String(description="e.g. /en/forum/2023/"),
        id=graphene.ID(description="A page id"),
        locale=locale_argument("Return this translation of the page, if any"),
        description=(
            "Any routable page by its URL path or its id; ask for fields with `... on`. "
            "A path in a language the page is not translated into gives the page in its "
            "source language, with `isFallback: true`."
        ),
    )

    def resolve_page(root, info, path=None, id=None, locale=None):
        if (path is None) == (id is None):
            raise coded_error("Give `page` either a `path` or an `id`.", BAD_USER_INPUT)
        explicit = locale is not None
        if id is not None:
            page = visible(Page).filter(pk=id).first() if str(id).isdigit() else None
            code = locale_code(info, page.locale_id) if page is not None else None
        else:
            site = Site.find_for_request(info.context)
            code, page = page_at_path(path=path, site=site)
        if page is None:
            return None
        # Without `locale`, the path (or the page itself) names the language: links in its
        # rich text stay in it.
        locale = resolve_locale(info=info, locale=locale if explicit else code)
        same = visible(Page).filter(translation_key=page.translation_key)
        page = (localize(same, locale=locale).first() or page).specific
        Batch([page], locale=locale)
        return page
