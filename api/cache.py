"""Caching of query responses: Django's cache on the server, ETag/Cache-Control for HTTP.

Every cache key includes a "content version": a random token in the cache, replaced whenever
what the public sees may change: publish, unpublish (by hand or by the scheduler), move,
delete, a view restriction added, changed or removed on a page or a collection, a registered
snippet or an image saved (core/registry.py). Old entries are never looked up again and
expire on their own; a change is visible in the next request. The token is random rather
than a counter so an evicted version key cannot bring back old entries.

Changes that happen by themselves (a live page reaching its `expire_at`, a scheduled
publish) bound every answer's lifetime: the version records the next such moment
(core.visibility.next_visibility_change), no answer is kept past it, and the first request
after it starts a new version."""

import hashlib
import json
import threading
import time
import uuid
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_vary_headers

from core.images import media_base_url
from core.registry import is_content_snippet
from core.visibility import next_visibility_change

VERSION_KEY = "graphql:content-version"
NEXT_CHANGE_KEY = "graphql:next-change"
UNCACHEABLE = "_graphql_uncacheable"
HIT_PREFIX = "graphql:hit:"


_request = threading.local()  # this thread's request: whether one runs, what it read


def start_request(**kwargs):
    """A request began (request_started): the version is read afresh, once."""
    _request.active, _request.state = True, None


def finish_request(**kwargs):
    """A request ended (request_finished): outside requests, read the version at each use."""
    _request.active, _request.state = False, None


def _remember(version, next_change):
    if getattr(_request, "active", False):
        _request.state = (version, next_change)


def seed_request(*, version, next_change):
    """What api/fasthits.py read at the start of this request (one round trip fewer), unless
    it needs the normal path's care: no version yet, or a scheduled change due."""
    if version is not None and not _due(version, next_change):
        _remember(version, next_change)


def _due(version, next_change):
    return (
        next_change is not None
        and next_change["version"] == version
        and next_change["at"] is not None
        and time.time() >= next_change["at"]
    )


def _version_state():
    """(content version, next scheduled change record or None): one round trip, once per
    request (a response is keyed, stored and tagged under the version its request began
    with); (None, None) while the cache is unreachable."""
    state = getattr(_request, "state", None)
    if state is not None:
        return state
    found = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY])
    if found is None:
        return None, None
    version, next_change = found.get(VERSION_KEY), found.get(NEXT_CHANGE_KEY)
    due = _due(version, next_change)
    if version is None or due:
        if due:
            cache.delete(VERSION_KEY)
        # An atomic add, so that concurrent requests agree on one version.
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version, next_change = cache.get(VERSION_KEY), None
    if version is not None:
        _remember(version, next_change)
    return version, next_change


def content_version():
    """The current content version token; a new one once a scheduled change is due. None
    while the cache is unreachable (django-redis answers get_many with None when it ignores
    an outage): then responses are neither looked up nor stored. Read once per request."""
    return _version_state()[0]


def seconds_to_next_change():
    """Seconds until content changes by itself, or None when nothing is scheduled; looked
    up once per content version."""
    version, next_change = _version_state()
    if version is None:  # the cache is unreachable: ask the database every time
        moment = next_visibility_change()
        return None if moment is None else max(0.0, moment.timestamp() - time.time())
    if next_change is None or next_change["version"] != version:
        moment = next_visibility_change()
        next_change = {"version": version, "at": moment.timestamp() if moment else None}
        cache.set(NEXT_CHANGE_KEY, next_change, timeout=None)
        _remember(version, next_change)
    if next_change["at"] is None:
        return None
    return max(0.0, next_change["at"] - time.time())


def bump_content_version():
    """Invalidate every cached response, now and again when the transaction commits (so a
    request running between the two cannot cache data from before the commit)."""

    def bump():
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, timeout=None)
        if getattr(_request, "state", None) is not None:
            _remember(version, None)

    bump()
    transaction.on_commit(bump)


def lifetime(configured):
    """`configured` seconds, cut to the next scheduled change (at least 1 second)."""
    remaining = seconds_to_next_change()
    if remaining is None:
        return configured
    return max(1, min(configured, int(remaining)))


def request_language(*, request):
    """The language the API answers in when a query names none: the same rule as
    api.locales (language cookie, then Accept-Language, then the default)."""
    code = translation.get_language_from_request(request, check_path=False)
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@memoize
def schema_digest(schema):
    """Short hash of the schema's SDL: a deploy that changes the schema starts afresh."""
    return hashlib.sha256(str(schema).encode()).hexdigest()[:16]


