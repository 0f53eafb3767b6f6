"""Shared pieces of structured data (schema.org JSON-LD) and link previews: safe JSON for a
<script> element, absolute URLs, the picture and the description of a page. Each app builds
its own JSON-LD from these (pages/domain/seo.py, forum/domain/json_ld.py)."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Site

from core.images import media_url
from core.media import rendition_or_none
from core.visibility import is_public_file

SCHEMA = "https://schema.org"
DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
SHARE_RENDITION = "fill-1200x630"


def to_json_ld(data):
    """JSON for a <script type="application/ld+json"> element: no '<', '>' or '&' can end it."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_ld_script(data):
    """A <script type="application/ld+json"> element holding `data`."""
    return mark_safe(f'<script type="application/ld+json">{to_json_ld(data)}</script>')  # noqa: S308


def absolute(*, request, url):
    """An absolute URL on the same host as the pages' canonical URLs."""
    if not url or url.startswith(("http://", "https://")):
        return url
    site = Site.find_for_request(request) if request is not None else None
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/") + url


def share_image_object(*, page):
    """The page's own picture (image, photo or hero image) when public, else None."""
    image = None
    for name in ("image", "photo", "hero_image"):
        image = getattr(page, name, None) if page is not None else None
        if image is not None:
            break
    if image is not None and not is_public_file(image):
        return None  # in a private collection
    return image


def share_image(*, page, request):
    """(absolute URL, width, height, alt) of the page's picture, or of the default card."""
    image = share_image_object(page=page)
    renditions = rendition_or_none(image, SHARE_RENDITION) if image is not None else None
    if renditions is None:  # no picture, or the media store is down: the default card
        width, height = DEFAULT_IMAGE_SIZE
        return absolute(request=request, url=static(DEFAULT_IMAGE)), width, height, ""
    rendition = renditions[SHARE_RENDITION]
    alt = getattr(image, "default_alt_text", "") or image.title
    # Media served from elsewhere (MEDIA_BASE_URL) are shared from there too.
    if getattr(settings, "MEDIA_BASE_URL", ""):
        url = media_url(rendition.url, request=request)
    else:
        url = absolute(request=request, url=rendition.url)
    return url, rendition.width, rendition.height, alt


def page_description(*, page, length=200):
    """The search description, else the page's own summary or introduction, as plain text."""
    if page is None:
        return ""
    text = page.search_description
    for name in ("summary", "introduction", "hero_text", "biography", "description"):
        if text:
            break
        text = getattr(page, name, "") or ""
    return Truncator(" ".join(strip_tags(str(text)).split())).chars(length)


_json_ld_builders = {}


def register_json_ld(model, builder):
    """An app's JSON-LD for its page type: `builder(*, page, request, locale, organizer)`
    returns a schema.org dict (with its @context) or None."""
    _json_ld_builders[model] = builder


def page_json_ld(*, page, request, locale, organizer):
    """The JSON-LD the page type's app registered for `page`, or None."""
    builder = _json_ld_builders.get(type(page)) if page is not None else None
    if builder is None:
        return None
    return builder(page=page, request=request, locale=locale, organizer=organizer)


_page_head = {}


def register_page_head(builder):
    """The site's <head> builder, `builder(*, page, request)` returning an object with
    page_title, title, description, canonical, alternates, sharing, image and json_ld
    (pages/domain/head.py): the API's `seo` asks it, so it says what the HTML says."""
    _page_head["builder"] = builder


def page_head(*, page, request):
    """The registered <head> of `page`, or None when no app registered a builder."""
    builder = _page_head.get("builder")
    return builder(page=page, request=request) if builder is not None else None
