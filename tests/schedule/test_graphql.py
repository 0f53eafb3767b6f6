import pytest

from schedule.domain.releases import create_release
from tests.schedule.test_releases import _second_release

pytestmark = pytest.mark.django_db

FEEDS = "{ forum(year: 2023) { programmeFeeds { json xml xcal ics webcal changelog agenda } } }"
RELEASES = """query ($locale: Locale) { programmeReleases(year: 2023, locale: $locale) {
  version feeds { json }
  added { title } cancelled { title }
  moved { title room previousRoom startsAt previousStartsAt } } }"""


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_forum_edition_gives_its_feed_urls_in_its_language(graphql, programme, client, lang):
    result = graphql(FEEDS, language=lang)

    assert result.errors is None
    feeds = result.data["forum"]["programmeFeeds"]
    assert feeds["json"] == f"http://testserver/{lang}/forum/2023/schedule.json"
    assert feeds["webcal"] == f"webcal://testserver/{lang}/forum/2023/schedule.ics"
    for kind in ("json", "xml", "xcal", "ics", "changelog", "agenda"):
        assert client.get(feeds[kind].removeprefix("http://testserver")).status_code == 200


def test_programme_releases_list_changes_in_requested_language(graphql, programme):
    _second_release(programme)

    result = graphql(RELEASES, {"locale": "RU"})

    assert result.errors is None
    v2, v1 = result.data["programmeReleases"]
    assert (v2["version"], v1["version"]) == ("v2", "v1")
    assert v2["feeds"]["json"] == "http://testserver/ru/forum/2023/schedule/v/v2/schedule.json"
    assert [s["title"] for s in v2["added"]] == ["Added workshop"]
    assert [s["title"] for s in v2["cancelled"]] == ["City walk"]
    assert len(v2["moved"]) == 3
    opening = next(s for s in v2["moved"] if s["title"] == "Пленарное заседание")
    assert opening["previousRoom"] == opening["room"] == "Главный зал"
    assert opening["previousStartsAt"] != opening["startsAt"]
    assert len(v1["added"]) == 4


def test_programme_releases_of_unknown_year_empty(graphql, programme):
    create_release(edition=programme.edition, version="v1", user=None)

    result = graphql("{ programmeReleases(year: 1999) { version } }")

    assert result.errors is None and result.data["programmeReleases"] == []


def test_cached_programme_releases_answer_shows_a_new_release(client, programme):
    query = {"query": "{ programmeReleases(year: 2023) { version } }"}
    create_release(edition=programme.edition, version="v1", user=None)
    first = client.get("/graphql/", query).json()
    assert client.get("/graphql/", query).json() == first

    create_release(edition=programme.edition, version="v2", user=None)

    versions = [
        r["version"] for r in client.get("/graphql/", query).json()["data"]["programmeReleases"]
    ]
    assert versions == ["v2", "v1"]
