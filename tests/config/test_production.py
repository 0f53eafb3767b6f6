"""Production settings: the deploy checklist passes, and nothing starts without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x9-production-test-key-" + "k" * 48


def manage(*args, **env):
    # A production process never runs with the browser tests' async-safety switch.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_clean_with_secret_key():
    result = manage("check", "--deploy", "--fail-level", "WARNING", DJANGO_SECRET_KEY=SECRET)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.production"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set in production" in result.stderr


def test_production_serves_documents_through_the_app_and_static_with_hashed_names():
    code = (
        "from django.conf import settings as s;"
        "print(s.WAGTAILDOCS_SERVE_METHOD);"
        "print(s.STORAGES['staticfiles']['BACKEND'])"
    )
    result = manage("shell", "--no-imports", "-c", code, DJANGO_SECRET_KEY=SECRET)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "serve_view",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


@pytest.mark.django_db
def test_public_page_get_sets_no_cookie(home):
    """Anonymous GETs of public pages must stay cacheable by a CDN: no Set-Cookie."""
    response = Client().get(home.url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
