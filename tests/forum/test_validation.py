"""Impossible forum data is refused in the admin edit form: the form comes back with the
error on the field (in the editor's language) and the typed values, and nothing is saved."""

import html
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Revision

from forum.models import ForumEditionPage
from tests.admin_forms import admin_user, field_errors, form_data, post_page_edit
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    moscow,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home):
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    anna = SpeakerPageFactory(parent=speakers, title="Anna Ivanova")
    hall, studio = RoomFactory(name="Main hall"), RoomFactory(name="Studio")
    edition = ForumEditionPageFactory(parent=index, year=2023)  # 2-5 December
    opening = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        starts_at=moscow(2023, 12, 3, 10),
        ends_at=moscow(2023, 12, 3, 12),
        room=hall,
        speakers=[anna],
    )
    workshop = SessionPageFactory(
        parent=edition,
        title="Volunteer workshop",
        starts_at=moscow(2023, 12, 3, 14),
        ends_at=moscow(2023, 12, 3, 16),
        room=studio,
        speakers=[anna],
    )
    older = ForumEditionPageFactory(parent=index, year=2022)
    return edition, opening, workshop, older, hall


CASES = {
    "session ends before it starts": (
        "workshop",
        {"starts_at": "2023-12-03 16:00", "ends_at": "2023-12-03 14:00"},
        "ends_at",
        {"en": "before it starts", "ru": "раньше, чем начинается"},
    ),
    "session outside the edition's days": (
        "workshop",
        {"starts_at": "2023-12-20 10:00", "ends_at": "2023-12-20 11:00"},
        "starts_at",
        {"en": "outside the days of Forum 2023", "ru": "вне дней выпуска «Forum 2023»"},
    ),
    "room taken": (
        "workshop",
        {"starts_at": "2023-12-03 11:00", "ends_at": "2023-12-03 13:00", "room": "hall"},
        "room",
        {"en": "Main hall is taken at this time by “Opening plenary”", "ru": "занят"},
    ),
    "speaker in two rooms at once": (
        "workshop",
        {"starts_at": "2023-12-03 11:00", "ends_at": "2023-12-03 13:00"},
        "speaker_roles-0-speaker",
        {
            "en": "Anna Ivanova speaks at this time in “Opening plenary”",
            "ru": "Anna Ivanova в это время выступает на сессии «Opening plenary»",
        },
    ),
    "edition ends before it starts": (
        "edition",
        {"start_date": "2023-12-05", "end_date": "2023-12-02"},
        "end_date",
        {"en": "is before the first day", "ru": "раньше первого"},
    ),
    "second edition of a year": (
        "older",
        {"year": "2023", "start_date": "2023-12-02", "end_date": "2023-12-05"},
        "year",
        {
            "en": "There is already a forum edition of 2023 in this language: “Forum 2023”",
            "ru": "Выпуск форума 2023 года на этом языке уже есть: «Forum 2023»",
        },
    ),
}


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("case", CASES)
def test_impossible_forum_data_is_refused_with_typed_values_kept(client, forum, case, language):
    edition, opening, workshop, older, hall = forum
    pages = {"edition": edition, "workshop": workshop, "older": older}
    name, changes, field, messages = CASES[case]
    page = pages[name]
    changes = {k: str(hall.pk) if v == "hall" else v for k, v in changes.items()}
    client.force_login(admin_user(language))
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).count()

    response = post_page_edit(client, page, "action-publish", **changes)

    assert response.status_code == 200  # the form again, not a redirect
    text = html.unescape(response.content.decode())
    assert messages[language] in text
    typed = form_data(response.content.decode())
    for name, value in changes.items():
        assert typed[name] == [value]
    assert messages[language] in field_errors(text, field)
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == revisions
    stored = type(page).objects.get(pk=page.pk)
    for name in changes:
        if "-" not in name:
            attname = "room_id" if name == "room" else name
            assert getattr(stored, attname) == getattr(page, attname)


def test_valid_session_change_is_published(client, forum):
    *_, workshop, _older, _hall = forum
    client.force_login(admin_user("en"))

    response = post_page_edit(
        client, workshop, "action-publish", starts_at="2023-12-04 10:00", ends_at="2023-12-04 11:00"
    )

    assert response.status_code == 302
    stored = type(workshop).objects.get(pk=workshop.pk)
    assert stored.starts_at == moscow(2023, 12, 4, 10)


def test_translation_of_an_edition_shares_its_year(home, forum, locale_ru):
    edition, *_ = forum
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(edition.get_parent(), locale_ru, title="Форум")
    russian = translate(edition, locale_ru, title="Форум 2023")

    assert (russian.year, russian.edition_locale_id) == (2023, locale_ru.pk)


def test_database_holds_one_edition_per_year_and_language(forum):
    *_, older, _hall = forum

    with pytest.raises(IntegrityError), transaction.atomic():
        ForumEditionPage.objects.filter(pk=older.pk).update(year=2023)  # no clean() here


def test_year_taken_in_a_language_of_the_translations_is_refused(home, forum, locale_ru):
    edition, *_, older, _hall = forum
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(edition.get_parent(), locale_ru, title="Форум")
    translate(older, locale_ru, title="Форум 2022")
    # A Russian-only 2024 edition, then the English 2022 one (translated) moved to 2024.
    russian_2024 = ForumEditionPageFactory(
        parent=edition.get_parent().get_translation(locale_ru), year=2024, title="Форум 2024"
    )
    older.year, older.start_date, older.end_date = 2024, date(2024, 12, 2), date(2024, 12, 5)

    with pytest.raises(ValidationError) as refused:
        older.full_clean()

    assert russian_2024.title in refused.value.message_dict["year"][0]
