"""GraphQL GET cache hits answered before the session, locale, CSRF and auth middleware.

A response the view caches (api/cache.py) is also kept under a "hit key" that does not
contain the content version, together with the version it was built under and its ETag.
`CachedGraphQLMiddleware` fetches the current version, the next scheduled change and that
entry in one cache round trip (get_many) and answers when the entry's version is current: no
session lookup, no hashing of the body. Anything else (a miss, a stale version, a due
scheduled change, persisted-query extensions, a GraphiQL page, a cache outage) goes down the
normal path, which keeps every rule of api/cache.py."""

import json
import time
import uuid
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import reverse
from django.utils.cache import patch_vary_headers

from api.cache import NEXT_CHANGE_KEY, VERSION_KEY, hit_key, request_language, schema_digest


@memoize
def _graphql_path():
    return reverse("graphql")


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
    found = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY, key])
    if not found:
        return None
    version, next_change, entry = found.get(VERSION_KEY), found.get(NEXT_CHANGE_KEY), found.get(key)
    if version is None or entry is None or entry[0] != version:
        return None
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
