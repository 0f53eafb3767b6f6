"""The speaker chooser of a session: speaker pages only, in the session's language, with
search, and a "New speaker" tab that creates a missing speaker inside the modal."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from core.roles import FORUM_EDITORS, PRIZE_EDITORS, setup_roles
from forum.models import SpeakerPage
from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    UserFactory,
    translate,
)

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/speaker_chooser/"


@pytest.fixture
def forum(home, locale_ru):
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    anna = SpeakerPageFactory(parent=speakers, title="Anna Ivanova", organisation="Red Cross")
    boris = SpeakerPageFactory(parent=speakers, title="Boris Petrov", live=False)
    edition = ForumEditionPageFactory(parent=index, year=2023)
    session = SessionPageFactory(parent=edition, title="Opening plenary", speakers=[anna])
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    index_ru = translate(index, locale_ru, title="Форум")
    speakers_ru = translate(speakers, locale_ru, title="Спикеры")
    anna_ru = translate(anna, locale_ru, title="Анна Иванова")
    return {
        "speakers": speakers,
        "speakers_ru": speakers_ru,
        "anna": anna,
        "boris": boris,
        "anna_ru": anna_ru,
        "session": session,
        "edition": edition,
        "index_ru": index_ru,
    }


def modal(response):
    """The chooser's modal-workflow answer: (its JSON data, its HTML)."""
    assert response.status_code == 200
    data = json.loads(response.content)
    return data, data.get("html") or data.get("htmlFragment") or ""


def chosen_link(speaker):
    return f"{CHOOSER}chosen/{speaker.pk}/"


def test_session_speaker_field_opens_the_speaker_chooser(client, forum):
    client.force_login(admin_user("en"))

    response = client.get(f"/admin/pages/{forum['session'].pk}/edit/")

    assert response.status_code == 200
    assert CHOOSER in response.content.decode()


def test_chooser_lists_speakers_of_the_sessions_language_only(client, forum):
    client.force_login(admin_user("en"))

    _data, english = modal(client.get(CHOOSER, {"locale": "en"}))
    _data, russian = modal(client.get(CHOOSER, {"locale": "ru"}))

    assert chosen_link(forum["anna"]) in english and chosen_link(forum["boris"]) in english
    assert chosen_link(forum["anna_ru"]) not in english
    for other in (forum["session"], forum["edition"], forum["speakers"]):
        assert chosen_link(other) not in english  # speakers only
    assert chosen_link(forum["anna_ru"]) in russian and chosen_link(forum["anna"]) not in russian
    assert "Draft" in english  # Boris is not live yet


def test_chooser_search_finds_speakers_by_name(client, forum):
    client.force_login(admin_user("en"))

    response = client.get(f"{CHOOSER}results/", {"locale": "en", "q": "Boris"})

    html = response.content.decode()
    assert chosen_link(forum["boris"]) in html and chosen_link(forum["anna"]) not in html


def forum_editor():
    setup_roles()
    return UserFactory(groups=[Group.objects.get(name=FORUM_EDITORS)])


def test_chooser_creates_a_missing_speaker_in_the_sessions_language(client, forum):
    user = forum_editor()
    client.force_login(user)
    _data, html = modal(client.get(CHOOSER, {"locale": "ru"}))
    assert "New speaker" in html  # the tab with the creation form

    data, _html = modal(
        client.post(
            f"{CHOOSER}create/?locale=ru",
            {"new-speaker-title": "Мария Смирнова", "new-speaker-position": "Директор"},
        )
    )

    assert data["step"] == "chosen"
    speaker = SpeakerPage.objects.get(pk=data["result"]["id"])
    assert data["result"]["title"] == "Мария Смирнова"
    assert speaker.get_parent().pk == forum["speakers_ru"].pk
    assert (speaker.locale.language_code, speaker.position) == ("ru", "Директор")
    assert speaker.live
    assert speaker.get_latest_revision().user == user


def test_speaker_created_by_an_editor_who_may_not_publish_goes_to_moderation(client, forum):
    from wagtail.models import GroupPagePermission

    from core.roles import get_permission

    setup_roles()
    group = Group.objects.create(name="Assistants")
    group.permissions.add(get_permission(name="wagtailadmin.access_admin"))
    for action in ("add", "change"):
        GroupPagePermission.objects.create(
            group=group,
            page=forum["speakers"],
            permission=get_permission(name=f"wagtailcore.{action}_page"),
        )
    client.force_login(UserFactory(groups=[group]))

    created = client.post(f"{CHOOSER}create/?locale=en", {"new-speaker-title": "Olga Sidorova"})
    data, _html = modal(created)

    speaker = SpeakerPage.objects.get(pk=data["result"]["id"])
    assert not speaker.live
    assert WorkflowState.objects.filter(object_id=str(speaker.pk), status="in_progress").exists()


@pytest.mark.parametrize(
    "language, typed, message",
    [
        ("en", {"title": "", "position": "Chair"}, "This field is required."),
        ("ru", {"title": "", "position": "Chair"}, "Обязательное поле."),
        (
            "en",
            {"title": "anna ivanova", "position": "Chair"},
            "There is already a speaker called “Anna Ivanova”",
        ),
        (
            "ru",
            {"title": "anna ivanova", "position": "Chair"},
            "Спикер «Anna Ivanova» уже есть",
        ),
    ],
)
def test_invalid_new_speaker_shows_the_error_and_keeps_the_typed_values(
    client, forum, language, typed, message
):
    client.force_login(admin_user(language))
    count = SpeakerPage.objects.count()

    data, html = modal(
        client.post(
            f"{CHOOSER}create/?locale=en", {f"new-speaker-{k}": v for k, v in typed.items()}
        )
    )

    assert data["step"] == "reshow_creation_form"
    assert message in html
    assert 'value="Chair"' in html
    if typed["title"]:
        assert f'value="{typed["title"]}"' in html
    assert SpeakerPage.objects.count() == count


def test_chooser_offers_no_creation_without_the_right_to_add_speakers(client, forum):
    setup_roles()
    client.force_login(UserFactory(groups=[Group.objects.get(name=PRIZE_EDITORS)]))
    count = SpeakerPage.objects.count()

    _data, html = modal(client.get(CHOOSER, {"locale": "en"}))
    created = client.post(f"{CHOOSER}create/?locale=en", {"new-speaker-title": "Olga Sidorova"})

    assert "New speaker" not in html
    assert created.status_code in (302, 403)
    assert SpeakerPage.objects.count() == count
