"""Full-page cache of the visitor site's HTML for anonymous GETs.

Entries carry the content version of api/cache.py, so they are purged by the one rule that
invalidates the API's answers (publish, unpublish, move, delete, view restrictions, images,
registered snippets, scheduled changes) and are looked up with the version and the next
scheduled change in one cache round trip. Only 200 HTML answers with no query string, to
visitors without a session or messages cookie, that set no cookie, do not vary on Cookie,
did not use a CSRF token and are not private are kept (Vary: Cookie is accepted only from
reading the empty session of a visitor without one: the key already requires that);
admin, API and file paths never are. The key holds the host, the path (with its /en/ or
/ru/ prefix) and the language cookie.

Each process also keeps the pages it served last in memory (PAGE_CACHE_MEMORY_BYTES at
most). A hit on such a page fetches only the content version and the next scheduled change
(a few bytes) instead of the page, and serves the memory copy when it was stored under that
version and has not outlived its lifetime: a publish is seen by every process on its next
request."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from api.cache import NEXT_CHANGE_KEY, VERSION_KEY, content_version, lifetime
from api.memory import by_position

PREFIX = "page:html:"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/graphql/", "/api/", "/static/", "/media/")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Content-Security-Policy", "Link")


# The last pages served, by key: (version, expires at, headers, body).
local_pages = by_position(version=0, body=3)


def _local_copy(key, version):
    """This process's copy of the page, if it was stored under `version` and is not past
    its lifetime (a stale copy is dropped)."""
    entry = local_pages.get(key)
    if entry is not None and (entry[0] != version or time.time() >= entry[1]):
        local_pages.drop(key)
        return None
    return entry


def _key(request):
    """The page's cache key, or None when this request must not use the cache."""
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return None
    path = request.path_info
    if path.startswith(SKIPPED_PREFIXES) or "HTTP_AUTHORIZATION" in request.META:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    language = cookies.get(settings.LANGUAGE_COOKIE_NAME, "")
    raw = f"{request.get_host()}\n{path}\n{language}"
    return PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _cacheable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and ("cookie" not in response.get("Vary", "").lower() or _anonymous_session(request))
        # A path without a language prefix answers in the browser's language: not kept.
        and "accept-language" not in response.get("Vary", "").lower()
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "_page_cache_skip", False)
    )


def _anonymous_session(request):
    """Vary: Cookie came from reading an empty session (a template asking whether the
    visitor is logged in): the request had no session cookie, which the key requires, and
    nothing was stored in it, so every visitor without one gets this page."""
    session = getattr(request, "session", None)
    return session is None or (session.session_key is None and not session.modified)


def _lookup(key):
    """The cached answer for `key` under the current content version, or None. One round
    trip to the cache: the version and the next change, plus the page unless this process
    holds a copy (which is checked against that version)."""
    known = key in local_pages
    found = cache.get_many(
        [VERSION_KEY, NEXT_CHANGE_KEY] if known else [VERSION_KEY, NEXT_CHANGE_KEY, key]
    )
    if not found:
        return None
    version, next_change = found.get(VERSION_KEY), found.get(NEXT_CHANGE_KEY)
    if version is None or next_change is None or next_change["version"] != version:
        return None
    if next_change["at"] is not None and time.time() >= next_change["at"]:
        return None  # a scheduled change is due: the normal path starts a new version
    local = _local_copy(key, version) if known else None
    if local is not None:
        headers, body = local[2], local[3]
    else:
        if known:  # the copy is stale: the shared entry may be newer
            found = cache.get_many([key]) or {}
        entry = found.get(key)
        if entry is None or entry[0] != version:
            return None
        _, headers, body = entry
        local_pages.put(
            key,
            (version, _expiry(next_change), headers, body),
            limit=settings.PAGE_CACHE_MEMORY_BYTES,
        )
    response = HttpResponse(body)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


def _expiry(next_change):
    """Until when a copy taken from the shared cache may be served from memory: the
    configured lifetime, cut to the next scheduled change."""
    expires = time.time() + settings.PAGE_CACHE_SECONDS
    return expires if next_change["at"] is None else min(expires, next_change["at"])


def skip(request):
    """Keep this request's page out of the cache (a view showing per-visitor content)."""
    request._page_cache_skip = True


class PageCacheMiddleware:
    """Placed before SessionMiddleware (config/settings/base.py), after the GraphQL one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request) if settings.PAGE_CACHE_SECONDS else None
        if key is not None:
            response = _lookup(key)
            if response is not None:
                return response
        version = content_version() if key is not None else None
        response = self.get_response(request)
        if version is not None and _cacheable(request, response):
            headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
            timeout = lifetime(settings.PAGE_CACHE_SECONDS)
            cache.set(key, (version, headers, response.content), timeout=timeout)
            local_pages.put(
                key,
                (version, time.time() + timeout, headers, response.content),
                limit=settings.PAGE_CACHE_MEMORY_BYTES,
            )
        return response
