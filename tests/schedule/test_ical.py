import pytest
from django.test import RequestFactory
from icalendar import Calendar

from core.locales import content_locale
from forum.domain.calendar import session_calendar
from schedule.domain.export import edition_schedule, speaker_schedule
from schedule.domain.ical import edition_calendar, speaker_calendar
from tests.factories import moscow

pytestmark = pytest.mark.django_db


def _schedule(code):
    request = RequestFactory().get("/")
    return edition_schedule(year=2023, locale=content_locale(code=code), request=request)


def test_edition_calendar_has_every_visible_session_in_moscow_time(programme):
    calendar = Calendar.from_ical(edition_calendar(schedule=_schedule("en")))

    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Opening plenary",
        "Green cities",
        "Late workshop",
        "City walk",
    ]
    assert events[0].decoded("dtstart") == moscow(2023, 12, 2, 10)
    assert events[0]["dtstart"].params["TZID"] == "Europe/Moscow"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Moscow"]
    assert str(calendar["x-wr-timezone"]) == "Europe/Moscow"
    assert "Main hall" in str(events[0]["location"])
    assert "Pavel Savchuk (Moderator)" in str(events[0]["description"])


def test_edition_calendar_in_russian_leaves_out_hidden_speakers(programme):
    calendar = Calendar.from_ical(edition_calendar(schedule=_schedule("ru")))
    body = " ".join(str(value) for event in calendar.walk("VEVENT") for value in event.values())

    assert str(calendar["x-wr-calname"]) == "Форум 2023"
    assert "Павел Савчук" in body
    assert "Drafty Speaker" not in body
    assert "Private Person" not in body
    assert "Unpublished session" not in body


def test_edition_calendar_uid_matches_session_ics(programme):
    """A calendar holding one session's .ics and the programme feed shows the session once."""
    feed = Calendar.from_ical(edition_calendar(schedule=_schedule("ru")))
    single = session_calendar(session=programme.opening, url="http://localhost/")

    assert str(feed.walk("VEVENT")[0]["uid"]) == str(single.walk("VEVENT")[0]["uid"])


def test_speaker_calendar_lists_the_speakers_sessions(programme):
    request = RequestFactory().get("/")
    schedule = speaker_schedule(
        slug="pavel-savchuk", locale=content_locale(code="en"), request=request
    )

    calendar = Calendar.from_ical(speaker_calendar(schedule=schedule))

    assert str(calendar["x-wr-calname"]) == "Pavel Savchuk"
    assert sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == [
        "Green cities",
        "Opening plenary",
    ]
