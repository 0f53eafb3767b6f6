import datetime

import pytest
from icalendar import Calendar

from core.locales import content_locale
from forum.domain.program import session_by_slug
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    moscow,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home):
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    speakers = SpeakerIndexPageFactory(parent=index)
    return index, edition, speakers


def test_program_groups_sessions_by_moscow_day(client, forum):
    _, edition, _ = forum
    SessionPageFactory(
        parent=edition, title="Opening plenary", starts_at=moscow(2023, 12, 2, 10), format="plenary"
    )
    # 23:30 in Moscow is still the 2nd, though it is the 2nd 20:30 UTC.
    SessionPageFactory(parent=edition, title="Late workshop", starts_at=moscow(2023, 12, 2, 23, 30))
    SessionPageFactory(parent=edition, title="Ecology panel", starts_at=moscow(2023, 12, 3, 9))

    response = client.get(edition.url)

    program = response.context["program"]
    assert [d.date for d in program.days] == [
        datetime.date(2023, 12, 2),
        datetime.date(2023, 12, 3),
    ]
    assert [s.title for s in program.days[0].sessions] == ["Opening plenary", "Late workshop"]
    assert "Ecology panel" in response.content.decode()


def test_program_filters_by_theme_format_and_day(client, forum):
    _, edition, _ = forum
    ecology = ThemeFactory(name="Ecology", slug="ecology")
    education = ThemeFactory(name="Education", slug="education")
    SessionPageFactory(parent=edition, title="Green cities", theme=ecology, format="workshop")
    SessionPageFactory(
        parent=edition, title="Schools of kindness", theme=education, format="workshop"
    )
    SessionPageFactory(
        parent=edition,
        title="Climate plenary",
        theme=ecology,
        format="plenary",
        starts_at=moscow(2023, 12, 4, 12),
    )

    by_theme = client.get(edition.url, {"theme": "ecology"}).context["program"]
    by_theme_and_format = client.get(
        edition.url, {"theme": "ecology", "format": "workshop"}
    ).context["program"]
    by_day = client.get(edition.url, {"day": "2023-12-04"}).context["program"]

    assert by_theme.session_count == 2
    assert [s.title for d in by_theme_and_format.days for s in d.sessions] == ["Green cities"]
    assert [s.title for d in by_day.days for s in d.sessions] == ["Climate plenary"]
    assert {t.slug for t in by_theme.themes} == {"ecology", "education"}


def test_program_with_unknown_filter_values_shows_no_sessions_not_an_error(client, forum):
    _, edition, _ = forum
    SessionPageFactory(parent=edition)

    response = client.get(edition.url, {"theme": "nope", "day": "not-a-date", "format": "x"})

    assert response.status_code == 200
    assert response.context["program"].session_count == 0


def test_program_hides_draft_sessions(client, forum):
    _, edition, _ = forum
    SessionPageFactory(parent=edition, title="Published")
    SessionPageFactory(parent=edition, title="Secret draft", live=False)

    content = client.get(edition.url).content.decode()

    assert "Published" in content
    assert "Secret draft" not in content


def test_session_ics_download_parses_back_with_times_and_place(client, forum):
    _, edition, speakers = forum
    session = SessionPageFactory(
        parent=edition,
        title="Design session: international track",
        starts_at=moscow(2023, 12, 3, 14),
        ends_at=moscow(2023, 12, 3, 16),
    )

    response = client.get(session.url, {"format": "ics"})

    assert response["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert str(event["summary"]) == "Design session: international track"
    assert event.decoded("dtstart") == moscow(2023, 12, 3, 14)
    assert event.decoded("dtend") == moscow(2023, 12, 3, 16)
    assert "Moscow" in str(event["location"])
    assert str(event["url"]).endswith(session.url)


def test_session_page_lists_speakers_in_order_with_roles(client, forum):
    _, edition, speakers = forum
    anna = SpeakerPageFactory(parent=speakers, title="Anna Volkova")
    pavel = SpeakerPageFactory(parent=speakers, title="Pavel Savchuk")
    session = SessionPageFactory(parent=edition, speakers=[(pavel, "moderator"), (anna, "speaker")])

    speakers_in_context = client.get(session.url).context["speakers"]

    assert [(role.role, s.title) for role, s in speakers_in_context] == [
        ("moderator", "Pavel Savchuk"),
        ("speaker", "Anna Volkova"),
    ]


def test_speaker_profile_lists_sessions_across_editions(client, forum):
    index, edition, speakers = forum
    older = ForumEditionPageFactory(parent=index, year=2022)
    speaker = SpeakerPageFactory(parent=speakers, title="Jan Ling")
    SessionPageFactory(parent=edition, title="Volunteers of Asia", speakers=[speaker])
    SessionPageFactory(
        parent=older, title="CIS leaders", starts_at=moscow(2022, 12, 3), speakers=[speaker]
    )
    SessionPageFactory(parent=edition, title="Not hers")

    sessions = client.get(speaker.url).context["sessions"]

    assert [s.title for s in sessions] == ["Volunteers of Asia", "CIS leaders"]


def test_russian_program_links_to_russian_speakers(client, forum, locale_ru, home):
    index, edition, speakers = forum
    speaker = SpeakerPageFactory(parent=speakers, title="Pavel Savchuk")
    session = SessionPageFactory(parent=edition, title="Design session", speakers=[speaker])
    for page, title in [
        (home, "#МЫВМЕСТЕ"),
        (index, "Форум"),
        (edition, "Форум 2023"),
        (speakers, "Спикеры"),
    ]:
        translate(page, locale_ru, title=title)
    translate(speaker, locale_ru, title="Павел Савчук")
    translate(session, locale_ru, title="Проектировочная сессия")

    response = client.get("/ru/forum/2023/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "Проектировочная сессия" in content
    assert "Павел Савчук" in content
    assert "/ru/forum/speakers/" in content


def test_session_by_slug_finds_an_edition_added_after_a_lookup(forum, locale_ru):

    index, edition, _ = forum
    SessionPageFactory(parent=edition, title="Opening plenary", starts_at=moscow(2023, 12, 2, 10))
    english = content_locale(code="en")
    assert session_by_slug(slug="opening-plenary", locale=english, year=2024) is None

    newer = ForumEditionPageFactory(parent=index, year=2024)
    SessionPageFactory(parent=newer, title="Opening plenary", starts_at=moscow(2024, 12, 2, 10))

    found = session_by_slug(slug="opening-plenary", locale=english, year=2024)
    assert found is not None and found.get_parent().specific.year == 2024
    assert session_by_slug(slug="opening-plenary", locale=english, year=2023).pk != found.pk


def test_session_by_slug_hides_sessions_of_an_unpublished_edition(forum):

    _, edition, _ = forum
    SessionPageFactory(parent=edition, title="Opening plenary", starts_at=moscow(2023, 12, 2, 10))
    english = content_locale(code="en")
    assert session_by_slug(slug="opening-plenary", locale=english) is not None

    edition.unpublish()

    assert session_by_slug(slug="opening-plenary", locale=english) is None
    assert session_by_slug(slug="opening-plenary", locale=english, year=2023) is None
