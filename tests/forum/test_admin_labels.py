"""Labels and hints of the forum's admin forms (forum/models.py panels), in both languages:
the speaker's name is not "Title", the venue has a hint, the image label is translated."""

import pytest

from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home):
    return ForumIndexPageFactory(parent=home)


def edit_form(client, page, language):
    client.force_login(admin_user(language))
    return client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


@pytest.mark.parametrize(
    "language, label, help_text",
    [
        ("en", "Speaker&#x27;s name", "The speaker&#x27;s name as the site shows it"),
        ("ru", "Имя спикера", ""),
    ],
)
def test_speaker_name_field_is_labelled_name(client, forum, language, label, help_text):
    speaker = SpeakerPageFactory(parent=SpeakerIndexPageFactory(parent=forum))

    page = edit_form(client, speaker, language)

    assert label in page and help_text in page
    assert "The page title" not in page
    assert "Заголовок страницы, как" not in page


def test_venue_has_a_hint(client, forum):
    edition = ForumEditionPageFactory(parent=forum, year=2023)

    assert "The building, without the city: Gostiny Dvor" in edit_form(client, edition, "en")
    assert "Здание, без города: Гостиный Двор" in edit_form(client, edition, "ru")


def test_image_label_is_translated_in_the_russian_admin(client, forum):
    edition = ForumEditionPageFactory(parent=forum, year=2023)

    page = edit_form(client, edition, "ru")

    assert 'id="panel-child-content-image-heading"' in page
    heading = page.split('id="panel-child-content-image-heading"', 1)[1][:300]
    assert "Изображение" in heading and "Image" not in heading
