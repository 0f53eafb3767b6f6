"""The forum's panels on the admin home page: edition readiness (sessions without speakers,
room or theme; speakers without photo or biography) and translation coverage, each for the
roles they concern, in a constant number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.roles import FORUM_EDITORS, MODERATORS, PRIZE_EDITORS, TRANSLATORS, setup_roles
from forum.domain.readiness import edition_readiness, editions_to_prepare
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    PrizeIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    UserFactory,
    moscow,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home, locale_ru):
    translate(home, locale_ru, title="Главная")
    forum = ForumIndexPageFactory(parent=home)
    translate(forum, locale_ru, title="Форум")
    PrizeIndexPageFactory(parent=home)
    return forum


@pytest.fixture
def speakers(forum):
    index = SpeakerIndexPageFactory(parent=forum)
    return {
        "complete": SpeakerPageFactory(
            parent=index, title="Anna Full", photo=ImageFactory(), biography="<p>Bio</p>"
        ),
        "no photo": SpeakerPageFactory(parent=index, title="Boris Nophoto", biography="<p>B</p>"),
        "no bio": SpeakerPageFactory(
            parent=index, title="Vera Nobio", photo=ImageFactory(), biography="<p></p>"
        ),
    }


def add_sessions(edition, speakers, count, start=0):
    """`count` complete sessions (speaker, room, theme), one hour apart."""
    for i in range(start, start + count):
        SessionPageFactory(
            parent=edition,
            title=f"Complete {i}",
            starts_at=moscow(edition.year, 12, 3, 9) + datetime.timedelta(hours=i),
            room=RoomFactory(),
            theme=ThemeFactory(),
            speakers=[speakers["complete"]],
        )


@pytest.fixture
def edition(forum, speakers):
    edition = ForumEditionPageFactory(parent=forum, year=2024)
    add_sessions(edition, speakers, 1)
    SessionPageFactory(parent=edition, title="Bare session", starts_at=moscow(2024, 12, 4, 10))
    SessionPageFactory(
        parent=edition,
        title="Half session",
        starts_at=moscow(2024, 12, 4, 12),
        room=RoomFactory(),
        speakers=[speakers["no photo"], speakers["no bio"]],
    )
    return edition


def titles(pages):
    return [page.title for page in pages]


def test_readiness_lists_each_gap(edition):
    readiness = edition_readiness(edition=edition)

    assert titles(readiness.sessions_without_speakers) == ["Bare session"]
    assert titles(readiness.sessions_without_room) == ["Bare session"]
    assert titles(readiness.sessions_without_theme) == ["Bare session", "Half session"]
    assert titles(readiness.speakers_without_photo) == ["Boris Nophoto"]
    assert titles(readiness.speakers_without_biography) == ["Vera Nobio"]


def test_editions_to_prepare_are_the_current_and_the_next(forum):
    past, current, upcoming, later = (
        ForumEditionPageFactory(parent=forum, year=year) for year in (2022, 2023, 2024, 2025)
    )

    assert editions_to_prepare(today=datetime.date(2023, 12, 3)) == [current, upcoming]
    assert editions_to_prepare(today=datetime.date(2024, 1, 10)) == [upcoming]
    assert editions_to_prepare(today=datetime.date(2030, 1, 1)) == [later]


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_readiness_panel_shows_counts_with_links(client, edition, speakers):
    html = dashboard(client, UserFactory(is_superuser=True))

    assert 'id="forum-edition-readiness' in html
    assert "Sessions without a theme" in html
    bare = edition.get_children().get(title="Bare session")
    assert f'href="/admin/pages/{bare.pk}/edit/">Bare session</a>' in html
    assert f'href="/admin/pages/{speakers["no bio"].pk}/edit/">Vera Nobio</a>' in html


def test_coverage_panel_lists_missing_russian_pages_themes_and_rooms(client, edition):
    html = dashboard(client, UserFactory(is_superuser=True))

    assert 'id="forum_translation_coverage' in html
    assert f'href="/admin/pages/{edition.pk}/edit/">Forum 2024</a>' in html
    theme = edition.get_children().get(title="Complete 0").specific.theme
    assert f'href="/admin/snippets/forum/theme/edit/{theme.pk}/">{theme.name}</a>' in html


@pytest.mark.parametrize(
    "role, readiness, coverage",
    [
        (FORUM_EDITORS, True, True),
        (MODERATORS, True, True),
        (TRANSLATORS, False, True),
        (PRIZE_EDITORS, False, False),
    ],
)
def test_forum_panels_are_shown_to_the_roles_they_concern(
    client, edition, role, readiness, coverage
):
    user = UserFactory(groups=[setup_roles()[role]])

    html = dashboard(client, user)

    assert ('id="forum-edition-readiness' in html) is readiness
    assert ('id="forum_translation_coverage' in html) is coverage


def test_dashboard_queries_do_not_grow_with_the_edition(client, edition, speakers):
    user = UserFactory(is_superuser=True)
    client.force_login(user)
    client.get("/admin/")  # warm caches (content types, locales)

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/admin/").status_code == 200
        return len(context)

    few = queries()
    add_sessions(edition, speakers, 6, start=10)
    client.get("/admin/")  # the first request after a change reads the locales and sites again
    assert queries() == few


def test_panels_speak_the_editors_language(client, edition):
    from tests.admin_forms import admin_user

    html = dashboard(client, admin_user("ru"))

    assert "Форум: готовность выпуска" in html
    assert "Сессии без темы" in html
    assert "Форум: переводы" in html and "Нет перевода" in html
