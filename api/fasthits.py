"""GraphQL GET cache hits answered before the session, locale, CSRF and auth middleware.

A response the view caches (api/cache.py) is also kept under a "hit key" that does not
contain the content version, together with the version it was built under and its ETag.
`CachedGraphQLMiddleware` fetches the current version, the next scheduled change and that
entry in one cache round trip (get_many) and answers when the entry's version is current: no
session lookup, no hashing of the body. Anything else (a miss, a stale version, a due
scheduled change, persisted-query extensions, a GraphiQL page, a cache outage) goes down the
normal path, which keeps every rule of api/cache.py.

Each process also keeps the entries it served last in memory (`HitMemory`, at most
GRAPHQL_HIT_MEMORY_BYTES of bodies): for those, the round trip fetches only the version and
the next scheduled change, and the body is served as it is, neither read from the cache
(hundreds of kilobytes for a programme) nor unpickled. An entry in memory is served only
under the version it was built under, so a publish in any process retires it at once."""

import json
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_vary_headers

from api.cache import (
    NEXT_CHANGE_KEY,
    VERSION_KEY,
    hit_key,
    request_language,
    schema_digest,
    seed_request,
)
from api.memory import by_position

_path = []


def _graphql_path():
    """The path of the endpoint; None while the URLconf names none (tests' own URLconfs)."""
    if not _path:
        try:
            _path.append(reverse("graphql"))
        except NoReverseMatch:
            return None
    return _path[0]


def HitMemory():  # noqa: N802 - named as the kind of store it makes
    """This process's most recently served entries {hit key: (version, etag, body bytes)}."""
    return by_position(version=0, body=2)


memory = HitMemory()


def _schema_digest():
    from graphene_django.settings import graphene_settings

    return schema_digest(graphene_settings.SCHEMA)


def _request_key(request):
    """The hit key of a plain GET query, or None when the request is not one."""
    params = request.GET
    query = params.get("query")
    if not query or "extensions" in params:
        return None
    if settings.GRAPHQL_GRAPHIQL and "text/html" in request.headers.get("Accept", ""):
        return None  # GraphiQL's page, or its `raw` JSON: the view decides
    variables = params.get("variables") or None
    if variables is not None:
        try:
            variables = json.loads(variables) if variables.strip() else None
        except (ValueError, RecursionError):  # the view answers such input with a 400
            return None
        if variables is not None and not isinstance(variables, dict):
            return None
    operation_name = params.get("operationName") or None
    if operation_name == "null":
        operation_name = None
    return hit_key(
        digest=_schema_digest(),
        query=query,
        variables=variables,
        operation_name=operation_name,
        language=request_language(request=request),
    )


def cached_answer(request):
    """The response for a cache hit of this GET, or None."""
    key = _request_key(request)
    if key is None:
        return None
    limit = settings.GRAPHQL_HIT_MEMORY_BYTES
    entry = remembered = memory.get(key) if limit else None
    found = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY] + ([] if remembered else [key]))
    if not found:
        return None
    version, next_change = found.get(VERSION_KEY), found.get(NEXT_CHANGE_KEY)
    seed_request(version=version, next_change=next_change)  # the normal path reads no more
    if version is None:
        return None
    if entry is None or entry[0] != version:
        # Not in memory, or from an older version: the shared entry, if it is current.
        entry = found.get(key) if remembered is None else cache.get(key)
        if entry is None or entry[0] != version:
            return None
        if limit:
            memory.put(key, entry, limit=limit)
    if next_change is None or next_change["version"] != version:
        return None  # the normal path records the next scheduled change first
    max_age = settings.GRAPHQL_HTTP_MAX_AGE
    if next_change["at"] is not None:
        remaining = next_change["at"] - time.time()
        if remaining <= 0:
            return None  # due: the normal path starts a new version
        max_age = max(1, min(max_age, int(remaining)))
    _, etag, body = entry
    candidates = {
        value.strip().removeprefix("W/")
        for value in request.headers.get("If-None-Match", "").split(",")
    }
    if etag in candidates or "*" in candidates:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={max_age}"
    response["X-Request-ID"] = uuid.uuid4().hex
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


class CachedGraphQLMiddleware:
    """Placed before SessionMiddleware (config/settings/base.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "GET" and request.path_info == _graphql_path():
            response = cached_answer(request)
            if response is not None:
                return response
        return self.get_response(request)
