"""Local development: debug on, embedded defaults (SQLite, local memory cache, local media)."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", "dev-only-insecure-key-change-me")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Webhooks to a receiver on this machine (e.g. `next dev` on localhost:3000).
WEBHOOKS_ALLOW_LOOPBACK = env_bool("WEBHOOKS_ALLOW_LOOPBACK", True)
