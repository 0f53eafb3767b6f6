import uuid

import pytest

from forum.models import Room, SessionPage
from schedule.domain.ids import legacy_id, room_guid, session_guid, speaker_guid

pytestmark = pytest.mark.django_db


def test_session_guid_same_for_every_translation(programme, locale_ru):
    russian = SessionPage.objects.get(
        translation_key=programme.opening.translation_key, locale=locale_ru
    )

    assert session_guid(session=russian) == session_guid(session=programme.opening)
    assert session_guid(session=programme.opening) != session_guid(session=programme.green)


def test_room_guid_same_for_every_translation(programme, locale_ru):
    russian = Room.objects.get(
        translation_key=programme.main_hall.translation_key, locale=locale_ru
    )

    assert room_guid(room=russian) == room_guid(room=programme.main_hall)


def test_guids_differ_between_kinds_with_one_key(programme):
    key = programme.pavel.translation_key
    speaker = programme.pavel
    session = SessionPage(translation_key=key)

    assert speaker_guid(speaker=speaker) != session_guid(session=session)


def test_legacy_id_within_positive_31_bits_and_stable():
    guid = uuid.UUID("12345678-1234-5678-1234-567812345678")

    assert legacy_id(guid=guid) == legacy_id(guid=uuid.UUID(str(guid)))
    assert 1_000_000 <= legacy_id(guid=guid) < 2**31
