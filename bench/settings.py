"""Production settings with the REST API v2 baseline mounted (bench/urls.py)."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
