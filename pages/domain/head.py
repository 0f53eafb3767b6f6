"""The <head> of a page: title, description, canonical URL, hreflang alternates, sharing
tags with their picture, and the JSON-LD it carries. The base template renders it
(pages/templatetags/seo_tags.py) and the API returns it (`seo` on every page), so search
engines and frontends get one answer."""

from dataclasses import dataclass, field

from django.conf import settings

from core.locales import UnknownLocale, content_locale
from core.routes import default_site, translations_of
from core.structured_data import SCHEMA, page_json_ld, share_image_object
from pages.domain import seo
from pages.domain.navigation import site_home
from pages.domain.site_data import contacts

TITLE_SUFFIX = " — #WEARETOGETHER"


@dataclass
class PageHead:
    """What a page's <head> says. `alternates` are (language, absolute URL) of its visible
    translations, itself included (the hreflang links); `sharing`
    (attribute, name, content) triples of Open Graph and Twitter tags; `image` the public
    picture the sharing tags show (None: the default card); `json_ld` schema.org dicts;
    `translations` the visible translations themselves (the language switcher's links)."""

    page_title: str
    description: str
    canonical: str | None
    alternates: list = field(default_factory=list)
    sharing: list = field(default_factory=list)
    image: object = None
    json_ld: list = field(default_factory=list)
    translations: list = field(default_factory=list)

    @property
    def title(self):
        return f"{self.page_title}{TITLE_SUFFIX}"

    @property
    def title_suffix(self):
        return TITLE_SUFFIX


def _locale(page, request):
    code = (
        page.locale.language_code if page is not None else getattr(request, "LANGUAGE_CODE", None)
    )
    try:
        return content_locale(code=code)
    except UnknownLocale:
        return content_locale()


def organizer(*, request, locale):
    """The organiser as schema.org data, with the site's home page and contacts."""
    site = default_site(request=request)
    home = site_home(site=site, locale=locale)
    return seo.organization(request=request, home=home, contacts=contacts(site=site))


def head_locale(*, page, request):
    """The ContentLocale a page's head is written in (the page's, else the request's)."""
    return _locale(page, request)


def page_head(*, page, request, the_organizer=None):
    """The PageHead of `page` (None: a page outside the tree, such as search).
    `the_organizer`: `organizer()`'s answer when the caller keeps it (the site's shell)."""
    locale = _locale(page, request)
    if the_organizer is None:
        the_organizer = organizer(request=request, locale=locale)
    json_ld = [{"@context": SCHEMA, **the_organizer}]
    if page is None or not page.pk:
        title = settings.WAGTAIL_SITE_NAME
        sharing = seo.sharing_tags(page=None, request=request, title=title)
        return PageHead(
            page_title="", description="", canonical=None, sharing=sharing, json_ld=json_ld
        )
    translations = translations_of(pages=[page]).get(page.translation_key, [])
    alternates = [(t.locale.language_code, t.get_full_url(request)) for t in translations]
    title = page.seo_title or page.title
    sharing = seo.sharing_tags(
        page=page,
        request=request,
        title=title,
        alternate_languages=[code for code, _ in alternates],
    )
    extra = page_json_ld(page=page, request=request, locale=locale, organizer=the_organizer)
    return PageHead(
        page_title=title,
        description=page.search_description,
        canonical=page.get_full_url(request),
        alternates=alternates,
        sharing=sharing,
        image=share_image_object(page=page),
        json_ld=json_ld + ([extra] if extra else []),
        translations=translations,
    )
