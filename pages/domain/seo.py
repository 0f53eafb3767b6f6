"""What search engines and social networks read about the site: sharing tags (Open Graph,
Twitter) and the organiser as schema.org JSON-LD. Functions return plain data; the template
tags in `pages/templatetags/seo_tags.py` render them. The forum's events and people are in
forum/domain/json_ld.py."""

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext

from core.structured_data import (
    DEFAULT_IMAGE,
    absolute,
    page_description,
    share_image,
)

# Open Graph wants language_TERRITORY; the site writes British English.
OG_LOCALES = {"en": "en_GB", "ru": "ru_RU"}
ALTERNATE_NAMES = ["#WEARETOGETHER", "#МЫВМЕСТЕ"]


def og_type(*, page):
    model = page.specific_class.__name__ if page is not None else ""
    return {"NewsArticlePage": "article", "SpeakerPage": "profile"}.get(model, "website")


def sharing_tags(*, page, request, title, alternate_languages=()):
    """Open Graph and Twitter card properties as (attribute, name, content) triples."""
    url = page.get_full_url(request) if page is not None and page.pk else None
    url = url or absolute(request=request, url=request.path if request is not None else "/")
    description = page_description(page=page)
    image, width, height, alt = share_image(page=page, request=request)
    language = (page.locale.language_code if page is not None else None) or (
        request.LANGUAGE_CODE if request is not None else settings.LANGUAGE_CODE
    )
    tags = [
        ("property", "og:site_name", settings.WAGTAIL_SITE_NAME),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:type", og_type(page=page)),
        ("property", "og:image", image),
        ("property", "og:image:width", str(width)),
        ("property", "og:image:height", str(height)),
        ("property", "og:image:alt", alt or title),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
    ]
    tags += [
        ("property", "og:locale:alternate", OG_LOCALES.get(code, code))
        for code in alternate_languages
        if code != language
    ]
    if og_type(page=page) == "article":
        tags.append(("property", "article:published_time", page.specific.date.isoformat()))
    tags += [
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image),
        ("name", "twitter:image:alt", alt or title),
    ]
    return [(attr, name, content) for attr, name, content in tags if content]


def organization(*, request, home=None, contacts=None):
    """The organiser of the forum and the prize."""
    url = home.get_full_url(request) if home is not None else absolute(request=request, url="/")
    data = {
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": "#" + gettext("WEARETOGETHER"),
        "alternateName": ALTERNATE_NAMES,
        "url": url,
        "logo": absolute(request=request, url=static(DEFAULT_IMAGE)),
    }
    if contacts is not None:
        if contacts.email:
            data["email"] = contacts.email
        same_as = [link for link in (contacts.telegram, contacts.vk) if link]
        if same_as:
            data["sameAs"] = same_as
    return data
