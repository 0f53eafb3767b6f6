"""Health check for load balancers: the database answers and the cache round-trips."""

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
    cache.set(key, value, timeout=10)
    return cache.get(key) == value


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
def health(request):
    """200 {"database": "ok", "cache": "ok"}, or 503 naming what failed."""
    results = {}
    for name, check in CHECKS.items():
        try:
            results[name] = "ok" if check() else "failed"
        except Exception as error:  # any failure of a backing service is a failed check
            results[name] = f"failed: {type(error).__name__}"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(results, status=200 if healthy else 503)
