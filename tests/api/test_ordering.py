"""Ordering arguments: `...OrderBy` + `direction`, sorted by the domain functions, missing
values last in both directions and ties by id, the same on SQLite and PostgreSQL."""

import datetime
from types import SimpleNamespace

import pytest

from core.ordering import UnknownOrder, sort_items
from tests.factories import (
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    moscow,
)

ENTRIES = """query($orderBy: EntryOrderBy, $direction: OrderDirection) {
  entries(orderBy: $orderBy, direction: $direction) { edges { node { title place } } }
}"""


@pytest.fixture
def entries(home):
    for title, place in [("Beta", 2), ("Alpha", None), ("Gamma", 1), ("Delta", None)]:
        EntryPageFactory(parent=home, title=title, place=place, status="finalist")


def titles(gql, query, key, **variables):
    body = gql.post(query, variables=variables).json()
    assert "errors" not in body, body["errors"]
    return [e["node"]["title"] for e in body["data"][key]["edges"]]


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, ["Gamma", "Beta", "Alpha", "Delta"]),
        ({"orderBy": "PLACE"}, ["Gamma", "Beta", "Alpha", "Delta"]),
        ({"orderBy": "PLACE", "direction": "DESC"}, ["Beta", "Gamma", "Alpha", "Delta"]),
        ({"orderBy": "TITLE"}, ["Alpha", "Beta", "Delta", "Gamma"]),
        ({"orderBy": "TITLE", "direction": "DESC"}, ["Gamma", "Delta", "Beta", "Alpha"]),
        ({"orderBy": "RANK", "direction": "DESC"}, ["Beta", "Gamma", "Delta", "Alpha"]),
    ],
)
def test_ordering_entries_places_missing_last_both_ways(gql, entries, variables, expected):
    assert titles(gql, ENTRIES, "entries", **variables) == expected


NEWS = """query($orderBy: NewsOrderBy, $direction: OrderDirection) {
  news(orderBy: $orderBy, direction: $direction) { edges { node { title } } }
}"""


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home)
    for title, day in [("Bravo", 3), ("Alpha", 1), ("Charlie", 2)]:
        NewsArticlePageFactory(parent=index, title=title, date=datetime.date(2023, 12, day))


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, ["Bravo", "Charlie", "Alpha"]),
        ({"direction": "ASC"}, ["Alpha", "Charlie", "Bravo"]),
        ({"orderBy": "TITLE", "direction": "ASC"}, ["Alpha", "Bravo", "Charlie"]),
    ],
)
def test_ordering_news_by_date_or_title(gql, news, variables, expected):
    assert titles(gql, NEWS, "news", **variables) == expected


@pytest.fixture
def forum(home):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    speakers = SpeakerIndexPageFactory(parent=index)
    for name in ("Boris", "Anna", "Vera"):
        SpeakerPageFactory(parent=speakers, title=name)
    for title, hour in [("Late", 15), ("Early", 9), ("Noon", 12)]:
        SessionPageFactory(parent=edition, title=title, starts_at=moscow(2023, 12, 3, hour))


SPEAKERS = """query($direction: OrderDirection) {
  speakers(orderBy: NAME, direction: $direction) { edges { node { title } } }
}"""


def test_ordering_speakers_by_name_both_ways(gql, forum):
    assert titles(gql, SPEAKERS, "speakers") == ["Anna", "Boris", "Vera"]
    assert titles(gql, SPEAKERS, "speakers", direction="DESC") == ["Vera", "Boris", "Anna"]


SESSIONS = """query($orderBy: SessionOrderBy, $direction: OrderDirection) {
  forum(year: 2023) { sessions(orderBy: $orderBy, direction: $direction) { title } }
}"""


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({}, ["Early", "Noon", "Late"]),
        ({"direction": "DESC"}, ["Late", "Noon", "Early"]),
        ({"orderBy": "TITLE"}, ["Early", "Late", "Noon"]),
    ],
)
def test_ordering_sessions_by_start_time_or_title(gql, forum, variables, expected):
    body = gql.post(SESSIONS, variables=variables).json()
    assert [s["title"] for s in body["data"]["forum"]["sessions"]] == expected


def test_ordering_in_memory_puts_missing_values_last_both_ways():
    items = [SimpleNamespace(pk=i, place=p) for i, p in enumerate([2, None, 1, None])]
    keys = {"place": ("place",)}
    ascending = sort_items(items, keys=keys, key="place", direction="asc")
    descending = sort_items(items, keys=keys, key="place", direction="desc")
    assert [i.pk for i in ascending] == [2, 0, 1, 3]
    assert [i.pk for i in descending] == [0, 2, 1, 3]
    with pytest.raises(UnknownOrder):
        sort_items(items, keys=keys, key="nope", direction="asc")
