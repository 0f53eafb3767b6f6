"""The site shell's tags (site/templates/base.html): menu, home link, language switcher,
footer and contacts. What they show is the same on every page of a site and language, so
it is built once per content version (`site_chrome`, api/versioned.py) instead of costing
a dozen queries on every page."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page
from wagtail.templatetags.wagtailcore_tags import richtext

from api.versioned import versioned
from core.locales import UnknownLocale, content_locale
from core.routes import default_site
from core.visibility import visible
from pages.domain import navigation, site_data
from pages.models import HomePage

register = template.Library()


@dataclass(frozen=True)
class MenuLink:
    """A menu entry as the header shows it (`path` and `depth` mark the current section)."""

    url: str
    title: str
    path: str
    depth: int


def chrome_name(*, request, site, kind, language):
    """The versioned cache name of what `kind` shows on `site` in `language` (the host
    too: URLs may be absolute)."""
    host = request.get_host() if request is not None else ""
    return f"{kind}:{site.pk if site else 0}:{host}:{language}"


def site_chrome(context):
    """{home_url, menu: [MenuLink], footer_html, email, homes: {code: (url, full URL)},
    languages: [code]} of the request's site in the active language, per content version."""
    request = context.get("request")
    site = default_site(request=request)
    language = translation.get_language()
    name = chrome_name(request=request, site=site, kind="site-chrome", language=language)
    return versioned(
        name=name,
        build=lambda: _build_chrome(request=request, site=site),
        seconds=settings.SITE_CHROME_CACHE_SECONDS,
        request=request,
    )


def _build_chrome(*, request, site):
    locale = _content_locale()
    home = visible(HomePage).filter(locale=_current_locale()).first()
    menu = navigation.main_menu(site=site, locale=locale)
    footer = site_data.footer_text(locale=locale)
    contacts = site_data.contacts(site=site)
    homes = {h.locale.language_code: h for h in visible(HomePage).select_related("locale")}
    return {
        "home_url": home.get_url(request) if home is not None else None,
        "menu": [
            MenuLink(
                url=item.page.get_url(request),
                title=item.page.title,
                path=item.page.path,
                depth=item.page.depth,
            )
            for item in menu
        ],
        "footer_html": str(richtext(footer.body)) if footer is not None else "",
        "email": (contacts.email if contacts is not None else "") or "",
        "homes": {code: (h.get_url(request), h.get_full_url(request)) for code, h in homes.items()},
        "languages": list(Locale.objects.order_by("pk").values_list("language_code", flat=True)),
    }


def _content_locale():
    try:
        return content_locale(code=translation.get_language())
    except UnknownLocale:  # a language the content is not written in: the default
        return content_locale()


def _current_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


@register.simple_tag(takes_context=True)
def language_links(context, page=None, translations=None):
    """For each site language: code, name, URL of this page in it (or that language's home
    page when not translated), and whether it is the current one. `translations`: the
    page's visible translations when known (a PageHead's), else looked up."""
    request = context.get("request")
    current = translation.get_language()
    chrome = site_chrome(context)
    found = {}
    if page is not None and getattr(page, "pk", None):
        if translations is None:
            same = visible(Page).filter(translation_key=page.translation_key)
            translations = same.select_related("locale")
        for item in translations:
            found[item.locale.language_code] = item
    links = []
    for code in chrome["languages"]:
        target = found.get(code)
        if target is not None:
            url, full_url = target.get_url(request), target.get_full_url(request)
        else:
            url, full_url = chrome["homes"].get(code, (None, None))
        links.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url or f"/{code}/",
                "current": code == current,
                "translated": code in found,
                "full_url": full_url,
            }
        )
    return links


@register.simple_tag
def untranslated_language(page):
    """The code of `page`'s language when it is shown in another one (not yet translated into
    the active language), else None: the template marks its content with `lang` and says so."""
    locale = getattr(page, "locale", None)
    if locale is None or locale.language_code == translation.get_language():
        return None
    return {"code": locale.language_code}


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The header's menu (pages/domain/navigation.py, as the API's `menu`) as [MenuLink]."""
    return site_chrome(context)["menu"]


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the active language, or None."""
    return site_chrome(context)["home_url"]


@register.simple_tag(takes_context=True)
def footer_html(context):
    """The footer in the active language (pages/domain/site_data.py, as the API's), as HTML."""
    return mark_safe(site_chrome(context)["footer_html"])  # noqa: S308 - rendered rich text


@register.simple_tag(takes_context=True)
def contact_email(context):
    """The site's contact address (ContactSettings), or ""."""
    return site_chrome(context)["email"]


@register.filter
def localized_page(page):
    """The visible translation of a page in the active language, or the page itself."""
    if page is None:
        return None
    localized = None
    if isinstance(page, Page):
        same = visible(Page).filter(translation_key=page.translation_key)
        localized = same.filter(locale=_current_locale()).first()
    return localized.specific if localized is not None else page
