import pytest
from icalendar import Calendar
from lxml import etree

pytestmark = pytest.mark.django_db

PENTABARF = "{http://pentabarf.org}"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_xcal_lists_the_same_sessions_and_uids_as_the_ics(client, programme, lang):
    response = client.get(f"/{lang}/forum/2023/schedule.xcal")
    calendar = Calendar.from_ical(client.get(f"/{lang}/forum/2023/schedule.ics").content)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert response["Last-Modified"] and response["ETag"]
    root = etree.fromstring(response.content)
    events = root.findall("vcalendar/vevent")
    assert {e.findtext("uid") for e in events} == {str(v["uid"]) for v in calendar.walk("VEVENT")}
    opening = next(
        e
        for e in events
        if e.findtext(PENTABARF + "event-slug").endswith(events[0].findtext(PENTABARF + "event-id"))
    )
    assert opening.findtext("dtstart") == "20231202T100000"
    assert opening.findtext("duration") == "02.0000"
    title = "Opening plenary" if lang == "en" else "Пленарное заседание"
    assert opening.findtext("summary") == title
