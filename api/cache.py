"""Caching of query responses: Django's cache on the server, ETag/Cache-Control for HTTP.

Every cache key includes a "content version": a random token in the cache, replaced whenever
published content changes (publish, unpublish, move, delete; translatable snippets; images).
Old entries are never looked up again and expire on their own; a publish is visible in the
next request. The token is random rather than a counter so an evicted version key cannot
bring back old entries."""

import hashlib
import json
import uuid
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_vary_headers

VERSION_KEY = "graphql:content-version"
UNCACHEABLE = "_graphql_uncacheable"


def content_version():
    """The current content version token (created on first use)."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_content_version():
    """Invalidate every cached response, now and again when the transaction commits (so a
    request running between the two cannot cache data from before the commit)."""

    def bump():
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)

    bump()
    transaction.on_commit(bump)


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
    """The cache key of one operation's response."""
    parts = [
        content_version(),
        schema_digest(schema),
        query_hash(query=query),
        json.dumps(variables or {}, sort_keys=True, separators=(",", ":")),
        operation_name or "",
        request_language(request=request),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"graphql:response:{digest}"


def cached_response(*, key):
    """The cached JSON body for `key`, or None."""
    return cache.get(key)


def store_response(*, key, body):
    cache.set(key, body, timeout=settings.GRAPHQL_RESPONSE_CACHE_SECONDS)


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
        "Cache-Control": f"public, max-age={settings.GRAPHQL_HTTP_MAX_AGE}",
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


def _on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_content_version()


def connect_invalidation_signals():
    """Bump the content version whenever published content changes."""
    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from forum.models import Room, Theme
    from pages.models import FooterText

    uid = "api.cache.invalidate"
    page_published.connect(_on_content_change, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_on_content_change, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_on_content_change, dispatch_uid=f"{uid}.moved")
    post_delete.connect(_on_delete, dispatch_uid=f"{uid}.page_deleted")
    for model in (Theme, Room, FooterText, get_image_model()):
        label = model._meta.label_lower
        post_save.connect(_on_content_change, sender=model, dispatch_uid=f"{uid}.{label}.saved")
        post_delete.connect(_on_content_change, sender=model, dispatch_uid=f"{uid}.{label}.deleted")