def query_hash(*, query):
    return hashlib.sha256(query.encode("utf-8", "surrogatepass")).hexdigest()


def response_key(*, schema, query, variables, operation_name, request):
    """The cache key of one operation's response; None while the cache is unreachable (an
    answer stored under an unknown version could outlive a publish)."""
    version = content_version()
    if version is None:
        return None
    parts = [
        version,
        schema_digest(schema),
        query_hash(query=query),
        json.dumps(variables or {}, sort_keys=True, separators=(",", ":")),
        operation_name or "",
        request_language(request=request),
        # Image URLs are absolute: on the request's own origin unless MEDIA_BASE_URL is set.
        media_base_url(request=request),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"graphql:response:{digest}"


def hit_key(*, digest, query, variables, operation_name, language):
    """The version-free key of one operation's answer."""
    parts = [
        digest,
        hashlib.sha256(query.encode("utf-8", "surrogatepass")).hexdigest(),
        json.dumps(variables or {}, sort_keys=True, separators=(",", ":")),
        operation_name or "",
        language,
    ]
    return HIT_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def hit_entry(*, version, body, etag):
    """What the middleware keeps of an answer (str): the version it was built under."""
    return (version, etag, body.encode())


def operation_hit_key(*, schema, query, variables, operation_name, request):
    """The version-free key api/fasthits.py looks answers up by."""
    return hit_key(
        digest=schema_digest(schema),
        query=query,
        variables=variables,
        operation_name=operation_name,
        language=request_language(request=request),
    )


def cached_response(*, key):
    """The cached JSON body for `key`, or None."""
    return None if key is None else cache.get(key)


def store_response(*, key, body, hit=None):
    """Keep `body` for the next identical request; answers over
    GRAPHQL_RESPONSE_CACHE_MAX_BYTES are not kept (each distinct query an anonymous client
    sends would otherwise take that much memory in Redis). `hit`: the operation's
    version-free key (api/fasthits.py), under which the body is also kept with its ETag and
    version for GETs answered before the session middleware."""
    if key is not None and len(body) <= settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES:
        timeout = lifetime(settings.GRAPHQL_RESPONSE_CACHE_SECONDS)
        entries = {key: body}
        if hit is not None:
            entries[hit] = hit_entry(version=content_version(), body=body, etag=etag(body=body))
        cache.set_many(entries, timeout=timeout)  # one round trip


def mark_uncacheable(*, request):
    """Keep this request's response out of every cache (resolvers of private data)."""
    if request is not None:
        setattr(request, UNCACHEABLE, True)


def is_uncacheable(*, request):
    return getattr(request, UNCACHEABLE, False)


def etag(*, body):
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'


def apply_http_caching(*, request, response, cacheable):
    """Public, short-lived caching with an ETag for successful GETs; no-store otherwise.
    Returns a 304 when the client's If-None-Match matches."""
    if not (cacheable and request.method == "GET" and response.status_code == 200):
        response["Cache-Control"] = "no-store"
        return response
    tag = etag(body=response.content.decode())
    headers = {
        "ETag": tag,
        "Cache-Control": f"public, max-age={lifetime(settings.GRAPHQL_HTTP_MAX_AGE)}",
    }
    if_none_match = request.headers.get("If-None-Match", "")
    candidates = {value.strip().removeprefix("W/") for value in if_none_match.split(",")}
    if tag in candidates or "*" in candidates:
        response = HttpResponseNotModified()
    for name, value in headers.items():
        response[name] = value
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def _on_content_change(sender, **kwargs):
    bump_content_version()


def _on_model_change(sender, instance, **kwargs):
    """Pages (deleted), view restrictions, images and registered snippets."""
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

    watched = (Page, get_image_model(), PageViewRestriction, CollectionViewRestriction)
    if (isinstance(instance, watched) or is_content_snippet(sender)) and not (
        isinstance(instance, Page) and kwargs.get("signal") is post_save
    ):
        bump_content_version()


def connect_invalidation_signals():
    """Bump the content version whenever what the public sees may change."""
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "api.cache.invalidate"
    page_published.connect(_on_content_change, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_on_content_change, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_on_content_change, dispatch_uid=f"{uid}.moved")
    post_save.connect(_on_model_change, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_on_model_change, dispatch_uid=f"{uid}.deleted")
