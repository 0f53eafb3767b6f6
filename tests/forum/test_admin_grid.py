"""The programme grid in the admin: an edition's days × rooms with its sessions, clashes
labelled, and the quick form that moves a session through the normal publish rules."""

import html
import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import GroupPagePermission, Revision, WorkflowPage, WorkflowState

from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    PRIZE_EDITORS,
    SITE_EDITORS,
    TRANSLATORS,
    get_permission,
    setup_roles,
)
from forum.domain.grid import build_grid
from forum.models import SessionPage
from tests.admin_forms import admin_user, form_data
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    UserFactory,
    moscow,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home):
    """Forum 2023 (2-5 December): "Opening plenary" and "Volunteer workshop" in the Main hall
    at the same time on 3 December, and "Youth panel" in the Studio with Anna, who also
    speaks at the plenary then."""
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    anna = SpeakerPageFactory(parent=speakers, title="Anna Ivanova")
    hall, studio = RoomFactory(name="Main hall"), RoomFactory(name="Studio")
    edition = ForumEditionPageFactory(parent=index, year=2023)
    opening = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        starts_at=moscow(2023, 12, 3, 10),
        ends_at=moscow(2023, 12, 3, 12),
        room=hall,
        speakers=[anna],
    )
    # Stored as data from before the rules refused it (a room in two sessions at once).
    workshop = SessionPageFactory(
        parent=edition,
        title="Volunteer workshop",
        starts_at=moscow(2023, 12, 4, 14),
        ends_at=moscow(2023, 12, 4, 16),
        room=hall,
    )
    SessionPage.objects.filter(pk=workshop.pk).update(
        starts_at=moscow(2023, 12, 3, 11), ends_at=moscow(2023, 12, 3, 13)
    )
    youth = SessionPageFactory(
        parent=edition,
        title="Youth panel",
        starts_at=moscow(2023, 12, 4, 10),
        ends_at=moscow(2023, 12, 4, 11),
        room=studio,
    )
    SessionPage.objects.filter(pk=youth.pk).update(
        starts_at=moscow(2023, 12, 3, 11), ends_at=moscow(2023, 12, 3, 12)
    )
    from forum.models import SessionSpeaker

    SessionSpeaker.objects.create(session=youth, speaker=anna, sort_order=0)
    return {
        "edition": edition,
        "opening": opening,
        "workshop": workshop,
        "youth": youth,
        "hall": hall,
        "studio": studio,
        "anna": anna,
    }


def grid_url(edition):
    return f"/admin/forum_grid/{edition.pk}/"


def text_of(response):
    return re.sub(r"\s+", " ", html.unescape(response.content.decode()))


def block_html(response, session):
    """The HTML of the session's block on the grid."""
    content = html.unescape(response.content.decode())
    block = rf'<li id="session-{session.pk}".*?class="programme-block__move".*?</a>'
    found = re.search(block, content, re.S)
    return found.group(0) if found else ""


def test_grid_shows_each_session_in_its_day_and_room(client, forum):
    client.force_login(admin_user("en"))

    grid = build_grid(edition=forum["edition"])

    assert [day.date.day for day in grid.days] == [2, 3, 4, 5]
    third = grid.days[1]
    assert [column.room.name for column in third.columns] == ["Main hall", "Studio"]
    assert [b.session.title for b in third.columns[0].blocks] == [
        "Opening plenary",
        "Volunteer workshop",
    ]
    assert [b.session.title for b in third.columns[1].blocks] == ["Youth panel"]
    opening = third.columns[0].blocks[0]
    assert (opening.top, opening.height) == (60, 120)  # from 9:00, two hours
    response = client.get(grid_url(forum["edition"]))
    assert response.status_code == 200
    block = block_html(response, forum["youth"])
    assert "11:00–12:00" in block
    assert f'href="/admin/pages/{forum["youth"].pk}/edit/"' in block  # the block opens it


def test_grid_labels_room_and_speaker_clashes(client, forum):
    client.force_login(admin_user("en"))

    response = client.get(grid_url(forum["edition"]))

    workshop = block_html(response, forum["workshop"])
    assert "Room clash: Main hall also has “Opening plenary” at this time." in workshop
    youth = block_html(response, forum["youth"])
    assert "Speaker clash: Anna Ivanova also speaks in “Opening plenary” at this time." in youth
    assert "3 sessions in a clash" in text_of(response)


def test_grid_in_russian_for_a_russian_editor(client, forum):
    client.force_login(admin_user("ru"))

    response = client.get(grid_url(forum["edition"]))

    workshop = block_html(response, forum["workshop"])
    assert "Конфликт зала: в Main hall в это время также «Opening plenary»." in workshop
    assert "Перенести сессию" in text_of(response)


