"""Fuzzing with Hypothesis: random and hostile requests to /graphql/, the search page and the
search suggestions never get a 5xx, and every JSON answer is well-formed.

Derandomized (the same examples on every run, in CI too) and bounded by max_examples so that
the module runs in a few seconds. Each request's wall and CPU time are recorded and the
number of examples and the worst times are printed at the end of the run (not asserted: a
shared CI machine makes times noisy; `make bench` holds the performance figures)."""

import json
import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCHEMA = (Path(__file__).resolve().parents[2] / "schema.graphql").read_text()
FIELDS = sorted(set(re.findall(r"^\s+(\w+)\s*[(:]", SCHEMA, re.MULTILINE)))
TYPES = sorted(set(re.findall(r"^(?:type|enum|input|interface|union)\s+(\w+)", SCHEMA, re.M)))

FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text: any code point, lone surrogates and NUL included.
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
CHARS = st.one_of(st.characters(codec=None), SURROGATES, st.just("\x00"))
TEXT = st.text(CHARS, max_size=40)

TOKENS = ["{", "}", "(", ")", ":", "$", "...", "@", '"', "\\", "[", "]", ",", "!", "=", "#"]
WORDS = [
    "query",
    "mutation",
    "subscription",
    "fragment",
    "on",
    "true",
    "false",
    "null",
    "__typename",
    "__schema",
    "__type",
    "include",
    "skip",
    "if",
]
GRAPHQL_TOKEN = st.one_of(
    st.sampled_from(TOKENS),
    st.sampled_from(WORDS),
    st.sampled_from(FIELDS),
    st.sampled_from(TYPES),
    st.integers(-(2**70), 2**70).map(str),
    st.text(CHARS, max_size=5).map(lambda s: json.dumps(s, ensure_ascii=False)),
    TEXT,
)
GRAPHQL = st.lists(GRAPHQL_TOKEN, max_size=60).flatmap(
    lambda tokens: st.sampled_from([" ", "", "\n"]).map(lambda sep: sep.join(tokens))
)

JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.one_of(TEXT, st.sampled_from(["query", "first", "id"])), children, max_size=4
        )
    ),
    max_leaves=15,
)
OPERATION = st.fixed_dictionaries(
    {},
    optional={
        "query": st.one_of(GRAPHQL, JSON_VALUE),
        "variables": st.one_of(JSON_VALUE, st.dictionaries(TEXT, JSON_VALUE, max_size=3)),
        "operationName": st.one_of(st.none(), TEXT, st.sampled_from(WORDS)),
        "extensions": st.one_of(
            JSON_VALUE,
            st.fixed_dictionaries(
                {
                    "persistedQuery": st.fixed_dictionaries(
                        {"version": st.one_of(st.just(1), JSON_VALUE), "sha256Hash": TEXT}
                    )
                }
            ),
        ),
    },
)


def encode(text):
    """UTF-8, lone surrogates passed through as they are (invalid UTF-8 on purpose)."""
    return text.encode("utf-8", "surrogatepass")


BODY = st.one_of(
    st.binary(max_size=200),
    TEXT.map(encode),
    GRAPHQL.map(encode),
    JSON_VALUE.map(lambda v: json.dumps(v).encode()),
    OPERATION.map(lambda v: json.dumps(v).encode()),
    st.lists(OPERATION, max_size=7).map(lambda v: json.dumps(v).encode()),
    OPERATION.map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
)
CONTENT_TYPE = st.one_of(
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-8",
            "application/graphql",
            "application/graphql+json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "",
        ]
    ),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
)
HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=40)
ACCEPT_LANGUAGE = st.one_of(st.sampled_from(["en", "ru", "ru-RU,ru;q=0.9", "*", "xx"]), HEADER_TEXT)
ACCEPT = st.one_of(
    st.sampled_from(["application/json", "text/html", "*/*", "text/html;q=0.1"]), HEADER_TEXT
)


def query_string(params):
    """A raw query string: lone surrogates become invalid percent-encoded UTF-8."""
    return "&".join(f"{quote(encode(k))}={quote(encode(v))}" for k, v in params)


