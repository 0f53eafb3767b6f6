import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    moscow,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

PROGRAMME = """
query ($year: Int!, $locale: Locale, $day: Date, $theme: String, $format: SessionFormat) {
  forum(year: $year, locale: $locale) {
    title locale url year startDate city
    themes { name slug }
    sessions(day: $day, theme: $theme, format: $format) {
      title locale url startsAt format formatLabel
      theme { name } room { name }
      speakers { role speaker { name locale url } }
    }
  }
}
"""


@pytest.fixture
def forum(home):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    speakers = SpeakerIndexPageFactory(parent=index)
    return index, edition, speakers


def data(result):
    assert result.errors is None, result.errors
    return result.data


def test_forum_lists_sessions_in_time_order_with_speakers_in_order(graphql, forum):
    _, edition, speakers = forum
    ecology = ThemeFactory(name="Ecology", slug="ecology")
    edition.themes.add(ecology)
    edition.save()
    anna = SpeakerPageFactory(parent=speakers, title="Anna Volkova")
    pavel = SpeakerPageFactory(parent=speakers, title="Pavel Savchuk")
    SessionPageFactory(parent=edition, title="Late", starts_at=moscow(2023, 12, 3, 15))
    SessionPageFactory(
        parent=edition,
        title="Early",
        starts_at=moscow(2023, 12, 3, 9),
        theme=ecology,
        room=RoomFactory(name="Hall A"),
        speakers=[(pavel, "moderator"), (anna, "speaker")],
    )

    forum_data = data(graphql(PROGRAMME, {"year": 2023}))["forum"]

    assert forum_data["title"] == "Forum 2023"
    assert forum_data["url"] == "/en/forum/2023/"
    assert forum_data["themes"] == [{"name": "Ecology", "slug": "ecology"}]
    early, late = forum_data["sessions"]
    assert [early["title"], late["title"]] == ["Early", "Late"]
    assert early["theme"] == {"name": "Ecology"}
    assert early["room"] == {"name": "Hall A"}
    assert early["formatLabel"] == "Panel discussion"
    assert [(s["role"], s["speaker"]["name"]) for s in early["speakers"]] == [
        ("MODERATOR", "Pavel Savchuk"),
        ("SPEAKER", "Anna Volkova"),
    ]
    assert early["speakers"][0]["speaker"]["url"].startswith("/en/forum/speakers/")


def test_forum_sessions_filter_by_day_theme_and_format(graphql, forum):
    _, edition, _ = forum
    ecology = ThemeFactory(name="Ecology", slug="ecology")
    SessionPageFactory(parent=edition, title="Green", theme=ecology, format="workshop")
    SessionPageFactory(parent=edition, title="Plenary", format="plenary")
    SessionPageFactory(parent=edition, title="Late night", starts_at=moscow(2023, 12, 4, 23, 30))

    def titles(**filters):
        result = data(graphql(PROGRAMME, {"year": 2023, **filters}))
        return [s["title"] for s in result["forum"]["sessions"]]

    assert titles(theme="ecology") == ["Green"]
    assert titles(format="PLENARY") == ["Plenary"]
    # 23:30 in Moscow is still the 4th there.
    assert titles(day="2023-12-04") == ["Late night"]


def test_draft_and_private_content_never_appears(graphql, forum):
    _, edition, speakers = forum
    public = SpeakerPageFactory(parent=speakers, title="Public speaker")
    private = SpeakerPageFactory(parent=speakers, title="Private speaker")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft_speaker = SpeakerPageFactory(parent=speakers, title="Draft speaker", live=False)
    SessionPageFactory(parent=edition, title="Shown", speakers=[public, private, draft_speaker])
    SessionPageFactory(parent=edition, title="Draft session", live=False, speakers=[public])
    draft_edition = ForumEditionPageFactory(parent=edition.get_parent(), year=2024, live=False)

    result = data(
        graphql(
            """{
              forums { year }
              forum(year: 2023) { sessions { title speakers { speaker { name } } } }
              draft: forum(year: 2024) { year }
              draftSession: session(slug: "draft-session") { title }
              private: speaker(slug: "private-speaker") { name }
              speakers { totalCount edges { node { name sessions { title } } } }
            }"""
        )
    )

    assert draft_edition.year == 2024
    assert result["forums"] == [{"year": 2023}]
    assert result["forum"]["sessions"] == [
        {"title": "Shown", "speakers": [{"speaker": {"name": "Public speaker"}}]}
    ]
    assert result["draft"] is None
    assert result["draftSession"] is None
    assert result["private"] is None
    assert result["speakers"]["totalCount"] == 1
    assert result["speakers"]["edges"] == [
        {"node": {"name": "Public speaker", "sessions": [{"title": "Shown"}]}}
    ]


