"""Outages degrade, they do not take the site down: real faults, not mocks.

Redis is the project's own cache configuration (config.settings.base.redis_cache) pointed at
a port where nothing listens ("refused") or at a socket that accepts and never answers
("silent", a hung Redis); PostgreSQL is production settings pointed at a silent socket. Each
request runs under `fail_if_hung`: without the timeouts it would wait forever, and the guard
turns that into a failure. No test measures how long a request takes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import override_settings

from config.settings.base import redis_cache
from core.breaker import reset_breakers
from tests.config.outages import fail_if_hung, refused_port, silent_server

ROOT = Path(__file__).resolve().parents[2]
CLUBS = {"query": "{ clubs { title } }"}
SECRET = "outage-test-key-" + "k" * 50


@pytest.fixture(autouse=True)
def closed_breakers():
    """Each test meets the servers as they are, not as an earlier test left the breakers."""
    reset_breakers()
    yield
    reset_breakers()


@pytest.fixture(params=["refused", "silent"])
def broken_redis(request):
    """The default cache is the project's Redis cache at an unreachable or hung server."""
    with silent_server() as silent_port:
        port = refused_port() if request.param == "refused" else silent_port
        with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{port}/0")}):
            yield caches["default"]
            caches["default"].close()


def post_graphql(client, body):
    return client.post("/graphql/", json.dumps(body), content_type="application/json")


@pytest.mark.django_db
def test_page_answers_from_the_database_while_redis_is_down(client, home, broken_redis):
    with fail_if_hung():
        response = client.get(home.url)
    assert response.status_code == 200
    assert home.title in response.content.decode()


@pytest.mark.django_db
def test_hung_redis_is_waited_for_once_not_at_every_cache_call(client, home):
    """After one timed-out call Redis is skipped for a while (core/breaker.py): two page
    views and a GraphQL request open one connection to the hung server, where each of
    their ~30 cache calls used to open one and wait its timeout."""
    accepted = []
    with silent_server(accepted) as port:
        with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{port}/0")}):
            with fail_if_hung():
                pages = [client.get(home.url), client.get(home.url)]
                api = post_graphql(client, CLUBS)
            caches["default"].close()
        assert [r.status_code for r in [*pages, api]] == [200, 200, 200]
        assert len(accepted) == 1


@pytest.mark.django_db
def test_graphql_answers_uncached_while_redis_is_down(client, home, broken_redis):
    with fail_if_hung():
        first = post_graphql(client, CLUBS)
        second = post_graphql(client, CLUBS)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == {"data": {"clubs": []}}


@pytest.mark.django_db
def test_persisted_queries_fall_back_to_the_full_query_while_redis_is_down(
    client, home, broken_redis
):
    """The hash alone is unknown (nothing could be stored): the client's retry with the
    query answers."""
    import hashlib

    digest = hashlib.sha256(CLUBS["query"].encode()).hexdigest()
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    with fail_if_hung():
        by_hash = post_graphql(client, {"extensions": extensions})
        with_query = post_graphql(client, {**CLUBS, "extensions": extensions})
    assert by_hash.status_code == 200
    assert by_hash.json()["errors"][0]["message"] == "PersistedQueryNotFound"
    assert with_query.status_code == 200
    assert with_query.json() == {"data": {"clubs": []}}


@pytest.mark.django_db
def test_response_cache_is_bypassed_while_redis_is_down(rf, broken_redis):
    """No content version can be read: answers are neither looked up nor stored (an answer
    stored under an unknown version could be served after a publish)."""
    from api import cache as response_cache
    from config.schema import schema

    with fail_if_hung():
        key = response_cache.response_key(
            schema=schema,
            query=CLUBS["query"],
            variables=None,
            operation_name=None,
            request=rf.post("/graphql/"),
        )
        response_cache.store_response(key=key, body="{}")
        assert response_cache.cached_response(key=key) is None
    assert key is None


@pytest.mark.django_db
def test_health_answers_200_with_the_cache_degraded_while_redis_is_down(client, broken_redis):
    with fail_if_hung():
        response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok"
    assert body["cache"].startswith("degraded")


def manage_shell(code, **env):
    environment = {
        **{k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": SECRET,
        **env,
    }
    if "REDIS_URL" not in env:
        environment.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,  # a failure mechanism: without connect_timeout the check hangs forever
    )


def test_health_answers_503_when_postgresql_hangs():
    """Production settings with PostgreSQL at a server that accepts and never answers."""
    code = (
        "from django.test import Client;"
        "r = Client().get('/health/', secure=True);"
        "print(r.status_code, r.content.decode())"
    )
    with silent_server() as port:
        try:
            result = manage_shell(code, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/x")
        except subprocess.TimeoutExpired:
            pytest.fail("/health/ hung on a silent PostgreSQL: no connect timeout")
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "503", result.stderr
    assert json.loads(body) == {"database": "failed: OperationalError", "cache": "ok"}


def test_page_fails_fast_with_the_static_500_page_when_postgresql_hangs():
    """A page cannot be served without the database: after the connect timeout it answers
    the static 500 page (site/templates/500.html), rather than holding the worker."""
    code = (
        "from django.test import Client;"
        "r = Client(raise_request_exception=False).get('/en/', secure=True);"
        "print(r.status_code, r.content.decode())"
    )
    with silent_server() as port:
        try:
            result = manage_shell(code, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/x")
        except subprocess.TimeoutExpired:
            pytest.fail("a page hung on a silent PostgreSQL: no connect timeout")
    status, body = result.stdout.strip().split(" ", 1)
    assert status == "500", result.stderr
    assert "Something went wrong" in body
    assert "OperationalError" not in body and "127.0.0.1" not in body


def test_production_bounds_postgresql_connections_and_statements():
    code = (
        "from django.conf import settings as s;"
        "import json; print(json.dumps(s.DATABASES['default']['OPTIONS']))"
    )
    result = manage_shell(code, DATABASE_URL="postgres://postgres@127.0.0.1:5432/test")
    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout)
    assert options["connect_timeout"] == 3
    assert options["options"].split() == [
        "-c",
        "jit=off",
        "-c",
        "random_page_cost=1.1",
        "-c",
        "cpu_tuple_cost=0.03",
        "-c",
        "statement_timeout=30000",
    ]


def test_production_redis_cache_times_out_fast_and_ignores_outages():
    code = (
        "from django.conf import settings as s;"
        "import json; print(json.dumps(s.CACHES['default']['OPTIONS']))"
    )
    result = manage_shell(code, REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    options = json.loads(result.stdout)
    assert options["SOCKET_CONNECT_TIMEOUT"] <= 0.5
    assert options["SOCKET_TIMEOUT"] <= 0.5
    assert options["IGNORE_EXCEPTIONS"] is True
