"""Internal error text (database errors, connection strings) never reaches a client: it gets
"Internal error" and a request id, the log gets the details under the same id."""

import base64
import logging
import re

import pytest

from tests.factories import (
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
)

tiny = pytest.mark.urls("tests.api.urls")

# Database or driver wording that must stay in the log: SQLite says "datatype mismatch" or
# "date value out of range", PostgreSQL "bigint out of range" or "... NUL (0x00) bytes".
LEAKS = re.compile(
    r"bigint|datatype mismatch|out of range|NUL \(0x00\)|PostgreSQL|SQLite|sqlite3|psycopg"
    r"|Traceback|secret|postgres://|redis://"
)
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
# A cursor past the 64-bit range: the offset reaches the database.
HUGE_CURSOR = base64.b64encode(b"arrayconnection:" + b"9" * 22).decode()
HUGE_OFFSET = '{ speakers(after: "' + HUGE_CURSOR + '") { edges { node { title } } } }'


def assert_internal_error(response, error):
    assert error["message"] == "Internal error"
    assert error["extensions"] == {
        "code": "INTERNAL_ERROR",
        "requestId": response["X-Request-ID"],
    }


def assert_no_leak(response):
    body = response.content.decode()
    assert not LEAKS.search(body), body
    assert REQUEST_ID.match(response["X-Request-ID"])


@pytest.fixture
def speakers(home):
    forum = ForumIndexPageFactory(parent=home)
    index = SpeakerIndexPageFactory(parent=forum)
    return [SpeakerPageFactory(parent=index, title=name) for name in ("Anna", "Boris")]


def test_database_error_is_generic_for_the_client_and_logged_in_full(gql, speakers, caplog):
    # An offset past the 64-bit range reaches the database: SQLite answers "datatype
    # mismatch", PostgreSQL "bigint out of range".
    with caplog.at_level(logging.ERROR, logger="api.views"):
        response = gql.post(HUGE_OFFSET)
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None  # speakers is non-null
    (error,) = body["errors"]
    assert error["path"] == ["speakers"]
    assert_internal_error(response, error)
    assert_no_leak(response)
    (record,) = [r for r in caplog.records if r.name == "api.views"]
    assert response["X-Request-ID"] in record.getMessage()
    assert record.exc_info is not None
    assert re.search("datatype mismatch|bigint out of range", str(record.exc_info[1]))


@pytest.mark.parametrize(
    "query",
    [
        '{ speaker(slug: "a\\u0000b") { title } }',
        '{ page(path: "/a\\u0000b/") { title } }',
        '{ entries(nomination: "a\\u0000b") { edges { node { title } } } }',
        '{ changes(since: "0001-01-01T00:00:00+14:00") { until } }',
        '{ changes(since: "9999-12-31T23:59:59-14:00") { until } }',
        '{ news(after: "' + HUGE_CURSOR + '") { edges { node { title } } } }',
        '{ search(query: "a\\u0000b") { totalCount } }',
        '{ autocomplete(prefix: "a\\u0000") { title } }',
    ],
)
def test_hostile_arguments_never_leak_internal_text(gql, speakers, query):
    # Which of these fail depends on the database (PostgreSQL refuses NUL characters,
    # SQLite dates before year 1): every error they cause must be the generic one.
    response = gql.post(query)
    assert response.status_code == 200
    assert_no_leak(response)
    for error in response.json().get("errors", []):
        assert_internal_error(response, error)


def test_real_database_errors_happen_on_every_backend(gql, speakers):
    """At least two of the hostile inputs above fail on either database, so the test above
    checks real internal errors, not only answers without errors."""
    from django.db import connection

    queries = [
        HUGE_OFFSET,
        '{ speaker(slug: "a\\u0000b") { title } }'
        if connection.vendor == "postgresql"
        else '{ changes(since: "0001-01-01T00:00:00+14:00") { until } }',
    ]
    for query in queries:
        response = gql.post(query)
        (error,) = response.json()["errors"]
        assert_internal_error(response, error)


