"""The page <head> (pages/domain/head.py): sharing tags (Open Graph, Twitter) and schema.org
JSON-LD blocks."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page

from api.versioned import versioned
from core.routes import default_site
from core.structured_data import json_ld_script
from pages.domain import head
from pages.templatetags.site_tags import chrome_name

register = template.Library()


@register.simple_tag(takes_context=True)
def page_head(context, page=None):
    """The page's PageHead (pages/domain/head.py), as the API's `seo` returns it."""
    page = page if isinstance(page, Page) else None
    request = context.get("request")
    return head.page_head(page=page, request=request, the_organizer=_organizer(page, request))


def _organizer(page, request):
    """The organiser's JSON-LD (the same on every page of a site and language), built once
    per content version."""
    written_in = page.locale.language_code if page is not None else ""
    language = f"{translation.get_language()}:{written_in}"
    site = default_site(request=request)
    return versioned(
        name=chrome_name(request=request, site=site, kind="organizer", language=language),
        build=lambda: head.organizer(
            request=request, locale=head.head_locale(page=page, request=request)
        ),
        seconds=settings.SITE_CHROME_CACHE_SECONDS,
        request=request,
    )


@register.simple_tag
def sharing_meta(tags):
    """<meta> tags for link previews from a PageHead's `sharing` triples."""
    return format_html_join("\n  ", '<meta {}="{}" content="{}">', tags)


@register.simple_tag
def json_ld_scripts(items):
    """A <script type="application/ld+json"> per schema.org dict of a PageHead."""
    return mark_safe("\n  ".join(json_ld_script(data) for data in items))  # noqa: S308


@register.filter
def lang_attr(obj):
    """` lang="xx"` when a page or snippet is not in the language around it, as when a
    Russian page lists a speaker who has no Russian page yet."""
    code = getattr(getattr(obj, "locale", None), "language_code", None)
    if code and code != translation.get_language():
        return format_html(' lang="{}"', code)
    return ""
