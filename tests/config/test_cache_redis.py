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
