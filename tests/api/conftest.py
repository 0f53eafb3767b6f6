import json

import pytest


class GraphQLClient:
    """Django's test client speaking GraphQL to /graphql/."""

    def __init__(self, client):
        self.client = client

    def post(self, query=None, **params):
        body = {"query": query, **params} if query is not None else params
        return self.client.post("/graphql/", json.dumps(body), content_type="application/json")

    def get(self, query=None, headers=None, **params):
        if query is not None:
            params["query"] = query
        for name in ("variables", "extensions"):
            if isinstance(params.get(name), dict):
                params[name] = json.dumps(params[name])
        return self.client.get("/graphql/", params, headers=headers or {})


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty response cache (local memory is per process)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
