"""Hostile requests get a clear 4xx, never a 500: lone surrogates, deeply nested JSON,
documents built to make validation slow; and persisted queries answered from the cache."""

import hashlib
import json

import pytest
from django.test import override_settings
from graphql import get_introspection_query

tiny = pytest.mark.urls("tests.api.urls")

DEEP = "[" * 1000 + "]" * 1000


def post_raw(client, body):
    """POST `body` as it is, so JSON escapes such as \\ud800 reach json.loads."""
    return client.post("/graphql/", body, content_type="application/json")


def only_error(response):
    body = response.json()
    assert "data" not in body
    (error,) = body["errors"]
    return error


# Lone UTF-16 surrogates


@pytest.mark.parametrize(
    "body,name",
    [
        ('{"query": "{ __typename }", "operationName": "\\ud800"}', "operationName"),
        ('{"query": "{ __typename }", "operationName": "A\\udfff"}', "operationName"),
        ('{"query": "query A { __typename } # \\ud800", "operationName": "A"}', "query"),
        ('{"query": "{ __typename }", "variables": {"x": "\\udc00"}}', "variables"),
        ('{"query": "{ __typename }", "variables": {"\\ud800": 1}}', "variables"),
        ('{"query": "{ __typename }", "extensions": {"x": ["\\ud800"]}}', "extensions"),
    ],
)
def test_lone_surrogate_in_a_post_parameter_is_400(client, db, body, name):
    response = post_raw(client, body)
    assert response.status_code == 400
    assert only_error(response)["message"] == (
        f"'{name}' contains a lone UTF-16 surrogate: it is not valid Unicode."
    )


def test_lone_surrogate_in_a_batch_is_400(client, db):
    response = post_raw(client, '[{"query": "{ __typename }", "operationName": "\\ud800"}]')
    assert response.status_code == 400
    assert "'operationName' contains a lone UTF-16 surrogate" in only_error(response)["message"]


@pytest.mark.parametrize("name", ["variables", "extensions"])
def test_lone_surrogate_in_get_json_parameter_is_400(client, db, name):
    response = client.get("/graphql/", {"query": "{ __typename }", name: '{"x": "\\ud800"}'})
    assert response.status_code == 400
    assert only_error(response)["message"] == (
        f"'{name}' contains a lone UTF-16 surrogate: it is not valid Unicode."
    )


def test_encoded_surrogate_in_get_operation_name_is_not_500(client, db):
    # Django decodes the invalid UTF-8 of an encoded surrogate to U+FFFD.
    response = client.get("/graphql/?query=query+A+%7B+__typename+%7D&operationName=%ED%A0%80")
    assert response.status_code == 400
    assert only_error(response)["message"] == "Unknown operation named '\ufffd\ufffd\ufffd'."


@tiny
def test_surrogate_pair_is_valid_unicode(client, db):
    body = (
        '{"query": "query($t: String!) { echo(text: $t) }", "variables": {"t": "\\ud83d\\ude00"}}'
    )
    response = post_raw(client, body)
    assert response.status_code == 200
    assert response.json() == {"data": {"echo": "\U0001f600"}}


# Deeply nested JSON


@pytest.mark.parametrize(
    "body",
    [
        DEEP,
        '{"query": "{ __typename }", "variables": {"a": ' + DEEP + "}}",
        '{"query": "{ __typename }", "extensions": {"a": ' + DEEP + "}}",
        "[" + '{"query": "{ __typename }", "variables": {"a": ' + DEEP + "}}]",
    ],
)
def test_deeply_nested_json_body_is_400(client, db, body):
    response = post_raw(client, body)
    assert response.status_code == 400
    assert only_error(response)["message"] == (
        "Request body is nested too deeply (the maximum is 100 levels)."
    )


@pytest.mark.parametrize("name", ["variables", "extensions"])
@pytest.mark.parametrize("value", ['{"a": ' + DEEP + "}", '{"a": ' + "[" * 150 + "]" * 150 + "}"])
def test_deeply_nested_get_parameter_is_400(client, db, name, value):
    response = client.get("/graphql/", {"query": "{ __typename }", name: value})
    assert response.status_code == 400
    assert only_error(response)["message"] == (
        f"'{name}' is nested too deeply (the maximum is 100 levels)."
    )


@tiny
def test_moderately_nested_variables_are_accepted(gql):
    nested = {"a": json.loads("[" * 50 + "]" * 50)}
    response = gql.post("query($t: String!) { echo(text: $t) }", variables={"t": "x", **nested})
    assert response.json() == {"data": {"echo": "x"}}


