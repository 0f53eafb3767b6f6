"""The site and the API answer the forum's questions with the same domain functions: the
programme, a session's speakers and a speaker's sessions list the same things in the same
order, in both languages, untranslated pages included as fallbacks."""

import re

import pytest

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    moscow,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home, locale_ru):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    people = SpeakerIndexPageFactory(parent=index)
    anna = SpeakerPageFactory(parent=people, title="Anna Volkova")
    boris = SpeakerPageFactory(parent=people, title="Boris Lee")
    opening = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        starts_at=moscow(2023, 12, 2, 10),
        speakers=[boris, anna],
    )
    SessionPageFactory(
        parent=edition,
        title="Green country workshop",
        starts_at=moscow(2023, 12, 3, 12),
        speakers=[anna],
    )
    translate(home, locale_ru, title="Главная")
    for page in (index, edition, people):
        translate(page, locale_ru, title=f"{page.title} (ru)")
    translate(anna, locale_ru, title="Анна Волкова")
    translate(opening, locale_ru, title="Пленарное открытие")
    return edition, anna


def programme_titles(client, url):
    html = client.get(url).content.decode()
    return re.findall(r'<h4><a href="[^"]+">([^<]+)</a></h4>', html)


def speaker_names(client, url):
    html = client.get(url).content.decode()
    block = html.split('class="speakers"', 1)[1].split("</p>", 1)[0]
    return re.findall(r">([^<]+)</a>", block)


@pytest.mark.parametrize(
    "language,expected",
    [
        ("en", ["Opening plenary", "Green country workshop"]),
        ("ru", ["Пленарное открытие", "Green country workshop"]),
    ],
)
def test_programme_is_the_same_on_the_site_and_in_the_api(
    client, graphql, forum, locale_ru, language, expected
):
    edition = forum[0] if language == "en" else forum[0].get_translation(locale_ru)
    result = graphql(
        f"{{ forum(year: 2023, locale: {language.upper()}) {{ sessions {{ title }} }} }}"
    )
    assert programme_titles(client, edition.url) == expected
    assert [s["title"] for s in result.data["forum"]["sessions"]] == expected


def test_session_speakers_are_the_same_on_the_site_and_in_the_api(
    client, graphql, forum, locale_ru
):
    edition = forum[0].get_translation(locale_ru)
    result = graphql(
        "{ forum(year: 2023, locale: RU) { sessions { speakers { speaker { name } } } } }"
    )
    api = [s["speaker"]["name"] for s in result.data["forum"]["sessions"][0]["speakers"]]
    assert api == ["Boris Lee", "Анна Волкова"]
    assert speaker_names(client, edition.url) == api


def test_speaker_sessions_are_the_same_on_the_site_and_in_the_api(
    client, graphql, forum, locale_ru
):
    anna_ru = forum[1].get_translation(locale_ru)
    html = client.get(anna_ru.url).content.decode()
    site = re.findall(r'<li><a href="[^"]+"[^>]*>([^<]+)</a> —', html)
    result = graphql(
        f'{{ speaker(slug: "{anna_ru.slug}", locale: RU) {{ sessions {{ title }} }} }}'
    )
    assert site == [s["title"] for s in result.data["speaker"]["sessions"]]
    assert site == ["Green country workshop", "Пленарное открытие"]


def test_session_slug_in_two_editions_needs_the_forum_year(graphql, forum):
    edition_2023 = forum[0]
    edition_2022 = ForumEditionPageFactory(parent=edition_2023.get_parent(), year=2022)
    SessionPageFactory(
        parent=edition_2022, title="Opening plenary", starts_at=moscow(2022, 12, 3, 10)
    )
    ambiguous = graphql('{ session(slug: "opening-plenary") { title } }')
    assert ambiguous.errors[0].message == (
        "The slug 'opening-plenary' names sessions of the 2022, 2023 forums: pass `forumYear`."
    )
    assert ambiguous.errors[0].extensions == {"code": "AMBIGUOUS_SLUG"}
    older = graphql(
        '{ session(slug: "opening-plenary", forumYear: 2022) { startsAt edition { year } } }'
    )
    assert older.data["session"]["edition"]["year"] == 2022
    newer = graphql('{ session(slug: "opening-plenary", forumYear: 2023) { edition { year } } }')
    assert newer.data["session"]["edition"]["year"] == 2023
