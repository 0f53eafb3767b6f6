import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from tests.factories import make_site_tree


def pytest_collection_modifyitems(config, items):
    """Tests on a live server flush the database between tests: mark them `live` so that
    `make test` runs them in their own session, after the rest."""
    for item in items:
        if "live_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.live)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (GraphQL responses, persisted queries)."""
    from django.core.cache import cache

    from core.visibility import forget_hidden_sections

    cache.clear()
    forget_hidden_sections()  # kept in memory by the previous test
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request served in Russian leaves Russian
    active in the worker's thread, which a test run after it would otherwise inherit."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield


@pytest.fixture
def site_tree(db):
    """(home_en, locale_ru): the default site's English home page and the Russian locale."""
    return make_site_tree()


@pytest.fixture
def home(site_tree):
    return site_tree[0]


@pytest.fixture
def locale_ru(site_tree):
    return site_tree[1]


@pytest.fixture
def graphql(db):
    """Run a query on the API schema, as a request with an optional Accept-Language:
    graphql(query, variables=None, language=None) -> ExecutionResult."""
    from django.test import RequestFactory

    from config.schema import schema

    def execute(query, variables=None, language=None):
        headers = {"HTTP_ACCEPT_LANGUAGE": language} if language else {}
        request = RequestFactory().post("/graphql/", **headers)
        return schema.execute(query, variable_values=variables, context_value=request)

    return execute


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """Start moto_server for the test session; skip if it cannot start."""
    executable = shutil.which("moto_server") or str(Path(sys.executable).parent / "moto_server")
    port = free_port()
    try:
        process = subprocess.Popen(
            [executable, "-H", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError as error:
        pytest.skip(f"moto_server cannot start: {error}")
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60  # a loaded machine starts it slowly
    while True:
        try:
            requests.get(endpoint, timeout=5)
            break
        except requests.RequestException:  # not listening yet, or not answering yet
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.skip("moto_server did not start answering within 60 s")
            time.sleep(0.2)
    yield endpoint
    process.terminate()
    process.wait(timeout=10)
