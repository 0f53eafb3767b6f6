"""Tests: fast hashing, in-memory email, a throwaway media folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="wetogether-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tests own their cache: local memory, cleared before each test (tests/conftest.py); the Redis
# tests switch to a dedicated Redis database themselves.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Webhooks: deliveries in-process (tests that use the Redis queue set it themselves), and
# loopback refused as in production (tests of a local receiver allow it themselves).
WEBHOOKS_REDIS_URL = None
WEBHOOKS_ALLOW_PRIVATE = False
WEBHOOKS_ALLOW_LOOPBACK = False
# The full-page cache is off in tests except its own (tests/api/test_pagecache.py): other
# tests change what a page shows without publishing (site settings, fixtures).
PAGE_CACHE_SECONDS = 0
# The same for the site shell's per-version cache (api/versioned.py), on in its own tests.
SITE_CHROME_CACHE_SECONDS = 0
# PostgreSQL: no wait for the WAL flush at each commit (the live-server tests and the test
# database's migrations commit thousands of times; a lost commit on a crash costs nothing here).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = (_options.get("options", "") + " -c synchronous_commit=off").strip()