def test_unpublished_and_expired_sessions_never_appear(graphql, forum):
    _, edition, speakers = forum
    speaker = SpeakerPageFactory(parent=speakers, title="Anna")
    SessionPageFactory(parent=edition, title="Running", speakers=[speaker])
    SessionPageFactory(parent=edition, title="Withdrawn", speakers=[speaker]).unpublish()
    SessionPageFactory(
        parent=edition,
        title="Expired",
        speakers=[speaker],
        expire_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    query = """{ forum(year: 2023) { sessions { title } }
                 speaker(slug: "anna") { sessions { title } } }"""
    result = data(graphql(query))

    assert result["forum"]["sessions"] == [{"title": "Running"}]
    assert result["speaker"]["sessions"] == [{"title": "Running"}]


def test_private_forum_section_hides_its_sessions(graphql, forum):
    _, edition, _ = forum
    SessionPageFactory(parent=edition, title="Closed meeting")
    PageViewRestriction.objects.create(page=edition, restriction_type="password", password="x")

    query = '{ forums { year } session(slug: "closed-meeting") { title } }'
    result = data(graphql(query))

    assert result == {"forums": [], "session": None}


def test_russian_request_gets_translations_and_source_language_where_untranslated(
    graphql, forum, locale_ru, home
):
    index, edition, speakers = forum
    pavel = SpeakerPageFactory(parent=speakers, title="Pavel Savchuk")
    anna = SpeakerPageFactory(parent=speakers, title="Anna Volkova")
    translated = SessionPageFactory(parent=edition, title="Design session", speakers=[pavel, anna])
    SessionPageFactory(parent=edition, title="Only in English", starts_at=moscow(2023, 12, 4))
    for page, title in [(home, "#МЫВМЕСТЕ"), (index, "Форум"), (edition, "Форум 2023")]:
        translate(page, locale_ru, title=title)
    translate(speakers, locale_ru, title="Спикеры")
    translate(pavel, locale_ru, title="Павел Савчук")
    translate(translated, locale_ru, title="Проектировочная сессия")

    by_header = data(graphql(PROGRAMME, {"year": 2023}, language="ru-RU,ru;q=0.9"))
    by_argument = data(graphql(PROGRAMME, {"year": 2023, "locale": "RU"}, language="en"))

    assert by_header == by_argument
    forum_data = by_header["forum"]
    assert (forum_data["title"], forum_data["locale"], forum_data["url"]) == (
        "Форум 2023",
        "RU",
        "/ru/forum/2023/",
    )
    sessions = [(s["title"], s["locale"]) for s in forum_data["sessions"]]
    assert sessions == [("Проектировочная сессия", "RU"), ("Only in English", "EN")]
    speakers_of_first = [s["speaker"] for s in forum_data["sessions"][0]["speakers"]]
    assert [(s["name"], s["locale"]) for s in speakers_of_first] == [
        ("Павел Савчук", "RU"),
        ("Anna Volkova", "EN"),
    ]
    assert speakers_of_first[0]["url"].startswith("/ru/")


def test_unknown_locale_is_an_error_naming_the_available_ones(graphql, forum):
    result = graphql("{ forums(locale: DE) { year } }")

    assert result.errors[0].message == "Value 'DE' does not exist in 'Locale' enum."


def test_unsupported_accept_language_falls_back_to_default(graphql, forum):
    result = data(graphql("{ forum(year: 2023) { locale } }", language="de-DE,de"))

    assert result["forum"]["locale"] == "EN"


def test_page_translations_list_other_languages(graphql, forum, locale_ru, home):
    index, edition, _ = forum
    for page, title in [(home, "#МЫВМЕСТЕ"), (index, "Форум"), (edition, "Форум 2023")]:
        translate(page, locale_ru, title=title)

    result = data(graphql("{ forum(year: 2023) { translations { locale url } } }"))

    assert result["forum"]["translations"] == [{"locale": "RU", "url": "/ru/forum/2023/"}]


def test_session_has_edition_and_speaker_lists_sessions_across_editions(graphql, forum):
    index, edition, speakers = forum
    older = ForumEditionPageFactory(parent=index, year=2022)
    jan = SpeakerPageFactory(parent=speakers, title="Jan Ling", photo=ImageFactory())
    SessionPageFactory(parent=edition, title="Volunteers of Asia", speakers=[jan])
    SessionPageFactory(
        parent=older, title="CIS leaders", starts_at=moscow(2022, 12, 3), speakers=[jan]
    )

    result = data(
        graphql(
            """{ speaker(slug: "jan-ling") {
                   name photo { url width height }
                   sessions { title edition { year } }
                 } }"""
        )
    )

    speaker = result["speaker"]
    assert speaker["photo"]["width"] == 800
    assert speaker["photo"]["url"].startswith("http://testserver/media/")
    assert speaker["sessions"] == [
        {"title": "Volunteers of Asia", "edition": {"year": 2023}},
        {"title": "CIS leaders", "edition": {"year": 2022}},
    ]


def test_speakers_filter_by_forum_year_and_paginate(graphql, forum):
    index, edition, speakers = forum
    older = ForumEditionPageFactory(parent=index, year=2022)
    people = [SpeakerPageFactory(parent=speakers, title=f"Speaker {i:02}") for i in range(5)]
    SessionPageFactory(parent=edition, speakers=people[:3])
    SessionPageFactory(parent=older, starts_at=moscow(2022, 12, 3, 10), speakers=people[3:])
    query = """query ($after: String) {
      speakers(forumYear: 2023, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name } }
      }
    }"""

    first = data(graphql(query))["speakers"]
    second = data(graphql(query, {"after": first["pageInfo"]["endCursor"]}))["speakers"]

    assert first["totalCount"] == 3
    assert [e["node"]["name"] for e in first["edges"]] == ["Speaker 00", "Speaker 01"]
    assert first["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["name"] for e in second["edges"]] == ["Speaker 02"]
    assert second["pageInfo"]["hasNextPage"] is False


def test_page_size_over_100_is_a_clear_error(graphql, forum):
    result = graphql("{ speakers(first: 101) { totalCount } }")

    assert result.errors[0].message == "`first` must be between 0 and 100, got 101."


SESSION = """query ($slug: String!, $year: Int, $locale: Locale) {
  session(slug: $slug, forumYear: $year, locale: $locale) {
    title locale url startsAt theme { name } room { name }
    speakers { role speaker { name slug } }
  }
}"""


@pytest.mark.parametrize("speaker_count", [1, 8])
def test_one_session_takes_at_most_four_queries_whatever_its_speakers(
    graphql, forum, speaker_count, django_assert_max_num_queries
):
    index, edition, speakers = forum
    people = [SpeakerPageFactory(parent=speakers) for _ in range(speaker_count)]
    theme, room = ThemeFactory(name="Inclusion"), RoomFactory(name="Hall A")
    SessionPageFactory(parent=edition, title="Warm-up", starts_at=moscow(2023, 12, 4))
    SessionPageFactory(parent=edition, title="Panel", theme=theme, room=room, speakers=people)
    data(graphql(SESSION, {"slug": "warm-up"}))  # locales, site, hidden sections: remembered

    with django_assert_max_num_queries(4):
        result = data(graphql(SESSION, {"slug": "panel", "year": 2023}))

    session = result["session"]
    assert (session["title"], session["theme"], session["room"]) == (
        "Panel",
        {"name": "Inclusion"},
        {"name": "Hall A"},
    )
    assert [s["speaker"]["slug"] for s in session["speakers"]] == [p.slug for p in people]


@pytest.mark.parametrize("session_count", [1, 6])
def test_one_speaker_takes_at_most_four_queries_whatever_its_sessions(
    graphql, forum, session_count, django_assert_max_num_queries
):
    index, edition, speakers = forum
    jan = SpeakerPageFactory(parent=speakers, title="Jan Ling")
    SpeakerPageFactory(parent=speakers, title="Warm Up")
    for i in range(session_count):
        SessionPageFactory(parent=edition, starts_at=moscow(2023, 12, 3, 10 + i), speakers=[jan])
    query = """query ($slug: String!) { speaker(slug: $slug) {
        name sessions { title startsAt theme { name } room { name } } } }"""
    data(graphql(query, {"slug": "warm-up"}))

    with django_assert_max_num_queries(4):
        result = data(graphql(query, {"slug": "jan-ling"}))

    assert len(result["speaker"]["sessions"]) == session_count


def test_session_in_russian_has_translated_theme_and_untranslated_room(
    graphql, forum, locale_ru, home
):
    index, edition, _ = forum
    theme, room = ThemeFactory(name="Inclusion"), RoomFactory(name="Hall A")
    translate_snippet(theme, locale_ru, name="Инклюзия")
    session = SessionPageFactory(parent=edition, title="Panel", theme=theme, room=room)
    for page, title in [(home, "#МЫВМЕСТЕ"), (index, "Форум"), (edition, "Форум 2023")]:
        translate(page, locale_ru, title=title)
    translate(session, locale_ru, title="Панель")

    russian = data(graphql(SESSION, {"slug": "panel", "locale": "RU"}))["session"]
    english = data(graphql(SESSION, {"slug": "panel", "locale": "EN"}))["session"]

    assert (russian["title"], russian["theme"], russian["room"]) == (
        "Панель",
        {"name": "Инклюзия"},
        {"name": "Hall A"},
    )
    assert (english["title"], english["theme"], english["room"]) == (
        "Panel",
        {"name": "Inclusion"},
        {"name": "Hall A"},
    )
