"""schema.org JSON-LD and the Open Graph / Twitter tags that link previews read."""

import datetime
import json
from html.parser import HTMLParser

import pytest

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    image_file,
    moscow,
    translate,
)

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    """Collects JSON-LD blocks and <meta property|name> tags of a page."""

    def __init__(self):
        super().__init__()
        self.json_ld, self.meta, self._in_json_ld = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.append((attrs.get("property") or attrs.get("name"), attrs.get("content")))

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def parse(response):
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return [json.loads(block) for block in parser.json_ld], parser.meta


def of_type(blocks, kind):
    return [block for block in blocks if block["@type"] == kind]


def meta(tags, name):
    return [content for key, content in tags if key == name]


@pytest.fixture
def forum(home, locale_ru):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(
        parent=index, year=2023, summary="<p>Civic participation & volunteering.</p>"
    )
    speakers = SpeakerIndexPageFactory(parent=index)
    chair = SpeakerPageFactory(
        parent=speakers,
        title="Anna Petrova",
        position="Chair",
        organisation="Russian Red Cross",
        photo=ImageFactory(file=image_file(1600, 1000)),
    )
    rector = SpeakerPageFactory(
        parent=speakers, title="Ivan Sokolov", position="Rector", organisation="MGIMO"
    )
    session = SessionPageFactory(
        parent=edition,
        title="Volunteering </script> & cities",
        starts_at=moscow(2023, 12, 3, 10),
        ends_at=moscow(2023, 12, 3, 11, 30),
        speakers=[(chair, "moderator"), rector],
    )
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    return edition, session, chair


def test_every_page_names_the_organiser(client, home):
    blocks, _ = parse(client.get(home.url))

    (organisation,) = of_type(blocks, "Organization")
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == "#WEARETOGETHER"
    assert "#МЫВМЕСТЕ" in organisation["alternateName"]
    assert organisation["url"] == "http://localhost/en/"
    assert organisation["logo"].endswith("/static/img/og-default.png")


def test_edition_is_an_event_in_moscow(client, forum):
    edition, _, _ = forum

    blocks, _ = parse(client.get(edition.url))

    (event,) = of_type(blocks, "Event")
    assert event["name"] == "Forum 2023"
    assert event["url"] == "http://localhost/en/forum/2023/"
    assert datetime.date.fromisoformat(event["startDate"]) == datetime.date(2023, 12, 2)
    assert datetime.date.fromisoformat(event["endDate"]) == datetime.date(2023, 12, 5)
    assert event["location"]["@type"] == "Place"
    assert event["location"]["address"]["addressLocality"] == "Moscow"
    assert event["organizer"]["@type"] == "Organization"
    assert event["description"] == "Civic participation & volunteering."


def test_session_is_an_event_with_speakers_as_performers(client, forum):
    _, session, _ = forum

    blocks, _ = parse(client.get(session.url))

    (event,) = of_type(blocks, "Event")
    assert event["name"] == "Volunteering </script> & cities"
    start = datetime.datetime.fromisoformat(event["startDate"])
    end = datetime.datetime.fromisoformat(event["endDate"])
    assert event["startDate"] == "2023-12-03T10:00:00+03:00"
    assert end - start == datetime.timedelta(hours=1, minutes=30)
    assert end.utcoffset() == datetime.timedelta(hours=3)
    assert event["location"]["address"]["addressLocality"] == "Moscow"
    assert event["organizer"]["name"] == "#WEARETOGETHER"
    assert event["superEvent"]["@id"] == "http://localhost/en/forum/2023/#event"
    assert [(p["@type"], p["name"], p["jobTitle"]) for p in event["performer"]] == [
        ("Person", "Anna Petrova", "Chair"),
        ("Person", "Ivan Sokolov", "Rector"),
    ]
    assert event["performer"][1]["worksFor"] == {"@type": "Organization", "name": "MGIMO"}


def test_json_ld_cannot_close_its_script_element(client, forum):
    _, session, _ = forum

    html = client.get(session.url).content.decode()

    assert "Volunteering \\u003c/script\\u003e \\u0026 cities" in html


def test_speaker_is_a_person_with_photo_and_sessions(client, forum):
    _, session, chair = forum

    blocks, _ = parse(client.get(chair.url))

    (speaker,) = of_type(blocks, "Person")
    assert speaker["name"] == "Anna Petrova"
    assert speaker["jobTitle"] == "Chair"
    assert speaker["worksFor"]["name"] == "Russian Red Cross"
    assert speaker["image"].startswith("http://localhost/")
    assert ".fill-1200x630" in speaker["image"]
    assert [e["url"] for e in speaker["performerIn"]] == [session.full_url]


def test_sharing_tags_describe_the_page(client, forum):
    _, session, _ = forum

    _, tags = parse(client.get(session.url))

    assert meta(tags, "og:title") == ["Volunteering </script> & cities"]
    assert meta(tags, "og:description") == ["Volunteers and NGOs discuss partnership."]
    assert meta(tags, "og:url") == [session.full_url]
    assert meta(tags, "og:type") == ["website"]
    assert meta(tags, "og:locale") == ["en_GB"]
    assert meta(tags, "og:image") == ["http://localhost/static/img/og-default.png"]
    assert meta(tags, "twitter:card") == ["summary_large_image"]
    assert meta(tags, "twitter:title") == ["Volunteering </script> & cities"]
    assert meta(tags, "twitter:image") == meta(tags, "og:image")


def test_sharing_image_is_an_absolute_rendition(client, forum):
    _, _, chair = forum

    _, tags = parse(client.get(chair.url))

    (image,) = meta(tags, "og:image")
    assert image.startswith("http://localhost/") and ".fill-1200x630" in image
    assert meta(tags, "og:type") == ["profile"]
    assert (meta(tags, "og:image:width"), meta(tags, "og:image:height")) == (["1200"], ["630"])


def test_sharing_locale_names_the_translations(client, home, locale_ru):
    news = NewsIndexPageFactory(parent=home)
    article = NewsArticlePageFactory(parent=news, title="Winners announced")
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(news, locale_ru, title="Новости")
    article_ru = translate(article, locale_ru, title="Объявлены победители")

    _, tags = parse(client.get(article_ru.url))

    assert meta(tags, "og:locale") == ["ru_RU"]
    assert meta(tags, "og:locale:alternate") == ["en_GB"]
    assert meta(tags, "og:type") == ["article"]
    assert meta(tags, "article:published_time") == ["2023-12-04"]
    assert meta(tags, "og:title") == ["Объявлены победители"]


def test_untranslated_page_has_no_alternate_locale(client, forum):
    edition, _, _ = forum

    _, tags = parse(client.get(edition.url))

    assert meta(tags, "og:locale:alternate") == []


def test_pages_outside_the_tree_still_share_the_site(client, home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    parser = HeadParser()
    parser.feed(response.content.decode())
    assert ("og:title", "#WEARETOGETHER") in parser.meta
    assert ("twitter:card", "summary_large_image") in parser.meta
