import json

import pytest
from icalendar import Calendar
from lxml import etree

pytestmark = pytest.mark.django_db

FEEDS = [
    ("/en/forum/2023/schedule.json", "application/json"),
    ("/ru/forum/2023/schedule.json", "application/json"),
    ("/en/forum/2023/schedule.xml", "application/xml"),
    ("/ru/forum/2023/schedule.xml", "application/xml"),
    ("/en/forum/2023/schedule.ics", "text/calendar"),
    ("/ru/forum/2023/schedule.ics", "text/calendar"),
    ("/en/forum/speakers/pavel-savchuk.ics", "text/calendar"),
    ("/ru/forum/speakers/pavel-savchuk.ics", "text/calendar"),
]


@pytest.mark.parametrize("url,content_type", FEEDS)
def test_feed_answers_304_on_matching_if_none_match(client, programme, url, content_type):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"]

    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == response["ETag"]


def test_feed_answers_200_when_etag_differs_or_programme_changed(client, programme):
    url = "/en/forum/2023/schedule.json"
    etag = client.get(url)["ETag"]

    assert client.get(url, HTTP_IF_NONE_MATCH='"stale"').status_code == 200
    programme.green.unpublish()
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert "Green cities" not in changed.content.decode()


def test_feed_etag_same_on_two_requests(client, programme):
    url = "/ru/forum/2023/schedule.xml"

    assert client.get(url)["ETag"] == client.get(url)["ETag"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/forum/1999/schedule.json",
        "/ru/forum/2024/schedule.xml",
        "/en/forum/2022/schedule.ics",
        "/en/forum/speakers/nobody.ics",
    ],
)
def test_feed_of_unknown_year_or_speaker_404(client, programme, url):
    assert client.get(url).status_code == 404


def test_feed_year_is_the_editions_year_not_its_slug(client, programme):
    programme.edition.slug = "forum-2023"
    programme.edition.save_revision().publish()

    assert client.get("/en/forum/2023/schedule.json").status_code == 200
    assert client.get("/en/forum/forum-2023/schedule.json").status_code == 404


@pytest.mark.parametrize("speaker", ["draft", "restricted"])
def test_speaker_ics_of_hidden_speaker_404(client, programme, speaker):
    slug = getattr(programme, speaker).slug

    assert client.get(f"/en/forum/speakers/{slug}.ics").status_code == 404


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_feeds_leave_out_draft_speaker_and_unpublished_session(client, programme, lang):
    document = json.loads(client.get(f"/{lang}/forum/2023/schedule.json").content)
    days = document["schedule"]["conference"]["days"]
    events = [e for day in days for room in day["rooms"].values() for e in room]
    xml = etree.fromstring(client.get(f"/{lang}/forum/2023/schedule.xml").content)
    calendar = Calendar.from_ical(client.get(f"/{lang}/forum/2023/schedule.ics").content)

    json_persons = {p["name"] for e in events for p in e["persons"]}
    xml_persons = {p.text for p in xml.iter("person")}
    ics_text = " ".join(str(e.get("description", "")) for e in calendar.walk("VEVENT"))
    pavel = "Pavel Savchuk" if lang == "en" else "Павел Савчук"
    assert json_persons == xml_persons == {pavel}
    assert pavel in ics_text
    for hidden in ("Drafty Speaker", "Private Person"):
        assert hidden not in ics_text
    titles = [e["title"] for e in events]
    assert len(titles) == 4
    assert "Unpublished session" not in titles
    assert "Unpublished session" not in [str(e["summary"]) for e in calendar.walk("VEVENT")]


def test_russian_feed_is_in_russian_with_english_fallback(client, programme):
    document = json.loads(client.get("/ru/forum/2023/schedule.json").content)

    conference = document["schedule"]["conference"]
    titles = [e["title"] for day in conference["days"] for r in day["rooms"].values() for e in r]
    assert conference["title"] == "Форум 2023"
    assert "Пленарное заседание" in titles
    assert "Late workshop" in titles


@pytest.mark.parametrize(
    "lang,label", [("en", "Subscribe to the programme"), ("ru", "Подписаться на программу")]
)
def test_edition_page_links_the_feeds_in_its_language(client, programme, lang, label):
    content = client.get(f"/{lang}/forum/2023/").content.decode()

    assert label in content
    assert f'href="/{lang}/forum/2023/schedule.json"' in content
    assert f'href="/{lang}/forum/2023/schedule.xml"' in content
    assert f'href="/{lang}/forum/2023/schedule.ics"' in content
    assert f'href="webcal://testserver/{lang}/forum/2023/schedule.ics"' in content
