import pytest
import redis
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from api.cache import content_version
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    StandardPageFactory,
    ThemeFactory,
    translate,
)

FORUMS = "{ forums { year city } }"


@pytest.fixture
def edition(home):
    index = ForumIndexPageFactory(parent=home)
    return ForumEditionPageFactory(parent=index, year=2024, city="Kazan")


def republish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_get_is_publicly_cacheable_with_etag_and_no_cookie(gql, edition):
    response = gql.get(FORUMS)
    assert response.json() == {"data": {"forums": [{"year": 2024, "city": "Kazan"}]}}
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["ETag"].startswith('"')
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies
    assert "Set-Cookie" not in response


def test_matching_if_none_match_gets_304_without_body(gql, edition):
    tag = gql.get(FORUMS)["ETag"]
    response = gql.get(FORUMS, headers={"if-none-match": tag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == tag
    assert gql.get(FORUMS, headers={"if-none-match": '"other"'}).status_code == 200


def test_post_and_errors_are_not_cacheable(gql, edition):
    assert gql.post(FORUMS)["Cache-Control"] == "no-store"
    assert gql.get("{ nope }")["Cache-Control"] == "no-store"
    assert "ETag" not in gql.get("{ nope }")


def test_repeated_query_is_served_from_cache(gql, edition, django_assert_num_queries):
    first = gql.get(FORUMS)
    with django_assert_num_queries(0):
        second = gql.post(FORUMS)
    assert second.content == first.content


def test_publish_is_visible_in_next_request(gql, edition):
    before = gql.get(FORUMS)
    republish(edition, city="Moscow")
    after = gql.get(FORUMS)
    assert after.json()["data"]["forums"] == [{"year": 2024, "city": "Moscow"}]
    assert after["ETag"] != before["ETag"]
    assert gql.get(FORUMS, headers={"if-none-match": before["ETag"]}).status_code == 200


def test_unpublish_and_delete_are_visible_in_next_request(gql, edition, home):
    other = ForumEditionPageFactory(parent=edition.get_parent(), year=2025, slug="f2025")
    assert len(gql.get(FORUMS).json()["data"]["forums"]) == 2
    other.unpublish()
    assert gql.get(FORUMS).json()["data"]["forums"] == [{"year": 2024, "city": "Kazan"}]
    edition.delete()
    assert gql.get(FORUMS).json()["data"]["forums"] == []


def test_moves_snippets_and_images_invalidate(home):
    changes = [
        lambda: StandardPageFactory(parent=home, slug="a"),  # published
        lambda: StandardPageFactory(parent=home, slug="b").move(
            home.get_children().get(slug="a"), pos="last-child"
        ),
        lambda: ThemeFactory(),
        lambda: get_image_model().objects.create(title="x", file=get_test_image_file()),
    ]
    for change in changes:
        before = content_version()
        change()
        assert content_version() != before


def test_language_is_part_of_the_cache_key(gql, edition, home, locale_ru):
    home_ru = translate(home, locale_ru)
    translate(edition.get_parent(), locale_ru)
    translate(edition, locale_ru, city="Казань")
    assert home_ru.locale == locale_ru
    english = gql.get(FORUMS, headers={"accept-language": "en"})
    russian = gql.get(FORUMS, headers={"accept-language": "ru"})
    assert english.json()["data"]["forums"][0]["city"] == "Kazan"
    assert russian.json()["data"]["forums"][0]["city"] == "Казань"
    assert english["ETag"] != russian["ETag"]


REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/15",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}


@pytest.fixture
def redis_db():
    client = redis.Redis.from_url(REDIS["default"]["LOCATION"])
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    client.flushdb()
    with override_settings(CACHES=REDIS):
        yield client
    client.flushdb()


def test_redis_round_trip_and_invalidation(gql, edition, redis_db, django_assert_num_queries):
    first = gql.get(FORUMS)
    assert any(key.startswith(b":1:graphql:response:") for key in redis_db.keys())
    with django_assert_num_queries(0):
        assert gql.get(FORUMS).content == first.content
    republish(edition, city="Moscow")
    after = gql.get(FORUMS)
    assert after.json()["data"]["forums"][0]["city"] == "Moscow"
    assert after["ETag"] != first["ETag"]


@pytest.mark.parametrize("limit,kept", [(10, False), (1024 * 1024, True)])
def test_answer_over_the_size_limit_is_not_kept(gql, edition, settings, limit, kept):
    """Anonymous clients cannot fill the cache with large answers: an answer over the limit
    is computed afresh each time (a change made without a signal shows at once)."""
    settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES = limit
    first = gql.get(FORUMS).json()["data"]["forums"][0]["city"]
    type(edition).objects.filter(pk=edition.pk).update(city="Samara")
    again = gql.get(FORUMS).json()["data"]["forums"][0]["city"]
    assert first == "Kazan"
    assert again == ("Kazan" if kept else "Samara")
