"""Sharing tags (Open Graph, Twitter) and schema.org JSON-LD blocks for the page <head>."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html, format_html_join
from wagtail.models import Site

from core.structured_data import SCHEMA, json_ld_script
from pages.domain import seo
from pages.models import ContactSettings
from pages.templatetags.site_tags import home_page

register = template.Library()


def _json_ld(data):
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def sharing_tags(context, page=None, title="", languages=()):
    """<meta> tags for link previews; `languages` are the base template's language links."""
    page = page or None
    alternates = [lang["code"] for lang in languages or () if lang.get("translated")]
    tags = seo.sharing_tags(
        page=page,
        request=context.get("request"),
        title=title or (page.seo_title or page.title if page else settings.WAGTAIL_SITE_NAME),
        alternate_languages=alternates,
    )
    return format_html_join("\n  ", '<meta {}="{}" content="{}">', tags)


def _organizer(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    contacts = ContactSettings.for_site(site) if site is not None else None
    return seo.organization(request=request, home=home_page(), contacts=contacts)


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The organiser, on every page."""
    return _json_ld({"@context": SCHEMA, **_organizer(context)})


@register.simple_tag(takes_context=True)
def organizer_data(context):
    """The organiser as data, for the JSON-LD of events (forum/templatetags/forum_json_ld.py)."""
    return _organizer(context)


@register.filter
def lang_attr(obj):
    """` lang="xx"` when a page or snippet is not in the language around it, as when a
    Russian page lists a speaker who has no Russian page yet."""
    code = getattr(getattr(obj, "locale", None), "language_code", None)
    if code and code != translation.get_language():
        return format_html(' lang="{}"', code)
    return ""
