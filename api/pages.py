"""Root fields over every page type: any page by its path."""

import graphene
from django.conf import settings
from wagtail.models import Page, Site

from api.batching import Batch
from api.locales import locale_code, resolve_locale
from api.types import PageInterface
from core.locales import localize
from core.visibility import visible


def page_by_path(path, *, request):
    """The visible page at a site path such as /ru/forum/2023/, or None."""
    parts = [p for p in path.split("/") if p]
    codes = [code for code, _ in settings.LANGUAGES]
    code = parts.pop(0) if parts and parts[0] in codes else settings.LANGUAGE_CODE
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    home = (
        visible(Page)
        .filter(translation_key=site.root_page.translation_key, locale__language_code=code)
        .first()
    )
    if home is None:
        return None
    url_path = home.url_path + "".join(f"{p}/" for p in parts)
    return visible(Page).filter(url_path=url_path).first()


class PageQueries(graphene.ObjectType):
    page = graphene.Field(
        PageInterface,
        path=graphene.String(required=True, description="e.g. /en/forum/2023/"),
        locale=graphene.String(description="Return this translation of the page, if any"),
        description="Any routable page by its URL path; ask for fields with `... on`",
    )

    def resolve_page(root, info, path, locale=None):
        explicit = locale is not None
        locale = resolve_locale(info=info, locale=locale)
        page = page_by_path(path, request=info.context)
        if page is None:
            return None
        if explicit:
            same = visible(Page).filter(translation_key=page.translation_key)
            page = localize(same, locale=locale).first() or page
        else:
            # The path names the language: links in its rich text stay in it.
            locale = resolve_locale(info=info, locale=locale_code(info, page.locale_id))
        page = page.specific
        Batch([page], locale=locale)
        return page
