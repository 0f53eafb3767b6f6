"""GraphQL GET cache hits answered by api.fasthits before the session middleware."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from api import fasthits
from api.fasthits import CachedGraphQLMiddleware
from tests.factories import ForumEditionPageFactory, ForumIndexPageFactory, translate

FORUMS = "{ forums { year city } }"


@pytest.fixture
def edition(home):
    index = ForumIndexPageFactory(parent=home)
    return ForumEditionPageFactory(parent=index, year=2024, city="Kazan")


def early(query=FORUMS, headers=None, **params):
    """The middleware alone: a response only for a hit (the rest of the stack must not run)."""

    def rest_of_the_stack(request):
        return None

    request = RequestFactory().get("/graphql/", {"query": query, **params}, headers=headers)
    return CachedGraphQLMiddleware(rest_of_the_stack)(request)


def test_hit_answered_before_the_session_with_the_stored_etag(gql, edition):
    assert early() is None  # nothing cached yet
    first = gql.get(FORUMS)
    response = early()
    assert response is not None
    assert response.content == first.content
    assert response["ETag"] == first["ETag"]
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Accept-Language" in response["Vary"] and "Cookie" in response["Vary"]
    assert "Set-Cookie" not in response


def test_matching_if_none_match_gets_304_from_the_early_path(gql, edition):
    tag = gql.get(FORUMS)["ETag"]
    response = early(headers={"if-none-match": tag})
    assert response.status_code == 304
    assert response["ETag"] == tag
    assert early(headers={"if-none-match": '"other"'}).status_code == 200


def test_publish_makes_the_early_entry_stale(gql, edition):
    gql.get(FORUMS)
    edition.city = "Moscow"
    edition.save_revision().publish()
    assert early() is None
    after = gql.get(FORUMS)
    assert after.json()["data"]["forums"][0]["city"] == "Moscow"
    assert early().content == after.content


def test_unpublish_makes_the_early_entry_stale(gql, edition):
    gql.get(FORUMS)
    edition.unpublish()
    assert early() is None
    assert gql.get(FORUMS).json()["data"]["forums"] == []


def test_language_and_variables_are_part_of_the_early_key(gql, edition, home, locale_ru):
    translate(home, locale_ru)
    translate(edition.get_parent(), locale_ru)
    translate(edition, locale_ru, city="Казань")
    gql.get(FORUMS, headers={"accept-language": "en"})
    assert early(headers={"accept-language": "ru"}) is None
    russian = gql.get(FORUMS, headers={"accept-language": "ru"})
    assert early(headers={"accept-language": "ru"}).content == russian.content
    query = "query($l: Locale) { forums(locale: $l) { city } }"
    gql.get(query, variables={"l": "RU"})
    assert early(query, variables='{"l": "EN"}') is None
    assert early(query, variables='{"l": "RU"}') is not None
    assert early(query, variables="[1]") is None


def test_errors_persisted_queries_and_graphiql_take_the_normal_path(gql, edition, settings):
    gql.get("{ nope }")
    assert early("{ nope }") is None
    gql.get(FORUMS)
    assert early(extensions="{}") is None
    settings.GRAPHQL_GRAPHIQL = True
    assert early(headers={"accept": "text/html"}) is None


def hit_entries():
    return [k for k in cache._cache if "graphql:hit:" in k]  # local-memory cache keys


def test_served_hit_is_kept_in_memory_and_needs_only_the_version(gql, edition):
    first = gql.get(FORUMS)
    assert early().content == first.content  # read from the cache, kept in memory
    for key in hit_entries():
        cache.delete(key.split(":", 2)[-1])

    # The shared entry is gone: the body comes from memory, the version is still current.
    response = early()

    assert response.content == first.content
    assert response["ETag"] == first["ETag"]


def test_publish_retires_the_entry_in_memory(gql, edition):
    gql.get(FORUMS)
    early()
    edition.city = "Moscow"
    edition.save_revision().publish()

    assert early() is None

    after = gql.get(FORUMS)
    assert early().content == after.content
    assert b"Moscow" in after.content


def test_memory_off_serves_from_the_cache(gql, edition, settings):
    settings.GRAPHQL_HIT_MEMORY_BYTES = 0
    fasthits.memory.clear()
    first = gql.get(FORUMS)

    assert early().content == first.content
    assert len(fasthits.memory) == 0


def test_hit_memory_drops_the_least_recently_served_past_its_limit():
    memory = fasthits.HitMemory()
    memory.put("a", ("v1", '"a"', b"x" * 40), limit=100)
    memory.put("b", ("v1", '"b"', b"x" * 40), limit=100)
    memory.get("a")  # served again: "b" is now the oldest
    memory.put("c", ("v1", '"c"', b"x" * 40), limit=100)
    memory.put("huge", ("v1", '"h"', b"x" * 101), limit=100)

    assert [memory.get(k) is not None for k in ("a", "b", "c", "huge")] == [
        True,
        False,
        True,
        False,
    ]

    memory.put("d", ("v2", '"d"', b"x"), limit=100)  # a new version: the rest is stale

    assert [memory.get(k) is not None for k in ("a", "c", "d")] == [False, False, True]
