"""The edition form labels each theme with its language, the edition's own first."""

import pytest

from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ThemeFactory,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


def test_theme_choices_say_their_language(client, home, locale_ru):
    edition = ForumEditionPageFactory(parent=ForumIndexPageFactory(parent=home), year=2023)
    translate_snippet(ThemeFactory(name="Ecology"), locale_ru, name="Экология")
    client.force_login(admin_user("en"))

    page = client.get(f"/admin/pages/{edition.pk}/edit/").content.decode()

    assert "Ecology (English)" in page and "Экология (Russian)" in page
    assert page.index("Ecology (English)") < page.index("Экология (Russian)")
