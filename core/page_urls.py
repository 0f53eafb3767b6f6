"""A page's URL as Wagtail's `Page.get_url(request)` gives it, without its per-page
`translation.override` and `reverse()`: lists of 300 sessions asked for 300 of each.

The site root paths come from the process's memory (core/sites.py); the language prefix
("/en/", "/ru/") is reversed once per language and the page's path below its site root is
appended, quoted as `reverse()` quotes it. A page under several sites or with a path the
`wagtail_serve` pattern would refuse is left to Wagtail."""

import re
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

_SERVED = re.compile(r"(?:[\w\-]+/)*")  # wagtail_serve's pattern, as reverse() checks it
_SAFE = "!$&'()*+,;=/~:@"  # what reverse() leaves unquoted: RFC 3986 sub-delims and "/~:@"
_prefixes = {}


def _prefix(language_code):
    key = (language_code, get_script_prefix(), get_urlconf(), settings.ROOT_URLCONF)
    if key not in _prefixes:
        with translation.override(language_code):
            _prefixes[key] = reverse("wagtail_serve", args=("",))
    return _prefixes[key]


def page_url(page, *, request=None):
    """`page.get_url(request=request)`: the path (or the full URL when the page belongs to
    another site than the request's), None when the page is not routable."""
    if type(page).get_url_parts is not Page.get_url_parts:
        return page.get_url(request=request)  # a page type with URLs of its own
    roots = Site.get_site_root_paths()
    found = [root for root in roots if page.url_path.startswith(root.root_path)]
    if not found:
        return None
    site_id, root_path, root_url, language_code = found[0]
    tail = page.url_path[len(root_path) :]
    if len({root.site_id for root in found}) > 1 or not _SERVED.fullmatch(tail):
        return page.get_url(request=request)
    active = translation.get_language()
    try:
        if get_supported_content_language_variant(active) == language_code:
            language_code = active
    except LookupError:
        pass
    path = _prefix(language_code) + quote(tail, safe=_SAFE)
    if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
        path = path.rstrip("/")
    site = Site.find_for_request(request) if request is not None else None
    if (site is not None and site.pk == site_id) or len({root.site_id for root in roots}) == 1:
        return path
    return root_url + path