@pytest.fixture
def russian_edition(home, locale_ru, forum):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(forum["edition"].get_parent(), locale_ru, title="Форум")
    edition = translate(forum["edition"], locale_ru, title="Форум 2023")
    hall = translate_snippet(forum["hall"], locale_ru, name="Главный зал")
    session = SessionPageFactory(
        parent=edition,
        title="Пленарное заседание",
        starts_at=moscow(2023, 12, 2, 10),
        ends_at=moscow(2023, 12, 2, 11),
        room=hall,
    )
    return edition, session


def test_russian_edition_shows_its_russian_sessions(client, forum, russian_edition):
    edition, session = russian_edition
    client.force_login(admin_user("ru"))

    response = client.get(grid_url(edition))

    text = text_of(response)
    assert "Пленарное заседание" in text and "Главный зал" in text
    assert "Opening plenary" not in text


def move_data(session, day, start, end, room):
    return {
        "session": str(session.pk),
        "day": day,
        "start": start,
        "end": end,
        "room": str(room.pk) if room else "",
    }


def editor_without_publishing(forum):
    group = Group.objects.create(name="Programme assistants")
    group.permissions.add(get_permission(name="wagtailadmin.access_admin"))
    for action in ("add", "change"):
        GroupPagePermission.objects.create(
            group=group,
            page=forum["edition"].get_parent(),
            permission=get_permission(name=f"wagtailcore.{action}_page"),
        )
    return UserFactory(groups=[group])


def role_user(name):
    return UserFactory(groups=[Group.objects.get(name=name)])


# role: (make the user, remove workflows?, outcome)
ROLES = {
    "administrator": (lambda forum: admin_user("en"), False, "published"),
    "forum editor": (lambda forum: role_user(FORUM_EDITORS), False, "published"),
    "moderator": (lambda forum: role_user(MODERATORS), False, "published"),
    "editor who may not publish, with a workflow": (editor_without_publishing, False, "submitted"),
    "editor who may not publish, no workflow": (editor_without_publishing, True, "draft"),
}


@pytest.mark.parametrize("role", ROLES)
def test_moving_a_session_saves_a_revision_by_the_publish_rules(client, forum, role):
    setup_roles()
    make_user, no_workflow, outcome = ROLES[role]
    if no_workflow:
        WorkflowPage.objects.all().delete()
    user = make_user(forum)
    client.force_login(user)
    youth = forum["youth"]
    revisions = Revision.page_revisions.filter(object_id=str(youth.pk)).count()

    response = client.post(
        grid_url(forum["edition"]),
        move_data(youth, "2023-12-05", "15:00", "16:30", forum["studio"]),
        follow=True,
    )

    assert response.status_code == 200
    assert Revision.page_revisions.filter(object_id=str(youth.pk)).count() == revisions + 1
    revision = Revision.page_revisions.filter(object_id=str(youth.pk)).latest("pk")
    assert revision.user == user
    moved = revision.as_object()
    assert moved.starts_at == moscow(2023, 12, 5, 15)
    assert moved.ends_at == moscow(2023, 12, 5, 16, 30)
    stored = SessionPage.objects.get(pk=youth.pk)
    live_moved = stored.starts_at == moscow(2023, 12, 5, 15)
    assert live_moved == (outcome == "published")
    in_moderation = WorkflowState.objects.filter(
        base_content_type__isnull=False, object_id=str(youth.pk), status="in_progress"
    ).exists()
    assert in_moderation == (outcome == "submitted")
    message = {
        "published": "“Youth panel” moved and published.",
        "submitted": "“Youth panel” moved: submitted for moderation",
        "draft": "“Youth panel” moved: saved as a draft",
    }[outcome]
    assert message in text_of(response)
    # The grid shows where the session now is, a draft flagged as such.
    block = block_html(response, youth)
    assert "15:00–16:30" in block
    assert ("Draft" in block) == (outcome != "published")


def test_moving_keeps_the_sessions_other_pending_edits(client, forum):
    youth = forum["youth"]
    draft = youth.get_latest_revision_as_object()
    draft.summary = "A draft summary"
    draft.save_revision()
    client.force_login(admin_user("en"))

    client.post(
        grid_url(forum["edition"]),
        move_data(youth, "2023-12-05", "15:00", "16:00", forum["studio"]),
    )

    stored = SessionPage.objects.get(pk=youth.pk)
    assert (stored.summary, stored.starts_at) == ("A draft summary", moscow(2023, 12, 5, 15))