# Persisted queries answered from the response cache

QUERY = "{ __typename }"
HASH = hashlib.sha256(QUERY.encode()).hexdigest()
APQ = {"persistedQuery": {"version": 1, "sha256Hash": HASH}}


@pytest.mark.parametrize("method", ["get", "post"])
def test_cache_hit_with_hash_registers_the_persisted_query(gql, method):
    assert gql.get(QUERY).status_code == 200  # now in the response cache
    registered = getattr(gql, method)(QUERY, extensions=APQ)  # answered from the cache
    assert registered.json() == {"data": {"__typename": "Query"}}
    response = gql.get(extensions=APQ)
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}


def test_cache_hit_with_wrong_hash_registers_nothing(gql):
    other = hashlib.sha256(b"{ nope }").hexdigest()
    wrong = {"persistedQuery": {"version": 1, "sha256Hash": other}}
    assert gql.get(QUERY).status_code == 200
    assert gql.get(QUERY, extensions=wrong).status_code == 400
    assert gql.get(extensions=wrong).json()["errors"][0]["message"] == "PersistedQueryNotFound"


# Validation work is bounded before validation

REPEATED_820 = "{" + "clubs{title}" * 820 + "}"
REPEATED_400 = "{" + "clubs{title}" * 400 + "}"
INLINE_300 = "{" + "...on Query{clubs{title}}" * 300 + "}"


def test_document_with_too_many_tokens_is_refused_before_validation(gql):
    assert len(REPEATED_820.encode()) < 10_000  # under the size limit
    response = gql.post(REPEATED_820)
    assert response.status_code == 400
    assert only_error(response)["message"] == (
        "Syntax Error: Document contains more than 2000 tokens. Parsing aborted."
    )


@pytest.mark.parametrize(
    "query,count",
    [
        (REPEATED_400, 800),
        ("{" + "...on Query{__typename}" * 300 + "}", 600),
        ("fragment F on Query { __typename } {" + " ...F" * 301 + "}", 302),
    ],
)
def test_document_with_too_many_selections_is_refused(gql, query, count):
    response = gql.post(query)
    assert response.status_code == 400
    assert only_error(response) == {
        "message": (
            f"Query has {count} selections (fields, fragments and fragment spreads); "
            "the maximum is 300."
        ),
        "extensions": {"code": "TOO_MANY_SELECTIONS"},
    }


def test_inline_fragment_bomb_is_refused(gql):
    response = gql.post(INLINE_300)
    assert response.status_code == 400
    assert only_error(response)["message"].startswith("Syntax Error: Document contains more")


def test_selections_at_the_limit_are_accepted(gql):
    response = gql.post("{" + " __typename" * 300 + "}")
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}


@override_settings(GRAPHQL_MAX_SELECTIONS=10)
def test_selection_limit_is_a_setting(gql):
    response = gql.post("{" + " __typename" * 11 + "}")
    assert only_error(response)["message"].endswith("; the maximum is 10.")


def test_full_introspection_query_is_within_the_parse_limits(gql):
    query = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    assert gql.post(query).status_code == 200


def test_batch_counts_selections_as_a_whole(client, db):
    query = "{" + " __typename" * 100 + "}"
    batch = [{"query": query, "variables": {"n": i}} for i in range(4)]
    response = client.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 400
    assert only_error(response) == {
        "message": (
            "Batch has 400 selections (fields, fragments and fragment spreads); the maximum is 300."
        ),
        "extensions": {"code": "TOO_MANY_SELECTIONS"},
    }
    ok = client.post("/graphql/", json.dumps(batch[:3]), content_type="application/json")
    assert ok.status_code == 200
    assert [entry["data"]["__typename"] for entry in ok.json()] == ["Query"] * 3


def test_batch_shares_one_token_budget(client, db):
    """Five documents of 1 600 tokens each: parsing stops once the batch has used the tokens
    of one document, instead of parsing all five (issue 10: 4.4 s for such a batch)."""
    query = "{" + " clubs{title}" * 400 + "}"
    batch = [{"query": query} for _ in range(5)]
    response = client.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 400
    assert only_error(response) == {
        "message": "Batch has more than 2000 tokens in all.",
        "extensions": {"code": "TOO_MANY_TOKENS"},
    }


def test_batch_within_the_token_budget_is_answered(client, db):
    query = "{" + " __typename" * 50 + "}"
    batch = [{"query": query} for _ in range(5)]
    response = client.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200
    assert [entry["data"]["__typename"] for entry in response.json()] == ["Query"] * 5
