"""Health check for load balancers: the database answers and the cache round-trips.

The database is required: without it nothing can be served, so its failure answers 503 and
takes this server out of the pool. The cache is not: while Redis is down or hung, pages and
the API answer from the database (slower, uncached), so its failure answers 200 with
"cache": "degraded: <error>" for monitoring to alert on (docs/deploy.md "Outages").
"""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone()[0] == 1


def check_cache():
    key, value = "health-check", uuid.uuid4().hex
    if hasattr(cache, "client") and hasattr(cache.client, "get_client"):
        # django-redis ignores outages (IGNORE_EXCEPTIONS): ask Redis itself, so that the
        # error is seen and named.
        redis = cache.client.get_client(write=True)
        redis.set(key, value, ex=10)
        return redis.get(key) == value.encode()
    cache.set(key, value, timeout=10)
    return cache.get(key) == value


# name -> (check, what its failure means: "failed" answers 503, "degraded" still 200)
CHECKS = {"database": (check_database, "failed"), "cache": (check_cache, "degraded")}


@never_cache
def health(request):
    """200 {"database": "ok", "cache": "ok"}; 200 with "cache": "degraded..." while the
    cache is unreachable; 503 with "database": "failed..." while the database is."""
    results, healthy = {}, True
    for name, (check, failure) in CHECKS.items():
        try:
            results[name] = "ok" if check() else failure
        except Exception as error:  # any failure of a backing service fails its check
            results[name] = f"{failure}: {type(error).__name__}"
        healthy = healthy and (results[name] == "ok" or failure == "degraded")
    return JsonResponse(results, status=200 if healthy else 503)
