"""Settings shared by every environment, driven by environment variables."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    return env(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


SECRET_KEY = env("DJANGO_SECRET_KEY", "")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")

INSTALLED_APPS = [
    "core",
    "pages",
    "api",
    "forum",
    "prize",
    "applications",
    "search",
    "schedule",
    "webhooks",
    "bench",
    "django_rq",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "graphene_django",
    "axes",
    "corsheaders",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # GraphQL GET cache hits, answered before sessions, CSRF and auth (api/fasthits.py).
    "api.fasthits.CachedGraphQLMiddleware",
    # Anonymous visitors' HTML pages, purged with the API cache (api/pagecache.py).
    "api.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy: inert unless CONTENT_SECURITY_POLICY is set (production.py).
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Media-store outages: 503 for downloads and uploads, no caching of degraded pages.
    "core.media.MediaOutageMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Login throttling on every login form (Wagtail admin, /django-admin/) with django-axes: after
# AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair is locked
# out for AXES_COOLOFF_TIME hours. An administrator unlocks with `manage.py axes_reset_username
# <name>` (or axes_reset), or by deleting the access attempt in /django-admin/.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind the load balancer the client address is the last proxy's X-Forwarded-For entry.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0")) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache(location):
    """The Redis cache at `location`. An outage degrades, it does not take the site down:
    Redis answers in a millisecond, so short socket timeouts bound a hung server, and
    IGNORE_EXCEPTIONS turns a failed call into a miss (get -> default, set -> not stored,
    logged: DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS) in every caller, Wagtail's and Django's
    included; pages and the API then answer from the database. /health/ asks Redis itself
    and reports "degraded" (config/health.py). tests/config/test_outages.py runs it against
    real faults."""
    timeout = float(env("REDIS_TIMEOUT_SECONDS", "0.25"))
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            # After a failure Redis is skipped for REDIS_RETRY_AFTER_SECONDS: a hung server
            # costs one timeout per few seconds, not one per cache call (core/breaker.py).
            "CONNECTION_POOL_CLASS": "core.redis_breaker.BreakerConnectionPool",
            "SOCKET_CONNECT_TIMEOUT": timeout,
            "SOCKET_TIMEOUT": timeout,
            "IGNORE_EXCEPTIONS": True,
        },
    }


REDIS_RETRY_AFTER_SECONDS = float(env("REDIS_RETRY_AFTER_SECONDS", "10"))
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if env("REDIS_URL"):
    CACHES["default"] = redis_cache(env("REDIS_URL"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# Languages: adding a locale is a change here (plus its translations in the admin).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# "Translate this page" creates page translations as drafts: a translation goes live when its
# translator publishes it, never at once in the source language (README, "Translation").
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Moscow"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# The origin the API puts before relative media URLs (core/images.py), e.g.
# https://media.example.org; empty: the API request's own scheme and host. Media on S3/CDN
# have absolute URLs of their own (AWS_S3_CUSTOM_DOMAIN) and need no setting.
MEDIA_BASE_URL = env("MEDIA_BASE_URL", "")
# Media on S3 (production.py): per-call timeout, and how long the store is skipped after a
# failure (core/media.py).
MEDIA_STORAGE_TIMEOUT_SECONDS = float(env("MEDIA_STORAGE_TIMEOUT_SECONDS", "2"))
MEDIA_RETRY_AFTER_SECONDS = float(env("MEDIA_RETRY_AFTER_SECONDS", "30"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "#WEARETOGETHER"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# Search: one entry per language, chosen by locale (search/domain/query.py). Both share the
# database index (search/backends); README "Search" tells how to move to OpenSearch.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "english"},
    "ru": {"BACKEND": "search.backends", "SEARCH_CONFIG": "russian", "AUTO_UPDATE": False},
}
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Alt text is required in the admin (pages/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.image_forms.ImageForm"
WAGTAIL_MODERATION_ENABLED = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

GRAPHENE = {"SCHEMA": "config.schema.schema"}
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", "")
CORS_URLS_REGEX = r"^/graphql/.*$"
# GraphQL request limits (api/limits.py) and caching (api/cache.py).
GRAPHQL_MAX_DEPTH = 10
GRAPHQL_MAX_COST = 50_000
GRAPHQL_MAX_PAGE_SIZE = 100
GRAPHQL_DEFAULT_LIST_SIZE = 10
GRAPHQL_MAX_ALIASES = 30
GRAPHQL_MAX_BATCH = 5
GRAPHQL_MAX_QUERY_BYTES = 10_000
GRAPHQL_MAX_BODY_BYTES = 100_000
GRAPHQL_MAX_TOKENS = 2_000  # lexical tokens, counted while parsing
GRAPHQL_MAX_SELECTIONS = 300  # fields, fragments and spreads, counted before validation
# Visitor HTML full-page cache (api/pagecache.py), purged on every content change; 0: off.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
# The site shell (menu, home link, language switcher, footer, organiser JSON-LD) is built
# once per content version (api/versioned.py) and kept this long at most; 0: off.
SITE_CHROME_CACHE_SECONDS = int(env("SITE_CHROME_CACHE_SECONDS", "3600"))
GRAPHQL_HTTP_MAX_AGE = 60  # Cache-Control max-age of successful GET answers
GRAPHQL_RESPONSE_CACHE_SECONDS = 600  # server-side; invalidated on publish anyway
# Largest answer kept in the response cache: the demo's whole programme is ~0.25 MB, the
# benchmark's 300-session programme ~0.55 MB.
GRAPHQL_RESPONSE_CACHE_MAX_BYTES = 1024 * 1024
# Cache hits each worker also keeps in its own memory (api/fasthits.py), checked against the
# content version: a hit then reads a few bytes from Redis instead of the whole answer.
# With the visitor pages kept the same way (api/pagecache.py, PAGE_CACHE_MEMORY_BYTES), the
# two budgets are what a worker may hold beyond its ~175 MiB after loading: 8 MiB each keep
# its peak near 200 MiB (docs/performance.md) and still hold the busiest answers and pages.
GRAPHQL_HIT_MEMORY_BYTES = int(env("GRAPHQL_HIT_MEMORY_BYTES", str(8 * 1024 * 1024)))
PAGE_CACHE_MEMORY_BYTES = int(env("PAGE_CACHE_MEMORY_BYTES", str(8 * 1024 * 1024)))
# Persisted queries are at most GRAPHQL_MAX_QUERY_BYTES each; a client re-registers an
# expired one with its next request (Apollo's protocol).
GRAPHQL_PERSISTED_QUERY_SECONDS = 7 * 24 * 3600
GRAPHQL_PREVIEW_MAX_AGE = 3600  # lifetime of a draft preview token (api/preview.py)
# The frontend's preview route, e.g. https://www.example.org/api/preview?token={token}
GRAPHQL_PREVIEW_FRONTEND_URL = env("FRONTEND_PREVIEW_URL", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}

# GraphiQL, the in-browser IDE on GET /graphql/ from a browser: on in development and tests,
# off in production unless GRAPHQL_GRAPHIQL=1 (production.py); read per request (api/urls.py).
GRAPHQL_GRAPHIQL = env_bool("GRAPHQL_GRAPHIQL", True)
# Largest document an editor may upload (Wagtail checks it in the admin forms); images have
# WAGTAILIMAGES_MAX_UPLOAD_SIZE above.
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(env("WAGTAILDOCS_MAX_UPLOAD_MB", "20")) * 1024 * 1024

# Log each cache call that failed and was ignored (the Redis cache's IGNORE_EXCEPTIONS).
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Outgoing webhooks (webhooks/, README "Webhooks"). With REDIS_URL, deliveries run on the
# django-rq queue below (`manage.py rqworker webhooks --with-scheduler`, started by `make
# serve-prod`); without it, right after the publishing transaction commits, and retries wait
# for `manage.py webhooks deliver`. WEBHOOKS_REDIS_URL can name a Redis of its own for the queue
# (one that does not evict keys, unlike the cache's: docs/deploy.md).
WEBHOOKS_REDIS_URL = env("WEBHOOKS_REDIS_URL", env("REDIS_URL"))
WEBHOOKS_QUEUE = "webhooks"
RQ_QUEUES = {
    WEBHOOKS_QUEUE: {"URL": WEBHOOKS_REDIS_URL or "redis://127.0.0.1:6379/0", "DEFAULT_TIMEOUT": 60}
}
RQ_SHOW_ADMIN_LINK = False
WEBHOOKS_TIMEOUT_SECONDS = float(env("WEBHOOKS_TIMEOUT_SECONDS", "5"))
WEBHOOKS_MAX_ATTEMPTS = int(env("WEBHOOKS_MAX_ATTEMPTS", "8"))
# Retries: 30 s, 1, 2, 4... minutes (each time between half and all of it), at most 6 hours.
WEBHOOKS_RETRY_BASE_SECONDS = float(env("WEBHOOKS_RETRY_BASE_SECONDS", "30"))
WEBHOOKS_RETRY_MAX_SECONDS = float(env("WEBHOOKS_RETRY_MAX_SECONDS", str(6 * 3600)))
# Endpoints on private, loopback, link-local or reserved addresses are refused unless
# WEBHOOKS_ALLOW_PRIVATE; development allows loopback (dev.py).
WEBHOOKS_ALLOW_PRIVATE = env_bool("WEBHOOKS_ALLOW_PRIVATE", False)
WEBHOOKS_ALLOW_LOOPBACK = env_bool("WEBHOOKS_ALLOW_LOOPBACK", False)
