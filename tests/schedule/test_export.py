import datetime

import pytest
from django.test import RequestFactory

from core.locales import content_locale
from forum.models import ForumEditionPage
from schedule.domain.export import edition_schedule, plain_text, speaker_schedule
from schedule.domain.ids import room_guid, session_guid
from tests.factories import moscow

pytestmark = pytest.mark.django_db


def _schedule(code, year=2023):
    request = RequestFactory().get("/")
    return edition_schedule(year=year, locale=content_locale(code=code), request=request)


def test_edition_schedule_groups_sessions_by_moscow_day_and_room(programme):
    schedule = _schedule("en")

    assert [d.date for d in schedule.days] == [
        datetime.date(2023, 12, 2),
        datetime.date(2023, 12, 3),
        datetime.date(2023, 12, 4),
        datetime.date(2023, 12, 5),  # a day of the edition without sessions
    ]
    first = schedule.days[0]
    assert [(room.name, [e.title for e in events]) for room, events in first.rooms] == [
        ("Hall B", ["Green cities"]),
        ("Main hall", ["Opening plenary"]),
    ]
    assert first.start == moscow(2023, 12, 2, 10)
    assert schedule.days[2].rooms[0][0].name == "VDNKh, House of Youth"  # no room: the venue
    assert schedule.days[3].rooms == []
    assert schedule.acronym == "wearetogether2023"


def test_edition_schedule_in_russian_with_fallback_to_english(programme):
    schedule = _schedule("ru")

    titles = [e.title for e in schedule.events]
    assert titles == ["Пленарное заседание", "Зелёные города", "Late workshop", "City walk"]
    assert schedule.title == "Форум 2023"
    assert {r.name for r in schedule.rooms} == {"Главный зал", "Зал Б", "VDNKh, House of Youth"}
    assert schedule.tracks == [("Экология", "ecology")]


def test_edition_schedule_identifiers_same_in_both_languages(programme):
    english, russian = _schedule("en"), _schedule("ru")

    assert [e.guid for e in english.events] == [e.guid for e in russian.events]
    assert english.events[0].guid == session_guid(session=programme.opening)
    assert english.events[0].room.guid == room_guid(room=programme.main_hall)
    assert english.events[0].room.guid == russian.events[0].room.guid


def test_edition_schedule_leaves_out_hidden_speakers_and_unpublished_sessions(programme):
    schedule = _schedule("en")

    opening = schedule.events[0]
    assert [(p.name, p.role) for p in opening.persons] == [("Pavel Savchuk", "Moderator")]
    assert "Unpublished session" not in [e.title for e in schedule.events]


def test_edition_schedule_of_unknown_year_is_none(programme):
    assert _schedule("en", year=1999) is None


def test_edition_schedule_of_edition_unpublished_in_every_language_is_none(programme):
    for edition in ForumEditionPage.objects.filter(
        translation_key=programme.edition.translation_key
    ):
        edition.unpublish()

    assert _schedule("en") is None


def test_speaker_schedule_lists_visible_sessions_in_language(programme):
    request = RequestFactory().get("/")

    schedule = speaker_schedule(
        slug="pavel-savchuk", locale=content_locale(code="ru"), request=request
    )

    assert schedule.title == "Павел Савчук"
    assert [e.title for e in schedule.events] == ["Пленарное заседание", "Зелёные города"]
    assert "Главный зал" in schedule.events[0].location


def test_speaker_schedule_of_draft_or_restricted_speaker_is_none(programme):
    request = RequestFactory().get("/")
    locale = content_locale(code="en")

    for speaker in (programme.draft, programme.restricted):
        assert speaker_schedule(slug=speaker.slug, locale=locale, request=request) is None


def test_plain_text_keeps_paragraphs_and_unescapes():
    assert plain_text("<p>Welcome &amp; greetings.</p><p>Second.</p>") == (
        "Welcome & greetings.\nSecond."
    )
