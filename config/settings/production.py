"""Production: everything from the environment; refuses to start without a secret key.

Stack: N gunicorn app servers behind a load balancer, PostgreSQL (DATABASE_URL), Redis
(REDIS_URL), media on S3 (AWS_STORAGE_BUCKET_NAME), optional OpenSearch (OPENSEARCH_URL) and a
purgeable CDN / front-end cache. See docs/deploy.md.
"""

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS, SECRET_KEY, STORAGES, env, env_bool, env_list

if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set in production.")

DEBUG = False

# Static files: hashed, compressed names served by whitenoise (collectstatic into var/static).
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
WHITENOISE_MAX_AGE = int(env("WHITENOISE_MAX_AGE", "3600"))

# Database: persistent connections checked before reuse (PgBouncer-friendly when set to 0).
DATABASES["default"]["CONN_MAX_AGE"] = int(env("DATABASE_CONN_MAX_AGE", "600"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A hung server fails fast instead of holding the worker until gunicorn kills it: the
    # connection is given up after connect_timeout seconds (/health/ then answers 503), and
    # PostgreSQL cancels any statement running longer than statement_timeout (ms; 0 = none,
    # e.g. for a long `migrate`). docs/deploy.md "Outages".
    # Short OLTP queries: PostgreSQL's JIT compiler costs more than it saves (it added ~0.5 s
    # to the programme query when table statistics were stale; docs/performance.md).
    # random_page_cost 1.1 (PostgreSQL's default 4 assumes spinning disks): on SSD storage
    # the planner then walks indexes for list queries instead of hashing whole tables (the
    # news list: 5.5 -> 1.1 ms). cpu_tuple_cost 0.03 (default 0.01): with the data in memory,
    # reading a row costs more against an index probe than the default says; at 0.01 the
    # 100 entries joined all 20 000 entry rows by hash (25 ms) instead of probing the
    # 1 015 candidates' keys (9 ms; docs/performance.md).
    statement_timeout = int(env("DATABASE_STATEMENT_TIMEOUT_MS", "30000"))
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=int(env("DATABASE_CONNECT_TIMEOUT", "3")),
        options=(
            "-c jit=off -c random_page_cost=1.1 -c cpu_tuple_cost=0.03"
            f" -c statement_timeout={statement_timeout}"
        ),
    )

# HTTPS behind a TLS-terminating load balancer.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(env("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

# Documents are private by default: always streamed through the app's /documents/ view
# (permission and privacy checks), never handed out as a public storage URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Media on S3-compatible storage: originals and renditions in the bucket, public via a CDN.
if env("AWS_STORAGE_BUCKET_NAME"):
    # S3Storage with short timeouts and a circuit breaker: an outage degrades (core/media.py).
    STORAGES["default"] = {"BACKEND": "core.media.ResilientS3Storage"}
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", "us-east-1")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")  # the CDN in front of the bucket
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}

# GraphiQL (the in-browser IDE on /graphql/) only when asked for.
GRAPHQL_GRAPHIQL = env_bool("GRAPHQL_GRAPHIQL", False)


def media_origins():
    """Where image URLs point when media are on S3: the CDN, else the endpoint or AWS
    (path-style and virtual-hosted bucket URLs both); none for local media ('self')."""
    bucket = env("AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return []
    if env("AWS_S3_CUSTOM_DOMAIN"):
        return [f"https://{env('AWS_S3_CUSTOM_DOMAIN')}"]
    if env("AWS_S3_ENDPOINT_URL"):
        endpoint = urlsplit(env("AWS_S3_ENDPOINT_URL"))
        return [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{bucket}.{endpoint.netloc}",
        ]
    region = env("AWS_S3_REGION_NAME", "us-east-1")
    return [f"https://{bucket}.s3.amazonaws.com", f"https://{bucket}.s3.{region}.amazonaws.com"]


# Content-Security-Policy (django-csp) on every response of the site. Inline scripts need
# the request's nonce (request.csp_nonce); the site has none today (JSON-LD blocks are data).
# Excluded: the Wagtail admin and /django-admin/, whose own templates use inline scripts and
# styles (a policy allowing 'unsafe-inline' there would add little), which stay behind login,
# X-Frame-Options and the admin's own escaping; and /graphql/ while GraphiQL is on (CDN
# scripts and an inline script; its JSON answers need no CSP). Embedded videos (EmbedBlock)
# are frames from the providers in CSP_FRAME_SOURCES.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [
        "/admin/",
        "/django-admin/",
        *(["/graphql/"] if GRAPHQL_GRAPHIQL else []),
    ],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media_origins()],
        "frame-src": [
            SELF,
            *env_list(
                "CSP_FRAME_SOURCES",
                "https://www.youtube.com,https://www.youtube-nocookie.com,"
                "https://player.vimeo.com,https://vk.com,https://vkvideo.ru",
            ),
        ],
        "frame-ancestors": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
    },
}

# Search: the database backend unless an OpenSearch cluster is configured.
if env("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [env("OPENSEARCH_URL")],
            "INDEX": env("OPENSEARCH_INDEX", "wetogether"),
            "TIMEOUT": 5,
        }
    }

# Front-end cache (CDN or HTTP proxy) purged when a page is published or unpublished.
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
if env("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    }
elif env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