# name -> {"count", "first": (wall, cpu), "worst": (wall, cpu, input)}, printed at the end by
# tests/api/conftest.py. The first request of each test is reported apart: it pays for
# one-time work (imports, template compilation, translations).
TIMES = {}


def timed(name, send, given):
    """The response of `send()`, its times recorded under `name`."""
    wall, cpu = time.perf_counter(), time.thread_time()
    response = send()
    wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
    record = TIMES.setdefault(name, {"count": 0, "first": (wall, cpu), "worst": (0, 0, "")})
    if record["count"] and cpu > record["worst"][1]:
        record["worst"] = (wall, cpu, repr(given)[:120])
    record["count"] += 1
    return response


def assert_sound(response):
    assert response.status_code < 500, response.content[:500]
    if response.get("Content-Type", "").startswith("application/json"):
        return json.loads(response.content.decode("utf-8"))
    return None


def assert_graphql_body(body):
    if body is None:
        return
    answers = body if isinstance(body, list) else [body]
    for answer in answers:
        assert isinstance(answer, dict)
        assert set(answer) & {"data", "errors"}, answer
        assert isinstance(answer.get("errors", []), list)


@pytest.fixture
def anonymous(site_tree):
    return Client()


@FUZZ
@given(body=BODY, content_type=CONTENT_TYPE, language=ACCEPT_LANGUAGE, accept=ACCEPT)
def test_graphql_post_never_fails(anonymous, body, content_type, language, accept):
    response = timed(
        "graphql POST",
        lambda: anonymous.generic(
            "POST",
            "/graphql/",
            body,
            content_type=content_type,
            headers={"accept-language": language, "accept": accept},
        ),
        body,
    )
    assert_graphql_body(assert_sound(response))


GRAPHQL_PARAMS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(["query", "variables", "operationName", "extensions"]), TEXT),
        st.one_of(GRAPHQL, TEXT, JSON_VALUE.map(json.dumps)),
    ),
    max_size=4,
)


@FUZZ
@given(params=GRAPHQL_PARAMS, language=ACCEPT_LANGUAGE, accept=ACCEPT)
def test_graphql_get_never_fails(anonymous, params, language, accept):
    response = timed(
        "graphql GET",
        lambda: anonymous.get(
            "/graphql/",
            QUERY_STRING=query_string(params),
            headers={"accept-language": language, "accept": accept},
        ),
        params,
    )
    body = assert_sound(response)
    if response["Content-Type"].startswith("application/json"):
        assert_graphql_body(body)


SEARCH_VALUE = st.one_of(
    TEXT,
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(["news", "forum", "prize", "club", "session", "speaker", "0", "last", ""]),
)
SEARCH_PARAMS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(["q", "type", "page", "forum_year", "prize_year"]), TEXT),
        SEARCH_VALUE,
    ),
    max_size=6,
)
LANGUAGE_PREFIX = st.sampled_from(["en", "ru"])


@settings(FUZZ, max_examples=150)  # renders the whole page: the slowest
@given(prefix=LANGUAGE_PREFIX, params=SEARCH_PARAMS, language=ACCEPT_LANGUAGE)
def test_search_page_never_fails(anonymous, prefix, params, language):
    response = timed(
        "search page",
        lambda: anonymous.get(
            f"/{prefix}/search/",
            QUERY_STRING=query_string(params),
            headers={"accept-language": language},
        ),
        params,
    )
    assert_sound(response)


@FUZZ
@given(prefix=LANGUAGE_PREFIX, params=SEARCH_PARAMS, language=ACCEPT_LANGUAGE)
def test_search_suggestions_never_fail(anonymous, prefix, params, language):
    response = timed(
        "search suggest",
        lambda: anonymous.get(
            f"/{prefix}/search/suggest/",
            QUERY_STRING=query_string(params),
            headers={"accept-language": language},
        ),
        params,
    )
    body = assert_sound(response)
    if response.status_code == 200:
        assert body is not None  # suggestions always answer JSON
