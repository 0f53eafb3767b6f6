import hashlib

import pytest

QUERY = "{ __typename }"
HASH = hashlib.sha256(QUERY.encode()).hexdigest()


def extensions(sha256_hash=HASH, version=1):
    return {"persistedQuery": {"version": version, "sha256Hash": sha256_hash}}


@pytest.mark.parametrize("method", ["get", "post"])
def test_unknown_hash_is_persisted_query_not_found(gql, method):
    response = getattr(gql, method)(extensions=extensions())
    assert response.status_code == 200
    assert response.json() == {
        "errors": [
            {
                "message": "PersistedQueryNotFound",
                "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
            }
        ]
    }
    assert response["Cache-Control"] == "no-store"


def test_query_with_hash_is_stored_then_found_by_hash(gql):
    registered = gql.post(QUERY, extensions=extensions())
    assert registered.json() == {"data": {"__typename": "Query"}}
    response = gql.get(extensions=extensions())
    assert response.status_code == 200
    assert response.json() == {"data": {"__typename": "Query"}}
    assert response["Cache-Control"] == "public, max-age=60"
    assert gql.get(extensions=extensions(HASH.upper())).json() == response.json()


def test_hash_not_matching_query_is_rejected(gql):
    response = gql.post("{ __schema { queryType { name } } }", extensions=extensions())
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "provided sha does not match query"
    assert gql.get(extensions=extensions()).json()["errors"][0]["message"] == (
        "PersistedQueryNotFound"
    )


def test_invalid_query_is_not_stored(gql):
    query = "{ nope }"
    sha = hashlib.sha256(query.encode()).hexdigest()
    assert gql.post(query, extensions=extensions(sha)).status_code == 400
    assert gql.get(extensions=extensions(sha)).json()["errors"][0]["message"] == (
        "PersistedQueryNotFound"
    )


@pytest.mark.parametrize(
    "bad,message",
    [
        (extensions(version=2), "Unsupported persisted query version; use version 1."),
        (extensions(sha256_hash="abc"), "'sha256Hash' must be a SHA-256 hex digest."),
        ({"persistedQuery": "x"}, "'extensions.persistedQuery' must be a JSON object."),
    ],
)
def test_malformed_extension_is_400(gql, bad, message):
    response = gql.get(extensions=bad)
    assert response.status_code == 400
    assert response.json() == {
        "errors": [{"message": message, "extensions": {"code": "PERSISTED_QUERY_INVALID"}}]
    }