INVALID = {
    "room taken": (
        ("2023-12-03", "10:30", "11:00", "hall"),
        "room",
        {"en": "Main hall is taken at this time by “Opening plenary”", "ru": "занят"},
    ),
    "end before start": (
        ("2023-12-04", "16:00", "14:00", "studio"),
        "end",
        {"en": "before it starts", "ru": "раньше, чем начинается"},
    ),
    "speaker elsewhere": (
        ("2023-12-03", "10:30", "11:00", "studio"),
        None,
        {
            "en": "Anna Ivanova speaks at this time in “Opening plenary”",
            "ru": "Anna Ivanova в это время выступает на сессии «Opening plenary»",
        },
    ),
    "day not of the edition": (
        ("2023-12-20", "10:00", "11:00", "studio"),
        "day",
        {"en": "Select a valid choice", "ru": "Выберите корректный вариант"},
    ),
}


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("case", INVALID)
def test_invalid_move_shows_the_error_and_keeps_the_typed_values(client, forum, case, language):
    (day, start, end, room), field, messages = INVALID[case]
    youth = forum["youth"]
    client.force_login(admin_user(language))
    revisions = Revision.page_revisions.filter(object_id=str(youth.pk)).count()
    data = move_data(youth, day, start, end, forum[room])

    response = client.post(grid_url(forum["edition"]), data)

    assert response.status_code == 200
    text = text_of(response)
    assert messages[language] in text
    if field:
        widget = re.search(rf'<[^>]*\bid="id_{field}"[^>]*>', text).group(0)
        assert 'aria-invalid="true"' in widget
    typed = form_data(response.content.decode(), form_id=None)
    for name in ("session", "start", "end", "room"):
        assert typed[name] == [data[name]]
    assert Revision.page_revisions.filter(object_id=str(youth.pk)).count() == revisions
    assert SessionPage.objects.get(pk=youth.pk).starts_at == moscow(2023, 12, 3, 11)


@pytest.mark.parametrize("role", [SITE_EDITORS, PRIZE_EDITORS, TRANSLATORS, None])
def test_grid_is_refused_to_roles_without_forum_rights(client, forum, role):
    setup_roles()
    user = role_user(role) if role else UserFactory()
    if role is None:
        user.user_permissions.add(get_permission(name="wagtailadmin.access_admin"))
    client.force_login(user)

    shown = client.get(grid_url(forum["edition"]))
    moved = client.post(
        grid_url(forum["edition"]),
        move_data(forum["youth"], "2023-12-05", "15:00", "16:00", forum["studio"]),
    )

    # Wagtail's refusal: back to the dashboard with "Sorry, you do not have permission".
    for response in (shown, moved):
        assert (response.status_code, response.url) == (302, "/admin/")
    assert SessionPage.objects.get(pk=forum["youth"].pk).starts_at == moscow(2023, 12, 3, 11)
    assert "/admin/forum_grid/" not in client.get("/admin/").content.decode()


def test_grid_is_reached_from_the_forum_menu_and_the_edition_page(client, forum):
    setup_roles()
    client.force_login(role_user(FORUM_EDITORS))

    index = client.get("/admin/forum_grid/")
    edit = client.get(f"/admin/pages/{forum['edition'].pk}/edit/")

    assert index.status_code == 200
    assert grid_url(forum["edition"]) in index.content.decode()
    assert grid_url(forum["edition"]) in edit.content.decode()
    assert "/admin/forum_grid/" in client.get("/admin/").content.decode()
    assert (
        grid_url(forum["edition"])
        not in client.get(f"/admin/pages/{forum['youth'].pk}/edit/").content.decode()
    )


def count_grid_queries(client, edition):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(grid_url(edition))
    assert response.status_code == 200
    return len(queries)


def test_grid_queries_do_not_grow_with_the_sessions(client, home):
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    rooms = [RoomFactory() for _ in range(3)]
    people = [SpeakerPageFactory(parent=speakers) for _ in range(3)]
    SessionPageFactory(parent=edition, room=rooms[0], speakers=people[:1])
    client.force_login(admin_user("en"))
    one = count_grid_queries(client, edition)

    sessions = [
        SessionPageFactory(
            parent=edition,
            room=rooms[n % 3],
            starts_at=moscow(2023, 12, 2 + n % 4, 9 + n),
            speakers=people[n % 3 : n % 3 + 2],
        )
        for n in range(8)
    ]
    many = count_grid_queries(client, edition)
    for n, session in enumerate(sessions[::2]):  # pending moves: drafts come from revisions
        draft = session.get_latest_revision_as_object()
        draft.starts_at = moscow(2023, 12, 5, 8 + n)
        draft.ends_at = moscow(2023, 12, 5, 9 + n)
        draft.save_revision()
    with_drafts = count_grid_queries(client, edition)

    assert len(build_grid(edition=edition).blocks) == 9
    assert many == one
    assert with_drafts == one + 1  # all the drafts' revisions in one query


def test_session_locked_by_another_editor_is_not_moved(client, forum):
    youth = forum["youth"]
    SessionPage.objects.filter(pk=youth.pk).update(locked=True, locked_by=admin_user("en"))
    setup_roles()
    client.force_login(role_user(FORUM_EDITORS))

    response = client.post(
        grid_url(forum["edition"]),
        move_data(youth, "2023-12-05", "15:00", "16:00", forum["studio"]),
    )

    assert response.status_code == 200
    assert "The session is locked" in text_of(response)
    assert SessionPage.objects.get(pk=youth.pk).starts_at == moscow(2023, 12, 3, 11)
