"""The page <head> (pages/domain/head.py): sharing tags (Open Graph, Twitter) and schema.org
JSON-LD blocks."""

from django import template
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.structured_data import json_ld_script
from pages.domain import head

register = template.Library()


@register.simple_tag(takes_context=True)
def page_head(context, page=None):
    """The page's PageHead (pages/domain/head.py), as the API's `seo` returns it."""
    page = page if isinstance(page, Page) else None
    return head.page_head(page=page, request=context.get("request"))


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