def test_deliberate_errors_keep_their_message(gql, speakers):
    response = gql.post("{ page { title } speakers(first: -1) { totalCount } }")
    messages = {e["path"][0]: e["message"] for e in response.json()["errors"]}
    assert messages == {
        "page": "Give `page` either a `path` or an `id`.",
        "speakers": "`first` must be between 0 and 100, got -1.",
    }
    assert REQUEST_ID.match(response["X-Request-ID"])


@tiny
def test_unexpected_resolver_exception_is_generic(gql, caplog):
    with caplog.at_level(logging.ERROR, logger="api.views"):
        response = gql.post("{ boom item { name } }")
    body = response.json()
    assert body["data"] == {"boom": None, "item": {"name": "a"}}
    (error,) = body["errors"]
    assert error["path"] == ["boom"]
    assert_internal_error(response, error)
    (record,) = [r for r in caplog.records if r.name == "api.views"]
    assert response["X-Request-ID"] in record.getMessage()
    assert str(record.exc_info[1]) == "boom"


@tiny
def test_exception_escaping_execution_is_generic(gql, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("could not connect to postgres://app:secret@db.internal/app")

    monkeypatch.setattr("api.views.execute", broken)
    with caplog.at_level(logging.ERROR, logger="api.views"):
        response = gql.post("{ item { name } }")
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert_internal_error(response, error)
    assert_no_leak(response)
    (record,) = [r for r in caplog.records if r.name == "api.views"]
    assert response["X-Request-ID"] in record.getMessage()
    assert "secret@db.internal" in str(record.exc_info[1])


def test_failure_outside_execution_is_a_generic_json_500(gql, monkeypatch, caplog):
    def cache_down(*, key):
        raise ConnectionError("Error connecting to redis://:secret@cache.internal:6379/0")

    monkeypatch.setattr("api.views.cache.cached_response", cache_down)
    with caplog.at_level(logging.ERROR, logger="api.views"):
        response = gql.get("{ __typename }")
    assert response.status_code == 500
    assert response["Cache-Control"] == "no-store"
    (error,) = response.json()["errors"]
    assert_internal_error(response, error)
    assert_no_leak(response)
    (record,) = [r for r in caplog.records if r.name == "api.views"]
    assert response["X-Request-ID"] in record.getMessage()


def test_every_answer_has_a_request_id(gql, client):
    ids = {
        gql.get("{ __typename }")["X-Request-ID"],
        gql.post("{ nope }")["X-Request-ID"],
        client.post("/graphql/", "{", content_type="application/json")["X-Request-ID"],
    }
    assert len(ids) == 3
    assert all(REQUEST_ID.match(value) for value in ids)


# The visitor search page and its suggestions (search/views.py)

SEARCH_URLS = [
    "/en/search/?q=mara%00thon",
    "/en/search/?q=%00",
    "/en/search/?q=marathon%00&type=news%00&forum_year=20%0023&prize_year=%00&page=%00",
    "/en/search/?q=marathon%ED%A0%80",  # an encoded lone surrogate: invalid UTF-8
    "/ru/search/?q=%D0%B0%00%ED%B0%80",
    "/en/search/suggest/?q=mara%00",
    "/en/search/suggest/?q=%ED%A0%80mara",
    "/ru/search/suggest/?q=%00",
]


@pytest.mark.parametrize("url", SEARCH_URLS)
def test_search_views_survive_nul_and_surrogates(client, home, url):
    news = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=news, title="Marathon", slug="marathon")
    response = client.get(url)
    assert response.status_code == 200
    assert_no_leak_in_page(response)
    if "/suggest/" in url:
        assert set(response.json()) == {"results"}


def assert_no_leak_in_page(response):
    text = response.content.decode()
    assert "PostgreSQL text fields" not in text
    assert "Traceback" not in text
