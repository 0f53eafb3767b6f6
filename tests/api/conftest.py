import json
from types import SimpleNamespace

import pytest

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
)
from tests.module_data import module_fixtures


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


def build_scene(home, locale_ru):
    """Forum 2023 with a speaker index (Anna, Boris), a session with both of them, and a
    news article: the pages the cache and changes-feed tests hide and show."""
    forum = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    index = SpeakerIndexPageFactory(parent=forum)
    anna = SpeakerPageFactory(parent=index, title="Anna")
    boris = SpeakerPageFactory(parent=index, title="Boris")
    session = SessionPageFactory(parent=edition, title="Opening", speakers=[anna, boris])
    news_index = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=news_index, title="Winners")
    return SimpleNamespace(
        home=home,
        forum=forum,
        edition=edition,
        index=index,
        anna=anna,
        boris=boris,
        session=session,
        news_index=news_index,
        article=article,
    )


# Built once per test module: tests/module_data.py.
_built, _copied, scene, site_tree = module_fixtures("scene", build_scene)


def pytest_terminal_summary(terminalreporter):
    """The fuzz tests' corpus size and worst times (tests/api/test_fuzz.py)."""
    from tests.api import test_fuzz

    if not test_fuzz.TIMES:
        return
    terminalreporter.write_sep("-", "fuzz: requests and worst times")
    for name, record in sorted(test_fuzz.TIMES.items()):
        (first_wall, first_cpu), (wall, cpu, given) = record["first"], record["worst"]
        terminalreporter.write_line(
            f"{name}: {record['count']} requests; first {first_wall * 1000:.0f} ms wall "
            f"{first_cpu * 1000:.0f} ms CPU; worst of the others {wall * 1000:.0f} ms wall "
            f"{cpu * 1000:.0f} ms CPU, for {given}"
        )
