"""The production cache: django-redis against the real Redis on 127.0.0.1:6379 (db 14)."""

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings

REDIS_URL = "redis://127.0.0.1:6379/14"
REDIS_CACHE = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}


@pytest.fixture
def redis_db():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    client.flushdb()
    yield client
    client.flushdb()


@override_settings(CACHES=REDIS_CACHE)
def test_redis_cache_round_trip_stores_in_redis(redis_db):
    cache = caches["default"]
    cache.set("programme:2023:en", {"sessions": 300, "title": "Форум"}, timeout=60)

    assert cache.get("programme:2023:en") == {"sessions": 300, "title": "Форум"}
    assert any(b"programme:2023:en" in key for key in redis_db.keys("*"))
    assert 0 < redis_db.ttl(next(iter(redis_db.keys("*programme*")))) <= 60


@override_settings(CACHES=REDIS_CACHE)
def test_redis_cache_incr_and_delete_shared_by_workers(redis_db):
    """Counters (e.g. a content version bumped on publish) are atomic in Redis."""
    cache = caches["default"]
    cache.set("content-version", 1)
    cache.incr("content-version")
    assert cache.get("content-version") == 2
    cache.delete("content-version")
    assert cache.get("content-version") is None


@pytest.mark.django_db
def test_anonymous_requests_leave_only_expiring_keys_in_redis(redis_db, client, home):
    """What clients can put in Redis expires: cached answers within the response-cache
    lifetime, persisted queries within GRAPHQL_PERSISTED_QUERY_SECONDS. Only three fixed
    keys (versions, next scheduled change) live on; allkeys-lru may evict them: they are
    rebuilt."""
    import hashlib
    import json

    from config.settings.base import redis_cache

    queries = [f"{{ clubs {{ title }} q{n}: clubs {{ slug }} }}" for n in range(5)]
    with override_settings(CACHES={"default": redis_cache(REDIS_URL)}):
        for query in queries:
            digest = hashlib.sha256(query.encode()).hexdigest()
            extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})
            response = client.get("/graphql/", {"query": query, "extensions": extensions})
            assert response.status_code == 200
        caches["default"].close()
    ttls = {key: redis_db.ttl(key) for key in redis_db.keys("*")}
    expiring = [t for t in ttls.values() if t > 0]
    forever = [key for key, t in ttls.items() if t == -1]
    assert len(expiring) >= 2 * len(queries)  # an answer and a persisted query each
    assert max(expiring) <= 7 * 24 * 3600
    fixed = (b"graphql:content-version", b"graphql:next-change", b"core:visibility-version")
    assert all(key.endswith(fixed) for key in forever), forever


def test_serve_prod_bounds_redis_memory_and_evicts():
    """`make serve-prod` sets the memory policy the deploy guide asks for."""
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    serve_prod = makefile.split("\nserve-prod:")[1].split("\n\n")[0]
    assert "CONFIG SET maxmemory 256mb" in serve_prod
    assert "CONFIG SET maxmemory-policy allkeys-lru" in serve_prod
