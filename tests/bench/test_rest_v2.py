"""The REST API v2 baseline (bench/rest_v2.py) answers bad input with 400, never 500."""

import pytest
from django.test import override_settings

BAD_QUERIES = [
    "offset=99999999999999999999999",
    "offset=-1",
    "limit=99999999999999999999999",
    "search=forum&search_operator=%00",
    "search=%00",
    "search=%ED%A0%80",  # a lone surrogate, percent-encoded
    "fields=%00",
    "type=%00",
    "order=%00",
    "child_of=99999999999999999999999",
]


@pytest.fixture
def rest_client(client, home):
    with override_settings(ROOT_URLCONF="bench.urls"):
        yield client


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["pages", "images"])
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_rest_v2_bad_parameter_is_never_500(rest_client, endpoint, query):
    response = rest_client.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code < 500, response.content[:300]
    assert response.json()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, message",
    [
        ("offset=99999999999999999999999", "offset cannot be higher than 1000000000"),
        ("search=forum&search_operator=%00", "search_operator must be 'and' or 'or'"),
    ],
)
def test_rest_v2_offset_and_operator_that_were_500s_are_400(rest_client, query, message):
    response = rest_client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 400
    assert response.json() == {"message": message}


@pytest.mark.django_db
def test_rest_v2_largest_offset_and_valid_operators_answer(rest_client, home):
    for query in ["offset=1000000000", "search=x&search_operator=or", "limit=20&offset=0"]:
        response = rest_client.get(f"/api/v2/images/?{query}")
        assert response.status_code == 200, (query, response.content[:300])
