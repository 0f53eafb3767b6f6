import json
from pathlib import Path

import jsonschema
import pytest
from django.test import RequestFactory
from lxml import etree

from core.locales import content_locale
from schedule.domain.export import edition_schedule
from schedule.domain.frab import schedule_json, schedule_json_bytes, schedule_xml

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
FEED_URL = "http://testserver/en/forum/2023/schedule.xml"


def _schedule(code):
    request = RequestFactory().get("/")
    return edition_schedule(year=2023, locale=content_locale(code=code), request=request)


def _json_validator():
    schema = json.loads((SCHEMAS / "schema.json").read_text())
    return jsonschema.Draft6Validator(schema, format_checker=jsonschema.FormatChecker())


def _xsd():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "schedule.xml.xsd")))


@pytest.mark.parametrize("code", ["en", "ru"])
def test_schedule_json_valid_against_c3voc_schema(programme, code):
    document = json.loads(schedule_json_bytes(schedule=_schedule(code)))

    errors = [e.message for e in _json_validator().iter_errors(document)]

    assert errors == []
    conference = document["schedule"]["conference"]
    assert conference["daysCount"] == 4
    assert conference["time_zone_name"] == "Europe/Moscow"
    rooms_per_day = [len(day["rooms"]) for day in conference["days"]]
    assert rooms_per_day == [2, 1, 1, 0]


def test_schedule_json_schema_rejects_unknown_fields(programme):
    """The vendored schema is strict: the test above would catch a field it does not know."""
    document = schedule_json(schedule=_schedule("en"))
    document["schedule"]["conference"]["days"][0]["rooms"]["Main hall"][0]["speakers"] = []

    assert not _json_validator().is_valid(document)


@pytest.mark.parametrize("code", ["en", "ru"])
def test_schedule_xml_valid_against_frab_xsd(programme, code):
    document = etree.fromstring(schedule_xml(schedule=_schedule(code), feed_url=FEED_URL))

    xsd = _xsd()
    valid = xsd.validate(document)

    assert valid, [str(e) for e in xsd.error_log]
    assert len(document.findall("day")) == 4
    assert len(document.findall("day/room/event")) == 4


def test_schedule_xml_in_russian_has_russian_titles_and_rooms(programme):
    document = etree.fromstring(schedule_xml(schedule=_schedule("ru"), feed_url=FEED_URL))

    assert document.findtext("conference/title") == "Форум 2023"
    assert [r.get("name") for r in document.findall("day[@index='1']/room")] == [
        "Главный зал",
        "Зал Б",
    ]
    assert document.findtext("day/room/event/title") == "Пленарное заседание"


def test_schedule_guids_stable_across_exports_and_languages(programme):
    def guids(code):
        document = json.loads(schedule_json_bytes(schedule=_schedule(code)))
        days = document["schedule"]["conference"]["days"]
        events = [e for day in days for events in day["rooms"].values() for e in events]
        rooms = [r["guid"] for r in document["schedule"]["conference"]["rooms"]]
        return sorted(e["guid"] for e in events), sorted(rooms), sorted(e["id"] for e in events)

    first, again, russian = guids("en"), guids("en"), guids("ru")

    assert first == again == russian
    xml_guids = etree.fromstring(schedule_xml(schedule=_schedule("ru"), feed_url=FEED_URL))
    assert sorted(e.get("guid") for e in xml_guids.iter("event")) == first[0]


def test_schedule_json_same_bytes_for_same_programme(programme):
    assert schedule_json_bytes(schedule=_schedule("en")) == schedule_json_bytes(
        schedule=_schedule("en")
    )


def test_schedule_feeds_leave_out_hidden_speakers_and_unpublished_sessions(programme):
    for code in ("en", "ru"):
        schedule = _schedule(code)
        for body in (
            schedule_json_bytes(schedule=schedule),
            schedule_xml(schedule=schedule, feed_url=FEED_URL),
        ):
            text = body.decode()
            assert "Drafty Speaker" not in text
            assert "Private Person" not in text
            assert "Unpublished session" not in text
            assert ("Pavel Savchuk" if code == "en" else "Павел Савчук") in text
