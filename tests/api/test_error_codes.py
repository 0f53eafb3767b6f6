"""Every GraphQL error carries `extensions.code` and no internal text: a table of bad inputs
through the HTTP endpoint (api/errors.py)."""

import json

import pytest

from tests.factories import (
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    moscow,
)

# Words that would betray internals: file paths, exception names, libraries.
INTERNAL = ("Traceback", ".py", "Exception", "django", "psycopg", "sqlite", "wagtail", "graphene")

DEEP = "{ forums " + "{ sessions { speakers { speaker " * 4 + "{ name }" + " } } }" * 4 + " }"

BAD_INPUTS = [
    # (name, query, variables, expected code)
    ("syntax", "{ forums { title ", None, "GRAPHQL_PARSE_FAILED"),
    ("unknown field", "{ forums { nope } }", None, "GRAPHQL_VALIDATION_FAILED"),
    ("unknown locale", "{ forums(locale: DE) { title } }", None, "GRAPHQL_VALIDATION_FAILED"),
    (
        "unknown locale in a variable",
        "query($l: Locale) { forums(locale: $l) { title } }",
        {"l": "de"},
        "GRAPHQL_VALIDATION_FAILED",
    ),
    (
        "unknown enum",
        "{ entries(status: NOPE) { totalCount } }",
        None,
        "GRAPHQL_VALIDATION_FAILED",
    ),
    (
        "string for an enum",
        '{ entries(worldRegion: "cis") { totalCount } }',
        None,
        "GRAPHQL_VALIDATION_FAILED",
    ),
    ("bad cursor", '{ speakers(after: "zzz") { totalCount } }', None, "INVALID_CURSOR"),
    (
        "bad page size",
        "query($n: Int) { speakers(first: $n) { totalCount } }",
        {"n": -1},
        None,  # a limit rule or the resolver: either has a code
    ),
    ("page size over the limit", "{ speakers(first: 1000) { totalCount } }", None, None),
    (
        "bad changes cursor",
        '{ changes(since: "2020-01-01T00:00:00+00:00", first: 5, after: "!!") { until } }',
        None,
        "INVALID_CURSOR",
    ),
    (
        "bad image width",
        "{ speakers { edges { node { photo { rendition(width: 333) { url } } } } } }",
        None,
        "IMAGE_SIZE_NOT_ALLOWED",
    ),
    ("country name", '{ entries(country: "Russia") { totalCount } }', None, "UNKNOWN_COUNTRY"),
    ("region name", '{ entries(region: "Perm Krai") { totalCount } }', None, "UNKNOWN_REGION"),
    ("unknown page type", '{ routes(types: ["Nope"]) { totalCount } }', None, "UNKNOWN_PAGE_TYPE"),
    ("page without path or id", "{ page { title } }", None, "BAD_USER_INPUT"),
    ("search too long", '{ search(query: "%s") { totalCount } }' % ("x" * 300), None, None),
    ("ambiguous slug", '{ session(slug: "opening") { title } }', None, "AMBIGUOUS_SLUG"),
    ("preview token", '{ preview(token: "forged") { title } }', None, "PREVIEW_TOKEN_INVALID"),
    (
        "too many aliases",
        "{ " + " ".join(f"a{i}: forums {{ title }}" for i in range(40)) + " }",
        None,
        None,
    ),
    (
        "too deep",
        DEEP,
        None,
        None,
    ),
]


@pytest.fixture
def content(home):
    """Two editions with a session of the same slug, a speaker with a photo, an entry."""
    forum = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=forum)
    anna = SpeakerPageFactory(parent=speakers, title="Anna", photo=ImageFactory())
    for year in (2022, 2023):
        edition = ForumEditionPageFactory(parent=forum, year=year)
        SessionPageFactory(
            parent=edition,
            slug="opening",
            starts_at=moscow(year, 12, 3, 10),
            speakers=[anna] if year == 2023 else [],
        )
    return anna


def errors_of(response):
    body = json.loads(response.content)
    assert "errors" in body, body
    return body["errors"]


@pytest.mark.parametrize(("name", "query", "variables", "code"), BAD_INPUTS)
def test_error_codes_every_bad_input_has_a_code(gql, content, name, query, variables, code):
    errors = errors_of(gql.post(query, variables=variables or {}))
    for error in errors:
        assert error.get("extensions", {}).get("code"), (name, error)
        assert not any(word in error["message"] for word in INTERNAL), (name, error)
    if code is not None:
        assert code in {e["extensions"]["code"] for e in errors}, (name, errors)


@pytest.mark.parametrize(
    ("request_kwargs", "code"),
    [
        ({"data": "{not json", "content_type": "application/json"}, "BAD_REQUEST"),
        ({"data": "[]", "content_type": "application/json"}, "BAD_REQUEST"),
        ({"data": json.dumps({"query": 5}), "content_type": "application/json"}, "BAD_REQUEST"),
    ],
)
def test_error_codes_http_errors_have_a_code(client, db, request_kwargs, code):
    response = client.post("/graphql/", **request_kwargs)
    assert response.status_code == 400
    assert [e["extensions"]["code"] for e in errors_of(response)] == [code]


def test_error_codes_method_not_allowed(client, db):
    response = client.put("/graphql/", "{}", content_type="application/json")
    assert response.status_code == 405
    assert errors_of(response)[0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


def test_error_codes_entry_filters_accept_codes_in_any_case(gql, home):
    EntryPageFactory(parent=home, country_code="KZ", region_code="")
    body = json.loads(gql.post('{ entries(country: "kz") { totalCount } }').content)
    assert body == {"data": {"entries": {"totalCount": 1}}}
