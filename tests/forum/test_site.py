"""Forum pages on the site: an edition shows its chosen themes in its language; a speaker
without a position has no dangling comma."""

import pytest

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


def test_edition_page_shows_its_themes_in_the_page_language(client, home, locale_ru):
    ecology = ThemeFactory(name="Ecology")
    translate_snippet(ecology, locale_ru, name="Экология")
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023, themes=[ecology])
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(index, locale_ru, title="Форум")
    translate(edition, locale_ru, title="Форум 2023")

    english = client.get("/en/forum/2023/").content.decode()
    russian = client.get("/ru/forum/2023/").content.decode()

    assert "Themes: <span>Ecology</span>" in english
    assert "Темы: <span>Экология</span>" in russian


@pytest.mark.parametrize(
    ("position", "shown"),
    [("", "Civic Lab Kazan"), ("Expert", "Expert, Civic Lab Kazan")],
)
def test_speaker_affiliation_has_no_dangling_comma(client, home, position, shown):
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    speaker = SpeakerPageFactory(
        parent=speakers, title="Ilya Petrov", position=position, organisation="Civic Lab Kazan"
    )
    edition = ForumEditionPageFactory(parent=index, year=2023)
    session = SessionPageFactory(parent=edition, speakers=[(speaker, "expert")])

    for url in (speaker.url, speakers.url, session.url):
        page = client.get(url).content.decode()
        assert shown in page, url
        assert f"{position}, Civic Lab Kazan" in page if position else ", Civic Lab" not in page
