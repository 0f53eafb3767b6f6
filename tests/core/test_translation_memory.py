"""Russian text that exists survives every wagtail-localize sync (issue 11): snippets made by
the demo loader or edited directly, pages made by the demo loader."""

import datetime
import itertools

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.demo import add_snippet, translate_page
from forum.models import Room, Theme
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    ThemeFactory,
    moscow,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

EDUCATION = {"en": {"name": "Education"}, "ru": {"name": "Образование"}}
MAIN_STAGE = {
    "en": {"name": "Main Stage", "floor": "House of Youth, ground floor"},
    "ru": {"name": "Главная сцена", "floor": "Дом молодёжи, 1 этаж"},
}


@pytest.fixture
def edition(home, locale_ru):
    """An English 2023 edition whose parents are translated into Russian."""
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    forum = ForumIndexPageFactory(parent=home)
    translate(forum, locale_ru, title="Форум")
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    translate(edition, locale_ru, title="Форум 2023")
    return edition


@pytest.fixture
def demo_snippets(locale_ru):
    """A theme and a room made the way the demo loader makes them."""
    theme, _ = add_snippet(model=Theme, text=EDUCATION, locale=locale_ru, slug="education")
    room, _ = add_snippet(model=Room, text=MAIN_STAGE, locale=locale_ru)
    return theme, room


@pytest.fixture
def edited_snippets(locale_ru):
    """A theme and a room whose Russian versions were made directly, with no
    wagtail-localize records (the editor's "Save" on a copy, or an older demo)."""
    theme = ThemeFactory(name="Education", slug="education")
    room = RoomFactory(name="Main Stage", floor="House of Youth, ground floor")
    translate_snippet(theme, locale_ru, name="Образование")
    translate_snippet(room, locale_ru, name="Главная сцена", floor="Дом молодёжи, 1 этаж")
    return theme, room


def russian(snippet, locale):
    return type(snippet).objects.get(translation_key=snippet.translation_key, locale=locale)


_slots = itertools.count()


def session_in(edition, theme, room):
    """A session in the room, in a slot of its own (a room holds one session at a time)."""
    starts_at = moscow(2023, 12, 3, 10) + datetime.timedelta(hours=2 * next(_slots) % 10)
    return SessionPageFactory(
        parent=edition, title="Museums", theme=theme, room=room, starts_at=starts_at
    )


def sync(instance, locale):
    """What "Sync translated pages" does: update the source, write every translation."""
    source = TranslationSource.objects.get_for_instance(instance)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source, enabled=True):
        translation.save_target(publish=True)


@pytest.mark.parametrize("made_by", ["demo_snippets", "edited_snippets"])
def test_translate_this_page_keeps_russian_theme_and_room(request, edition, locale_ru, made_by):
    theme, room = request.getfixturevalue(made_by)
    session = session_in(edition, theme, room)

    translate_object(session, [locale_ru])

    assert russian(theme, locale_ru).name == "Образование"
    assert russian(room, locale_ru).name == "Главная сцена"
    assert russian(room, locale_ru).floor == "Дом молодёжи, 1 этаж"
    assert Theme.objects.get(pk=theme.pk).name == "Education"


@pytest.mark.parametrize("made_by", ["demo_snippets", "edited_snippets"])
def test_resync_and_second_submit_keep_russian_names(request, edition, locale_ru, made_by):
    theme, room = request.getfixturevalue(made_by)
    translate_object(session_in(edition, theme, room), [locale_ru])

    sync(theme, locale_ru)
    sync(room, locale_ru)
    translate_object(session_in(edition, theme, room), [locale_ru])  # a translator submits

    assert russian(theme, locale_ru).name == "Образование"
    assert russian(room, locale_ru).name == "Главная сцена"


def test_direct_edit_after_stopping_sync_survives_the_next_sync(edition, locale_ru, demo_snippets):
    theme, room = demo_snippets
    translate_object(session_in(edition, theme, room), [locale_ru])
    # "Stop synced translation" unlocks the snippet editor, where the name is changed.
    Translation.objects.filter(target_locale=locale_ru).update(enabled=False)
    theme_ru = russian(theme, locale_ru)
    theme_ru.name = "Образование и наука"
    theme_ru.save()

    sync(theme, locale_ru)
    translate_object(session_in(edition, theme, room), [locale_ru])

    assert russian(theme, locale_ru).name == "Образование и наука"


def test_changed_source_text_keeps_the_russian_text(edition, locale_ru, demo_snippets):
    theme, room = demo_snippets
    theme.name = "Education and Science"
    theme.save()

    sync(theme, locale_ru)

    assert russian(theme, locale_ru).name == "Образование"


def test_demo_snippet_is_a_synced_translation_with_its_strings(locale_ru, demo_snippets):
    theme, _ = demo_snippets

    source = TranslationSource.objects.get_for_instance(theme)
    assert Translation.objects.filter(source=source, target_locale=locale_ru).exists()
    translated = StringTranslation.objects.get(
        translation_of__data="Education", locale=locale_ru, context__object=source.object
    )
    assert translated.data == "Образование"


def test_untranslated_snippet_gets_the_source_text_and_no_translation(edition, locale_ru):
    theme = ThemeFactory(name="Health", slug="health")
    room = RoomFactory(name="Hall A", floor="")

    translate_object(session_in(edition, theme, room), [locale_ru])

    assert russian(theme, locale_ru).name == "Health"  # wagtail-localize's fallback
    assert not StringTranslation.objects.filter(locale=locale_ru, data="Health").exists()


def test_changed_source_reaches_an_untranslated_copy(edition, locale_ru):
    theme = ThemeFactory(name="Health", slug="health")
    translate_object(session_in(edition, theme, RoomFactory()), [locale_ru])
    theme.name = "Health and Wellbeing"
    theme.save()

    sync(theme, locale_ru)

    assert russian(theme, locale_ru).name == "Health and Wellbeing"


def test_demo_page_text_survives_a_sync(edition, locale_ru):
    session = session_in(edition, None, None)
    session_ru = translate_page(
        page=session, locale=locale_ru, fields={"title": "Музеи и волонтёры", "summary": "Кратко"}
    )
    session.summary = "Volunteers and NGOs discuss partnership again."
    session.save_revision().publish()

    sync(session, locale_ru)

    session_ru = type(session_ru).objects.get(pk=session_ru.pk)
    assert (session_ru.title, session_ru.summary) == ("Музеи и волонтёры", "Кратко")
    assert session_ru.locale == Locale.objects.get(language_code="ru")


def test_save_of_synced_translation_keeps_the_translators_newer_string(locale_ru, demo_snippets):
    theme, _ = demo_snippets
    source = TranslationSource.objects.get_for_instance(theme)
    string = StringTranslation.objects.get(translation_of__data="Education", locale=locale_ru)
    string.data = "Просвещение"  # saved in the translation editor, not yet published
    string.save()

    russian(theme, locale_ru).save()  # e.g. an older version written again
    Translation.objects.get(source=source, target_locale=locale_ru).save_target()

    assert russian(theme, locale_ru).name == "Просвещение"
