import time

import pytest
from django.test import override_settings
from graphql import get_introspection_query

tiny = pytest.mark.urls("tests.api.urls")


def error(response):
    body = response.json()
    assert "data" not in body
    return body["errors"][0]


def nested(levels):
    """{ item { parent { parent ... { name } } } } with `levels` fields in the deepest path."""
    return "{ item { " + "parent { " * (levels - 2) + "name" + " }" * (levels - 1) + " }"


@tiny
def test_depth_at_limit_is_accepted(gql):
    assert gql.post(nested(10)).status_code == 200


@tiny
def test_depth_over_limit_is_400(gql):
    response = gql.post(nested(11))
    assert response.status_code == 400
    assert error(response)["message"] == "Query is 11 levels deep; the maximum depth is 10."
    assert error(response)["extensions"] == {"code": "QUERY_TOO_DEEP"}


@tiny
def test_depth_counts_through_fragments(gql):
    query = "fragment Deep on Item { " + "parent { " * 9 + "name" + " }" * 9 + " }"
    response = gql.post(query + " query Q { item { ...Deep } }")
    assert error(response)["message"].startswith("Operation 'Q' is 11 levels deep")


def test_full_introspection_query_is_accepted(gql):
    query = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    response = gql.post(query)
    assert response.status_code == 200
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


@tiny
def test_cost_multiplies_nested_lists(gql):
    ok = "{ items(first: 100) { children(first: 49) { name children(first: 8) { name } } } }"
    assert gql.post(ok).status_code == 200  # 1 + 100 * (1 + 49 * (1 + 1 + 8)) = 49101
    response = gql.post(ok.replace("first: 8", "first: 9"))  # 54001
    assert response.status_code == 400
    assert error(response)["message"] == (
        "Query costs 54001; the maximum cost is 50000. "
        "Ask for smaller pages (first: N) or fewer nested lists."
    )
    assert error(response)["extensions"] == {"code": "QUERY_TOO_COSTLY"}


@tiny
def test_cost_uses_default_list_size_and_variables(gql):
    query = "query($n: Int) { items(first: $n) { children { children { children { name } } } } }"
    # 10 items by default: 1 + 10 * (1 + 10 * (1 + 10 * (1 + 10))) = 11111
    assert gql.post(query).status_code == 200
    response = gql.post(query, variables={"n": 50})  # 1 + 50 * 1111 = 55551
    assert error(response)["message"].startswith("Query costs 55551;")


@tiny
def test_connection_counts_first_once(gql):
    query = "{ page(first: 100) { edges { node { children(first: 100) { %s } } } } }"
    assert gql.post(query % "name").status_code == 200
    response = gql.post(query % "name children(first: 5) { name }")
    assert error(response)["extensions"]["code"] == "QUERY_TOO_COSTLY"


@tiny
@pytest.mark.parametrize(
    "query,variables",
    [
        ("{ items(first: 101) { name } }", None),
        ("query($n: Int) { page(first: $n) { edges { node { name } } } }", {"n": 500}),
        ("{ page(last: 1000) { edges { node { name } } } }", None),
    ],
)
def test_page_size_over_limit_is_400(gql, query, variables):
    response = gql.post(query, variables=variables)
    assert response.status_code == 400
    assert error(response)["extensions"] == {"code": "PAGE_SIZE_EXCEEDED"}
    assert "the maximum page size is 100" in error(response)["message"]


@tiny
def test_aliases_over_limit_is_400(gql):
    fields = " ".join(f"a{i}: item {{ name }}" for i in range(31))
    response = gql.post("{ " + fields + " }")
    assert response.status_code == 400
    assert error(response)["message"] == "Query uses 31 aliases; the maximum is 30."
    assert gql.post("{ " + fields.rsplit(" a30:", 1)[0] + " }").status_code == 200


@tiny
def test_query_size_is_checked_before_parsing(gql):
    response = gql.post("{" * 10_001)  # not even valid GraphQL
    assert response.status_code == 413
    assert error(response)["message"] == "Query is 10001 bytes; the maximum is 10000 bytes."


@tiny
@override_settings(GRAPHQL_MAX_DEPTH=100)
def test_fragment_bomb_is_rejected_quickly(gql):
    # Each fragment spreads the previous one twice: 2**25 fields if executed.
    fragments = ["fragment F0 on Item { name }"]
    for i in range(1, 26):
        previous = f"...F{i - 1}"
        fragments.append(
            f"fragment F{i} on Item {{ parent {{ {previous} }} p: parent {{ {previous} }} }}"
        )
    started = time.monotonic()
    response = gql.post(" ".join(fragments) + " { item { ...F25 } }")
    assert time.monotonic() - started < 2
    assert error(response)["extensions"] == {"code": "QUERY_TOO_COSTLY"}


@tiny
def test_nested_introspection_is_still_limited(gql):
    query = "{ __schema { types { " + "fields { type { " * 5 + "name" + " } }" * 5 + " } } }"
    response = gql.post(query)
    assert error(response)["extensions"] == {"code": "QUERY_TOO_COSTLY"}


@tiny
def test_validation_passed_once_still_checks_other_variables(gql):
    query = "query($n: Int) { page(first: $n) { edges { node { name } } } }"
    assert gql.post(query, variables={"n": 5}).status_code == 200
    assert gql.post(query + " # the same document", variables={"n": 5}).status_code == 200

    response = gql.post(query + " # the same document", variables={"n": 500})

    assert error(response)["extensions"] == {"code": "PAGE_SIZE_EXCEEDED"}


@tiny
def test_validation_passed_once_does_not_hide_other_documents_errors(gql):
    assert gql.post("{ items(first: 5) { name } }").status_code == 200

    response = gql.post('{ items(first: 5) { name } } # "comment" { nope }')
    other = gql.post("{ items(first: 5) { name nope } }")

    assert response.status_code == 200
    assert other.status_code == 400
    assert "nope" in error(other)["message"]


@tiny
def test_limits_changed_in_settings_apply_to_a_document_validated_before(gql):
    query = "{ items(first: 60) { name } }"
    assert gql.post(query).status_code == 200

    with override_settings(GRAPHQL_MAX_PAGE_SIZE=50):
        response = gql.post(query + " # not the cached answer")

    assert error(response)["extensions"] == {"code": "PAGE_SIZE_EXCEEDED"}
