"""The edition form offers the themes and partners of the edition's language, each theme
labelled with its language; themes already chosen in another language stay chosen."""

import pytest

from forum.models import Partner
from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ThemeFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(home):
    return ForumEditionPageFactory(parent=ForumIndexPageFactory(parent=home), year=2023)


def edit_form(client, page, language="en"):
    client.force_login(admin_user(language))
    return client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def test_theme_choices_are_the_editions_language_labelled(client, edition, locale_ru):
    translate_snippet(ThemeFactory(name="Ecology"), locale_ru, name="Экология")

    page = edit_form(client, edition)

    assert "Ecology (English)" in page
    assert "Экология" not in page


def test_russian_edition_offers_russian_themes_and_keeps_chosen_ones(
    client, home, edition, locale_ru
):
    ecology, health = ThemeFactory(name="Ecology"), ThemeFactory(name="Health")
    translate_snippet(ecology, locale_ru, name="Экология")
    translate(home, locale_ru, title="Главная")
    translate(edition.get_parent(), locale_ru, title="Форум")
    edition_ru = translate(edition, locale_ru, title="Форум 2023")
    edition_ru.themes.set([health])  # chosen before: kept, with its language
    edition_ru.save()

    page = edit_form(client, edition_ru, "ru")

    assert "Экология (" in page
    assert "Health (" in page
    assert "Ecology (" not in page


def test_partner_choices_are_the_editions_language(client, edition, locale_ru):
    Partner.objects.create(name="Red Cross")
    Partner.objects.create(name="Красный Крест", locale=locale_ru)

    page = edit_form(client, edition)

    assert "Red Cross" in page
    assert "Красный Крест" not in page
