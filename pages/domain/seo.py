"""What search engines and social networks read: schema.org JSON-LD and sharing tags.

Functions return plain dicts; the template tags in `pages/templatetags/seo_tags.py` render them.
"""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.models import Site

from core.visibility import is_public_file

SCHEMA = "https://schema.org"
DEFAULT_IMAGE = "img/og-default.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
SHARE_RENDITION = "fill-1200x630"
# Open Graph wants language_TERRITORY; the site writes British English.
OG_LOCALES = {"en": "en_GB", "ru": "ru_RU"}
ALTERNATE_NAMES = ["#WEARETOGETHER", "#МЫВМЕСТЕ"]


def to_json_ld(data):
    """JSON for a <script type="application/ld+json"> element: no '<', '>' or '&' can end it."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def absolute(*, request, url):
    """An absolute URL on the same host as the pages' canonical URLs."""
    if not url or url.startswith(("http://", "https://")):
        return url
    site = Site.find_for_request(request) if request is not None else None
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/") + url


def share_image(*, page, request):
    """(absolute URL, width, height, alt) of the page's picture, or of the default card."""
    image = None
    for name in ("image", "photo", "hero_image"):
        image = getattr(page, name, None) if page is not None else None
        if image is not None:
            break
    if image is not None and not is_public_file(image):
        image = None  # in a private collection
    if image is None:
        width, height = DEFAULT_IMAGE_SIZE
        return absolute(request=request, url=static(DEFAULT_IMAGE)), width, height, ""
    rendition = image.get_rendition(SHARE_RENDITION)
    alt = getattr(image, "default_alt_text", "") or image.title
    return absolute(request=request, url=rendition.url), rendition.width, rendition.height, alt


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


def _place(*, edition, room=None):
    name = ", ".join(part for part in [room.name if room else "", edition.venue] if part)
    return {
        "@type": "Place",
        "name": name or edition.city,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": edition.city,
            "addressCountry": "RU",
        },
    }


def _iso(value):
    return timezone.localtime(value).isoformat()


def person(*, speaker, request):
    """A speaker as a schema.org Person."""
    data = {
        "@type": "Person",
        "@id": f"{speaker.get_full_url(request)}#person",
        "name": speaker.title,
        "url": speaker.get_full_url(request),
    }
    if speaker.position:
        data["jobTitle"] = speaker.position
    if speaker.organisation:
        data["worksFor"] = {"@type": "Organization", "name": speaker.organisation}
    if speaker.country:
        data["nationality"] = {"@type": "Country", "name": speaker.country}
    if speaker.photo_id:
        data["image"] = share_image(page=speaker, request=request)[0]
    description = page_description(page=speaker)
    if description:
        data["description"] = description
    return data


def speaker_person(*, speaker, sessions, request):
    """A speaker's page: the Person and the sessions they take part in."""
    data = {"@context": SCHEMA, **person(speaker=speaker, request=request)}
    data["performerIn"] = [
        {
            "@type": "Event",
            "name": session.title,
            "url": session.get_full_url(request),
            "startDate": _iso(session.starts_at),
        }
        for session in sessions
    ]
    return data


def edition_event(*, edition, request, organizer):
    """A forum edition as a schema.org Event. The edition has days, not hours, so its
    dates are ISO 8601 calendar dates; its sessions carry times with the Moscow offset."""
    url = edition.get_full_url(request) or ""
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "@id": f"{url}#event",
        "name": edition.title,
        "url": url,
        "startDate": edition.start_date.isoformat(),
        "endDate": edition.end_date.isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": _place(edition=edition),
        "organizer": organizer,
        "image": [share_image(page=edition, request=request)[0]],
        "inLanguage": edition.locale.language_code,
    }
    description = page_description(page=edition)
    if description:
        data["description"] = description
    return data


def session_event(*, session, speakers, request, organizer):
    """A session as a schema.org Event within its edition; `speakers` are (role, page)."""
    edition = session.get_parent().specific
    edition_url = edition.get_full_url(request) or ""
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "@id": f"{session.get_full_url(request)}#event",
        "name": session.title,
        "url": session.get_full_url(request),
        "startDate": _iso(session.starts_at),
        "endDate": _iso(session.ends_at),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": _place(edition=edition, room=session.room.localized if session.room else None),
        "organizer": organizer,
        "performer": [person(speaker=speaker, request=request) for _, speaker in speakers],
        "superEvent": {"@type": "Event", "@id": f"{edition_url}#event", "name": edition.title},
        "inLanguage": session.language.split("-"),
        "image": [share_image(page=edition, request=request)[0]],
    }
    if session.theme:
        data["about"] = session.theme.localized.name
    description = page_description(page=session)
    if description:
        data["description"] = description
    return data
