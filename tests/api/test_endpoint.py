import json

import pytest
from django.test import override_settings

tiny = pytest.mark.urls("tests.api.urls")


def test_post_json_runs_query_against_real_schema(gql):
    response = gql.post("{ __typename }")
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}
    assert response["Content-Type"] == "application/json"


@tiny
def test_post_application_graphql_body(client, db):
    response = client.post("/graphql/", '{ echo(text: "hi") }', content_type="application/graphql")
    assert response.json() == {"data": {"echo": "hi"}}


@tiny
def test_get_takes_query_variables_and_operation_name(gql):
    query = "query A($t: String!) { echo(text: $t) } query B { item { name } }"
    response = gql.get(query, variables={"t": "hello"}, operationName="A")
    assert response.status_code == 200
    assert response.json() == {"data": {"echo": "hello"}}


def test_get_from_browser_renders_graphiql(client):
    response = client.get("/graphql/", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert b"graphiql" in response.content.lower()


@tiny
def test_field_error_keeps_data_and_status_200(gql):
    response = gql.post("{ boom item { name } }")
    assert response.status_code == 200
    body = response.json()
    assert body["data"] == {"boom": None, "item": {"name": "a"}}
    assert body["errors"][0]["message"] == "Internal error"  # the ValueError text stays in the log
    assert body["errors"][0]["path"] == ["boom"]


def test_malformed_json_is_400_with_graphql_error(client):
    response = client.post("/graphql/", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {"message": "Request body is not valid JSON.", "extensions": {"code": "BAD_REQUEST"}}
        ]
    }


def test_syntax_error_is_400(gql):
    response = gql.post("{ __typename ")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith("Syntax Error")
    assert "data" not in response.json()


def test_unknown_operation_name_is_400(gql):
    response = gql.post("query A { __typename }", operationName="B")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "Unknown operation named 'B'."


def test_unknown_field_is_400(gql):
    response = gql.post("{ nope }")
    assert response.status_code == 400
    assert "Cannot query field 'nope'" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("query", [None, "", "   "])
def test_missing_or_empty_query_is_400(gql, query):
    response = gql.post(**({} if query is None else {"query": query}))
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "Must provide a query string."


def test_wrong_content_type_is_400(client):
    response = client.post("/graphql/", "query={__typename}", content_type="text/plain")
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert "Unsupported Content-Type 'text/plain'" in message


@tiny
def test_mutation_over_get_is_405(gql):
    response = gql.get("mutation { noop }")
    assert response.status_code == 405
    assert "from a POST request" in response.json()["errors"][0]["message"]


def test_other_methods_are_405(client):
    response = client.put("/graphql/", "{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"


def test_post_without_csrf_token_is_accepted(client, db):
    client.handler.enforce_csrf_checks = True
    response = client.post(
        "/graphql/", json.dumps({"query": "{ __typename }"}), content_type="application/json"
    )
    assert response.status_code == 200


@override_settings(CORS_ALLOWED_ORIGINS=["https://front.example.org"])
def test_cors_allows_configured_origin_only(gql):
    allowed = gql.get("{ __typename }", headers={"origin": "https://front.example.org"})
    other = gql.get("{ __typename }", headers={"origin": "https://evil.example.org"})
    assert allowed["Access-Control-Allow-Origin"] == "https://front.example.org"
    assert "Access-Control-Allow-Origin" not in other


@tiny
def test_batch_runs_each_operation_in_order(client, db):
    batch = [{"query": "{ item { name } }"}, {"query": '{ echo(text: "x") }'}]
    response = client.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200
    assert response.json() == [{"data": {"item": {"name": "a"}}}, {"data": {"echo": "x"}}]


def test_batch_over_limit_is_400(client):
    batch = [{"query": "{ __typename }"}] * 6
    response = client.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == ("Batch of 6 operations; the maximum is 5.")


@override_settings(GRAPHQL_MAX_BODY_BYTES=1000)
def test_body_over_limit_is_413(gql):
    response = gql.post("{ __typename }", variables={"pad": "x" * 2000})
    assert response.status_code == 413
    assert "larger than 1000 bytes" in response.json()["errors"][0]["message"]


BAD_POST_BODIES = [
    b"",
    b"null",
    b"[]",
    b"42",
    b'"query"',
    b"[1, 2]",
    b"\xff\xfe",
    b'{"query": 42}',
    b'{"query": ["{ item }"]}',
    b'{"query": "{ item }", "variables": [1]}',
    b'{"query": "{ item }", "variables": "{bad"}',
    b'{"query": "{ item }", "variables": "42"}',
    b'{"query": "{ item }", "operationName": 3}',
    b'{"query": "{ item }", "extensions": "nope"}',
    b'{"query": "query($t: String!) { echo(text: $t) }", "variables": {"t": 5}}',
    b'{"query": "query($t: String!) { echo(text: $t) }"}',
    b'{"query": "{ echo(text: 1) }"}',
    b'{"query": "query A { item } query A { item }"}',
    b'{"query": "query A { item { name } } query B { item { name } }"}',
    b'{"query": "fragment F on Item { ...F } { item { ...F } }"}',
    b'{"query": "{ item { ...Nope } }"}',
    b'{"query": "subscription { item { name } }"}',
    b'{"query": "{ page(first: -1) { edges { node { name } } } }"}',
    b'{"query": "{ items(first: 99999999999999999999999) { name } }"}',
    b'{"query": "\\u0000"}',
    b'{"query": "' + b"{ item " * 3000 + b'"}',
    b'{"query": "' + b"{a" * 1000 + b'"}',
]


@tiny
@pytest.mark.parametrize("content_type", ["application/json", "application/graphql"])
def test_bad_input_never_answers_500(client, content_type):
    for body in BAD_POST_BODIES:
        response = client.post("/graphql/", body, content_type=content_type)
        assert 200 <= response.status_code < 500, body
        assert response.json()["errors"][0]["message"], body
    for params in [
        {},
        {"query": "{"},
        {"query": "{ item { name } }", "variables": "[1"},
        {"query": "{ item { name } }", "operationName": "X"},
        {"query": "{ item { name } }", "extensions": '{"persistedQuery": 1}'},
        {"extensions": '{"persistedQuery": {"version": 2, "sha256Hash": "x"}}'},
        {"extensions": '{"persistedQuery": {"version": 1, "sha256Hash": 5}}'},
        {"extensions": '{"persistedQuery": {"version": 1, "sha256Hash": "%s"}}' % ("0" * 64)},
        {"query": "{ item { name } }", "extensions": "{"},
    ]:
        response = client.get("/graphql/", params)
        assert 200 <= response.status_code < 500, params
        assert response.json()["errors"][0]["message"], params
