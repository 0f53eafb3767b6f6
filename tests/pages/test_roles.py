import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, WorkflowPage

from core.roles import FORUM_EDITORS, MODERATORS, PRIZE_EDITORS, TRANSLATORS, setup_roles
from prize.domain.workflows import PRIZE_WORKFLOW
from tests.admin_forms import post_page_edit
from tests.factories import PrizeIndexPageFactory, UserFactory, translate

pytestmark = pytest.mark.django_db


def member_of(group_name):
    return UserFactory(groups=[Group.objects.get(name=group_name)])


@pytest.fixture
def roles(tree):
    return setup_roles()


@pytest.fixture
def entry_ru(tree):
    parent = tree.prize_ru
    for page in (tree.prize_edition, tree.category, tree.nomination, tree.entry):
        parent = translate(page, tree.locale_ru)
    return parent


def test_translator_cannot_publish_a_prize_page(client, roles, tree, entry_ru):
    translator = member_of(TRANSLATORS)

    permissions = entry_ru.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not tree.entry.permissions_for_user(translator).can_edit()

    client.force_login(translator)
    post_page_edit(client, entry_ru, "action-publish", title="Счастливые школы")

    entry_ru.refresh_from_db()
    assert entry_ru.title != "Счастливые школы"  # the live page is unchanged
    assert entry_ru.get_latest_revision().content["title"] == "Счастливые школы"


def test_translator_can_submit_translations(roles):
    assert member_of(TRANSLATORS).has_perm("wagtail_localize.submit_translation")


def test_forum_editor_cannot_edit_prize_pages(client, roles, tree):
    editor = member_of(FORUM_EDITORS)

    assert not tree.entry.permissions_for_user(editor).can_edit()
    assert not tree.prize_ru.permissions_for_user(editor).can_edit()
    client.force_login(editor)
    response = client.get(f"/admin/pages/{tree.entry.pk}/edit/")
    assert response.status_code in (302, 403)


def test_forum_editor_can_edit_and_publish_sessions(client, roles, tree):
    editor = member_of(FORUM_EDITORS)
    permissions = tree.session.permissions_for_user(editor)
    assert permissions.can_edit() and permissions.can_publish()
    assert tree.forum_ru.permissions_for_user(editor).can_add_subpage()
    assert editor.has_perm("forum.change_theme") and editor.has_perm("forum.add_room")

    client.force_login(editor)
    response = post_page_edit(client, tree.session, "action-publish", title="Grand opening")

    assert response.status_code == 302
    tree.session.refresh_from_db()
    assert tree.session.title == "Grand opening"
    assert tree.session.live and not tree.session.has_unpublished_changes


def test_prize_editor_can_edit_but_not_publish_prize_pages(roles, tree):
    editor = member_of(PRIZE_EDITORS)
    permissions = tree.entry.permissions_for_user(editor)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not tree.session.permissions_for_user(editor).can_edit()


def test_moderators_publish_forum_and_prize_only(roles, tree):
    moderator = member_of(MODERATORS)
    assert tree.entry.permissions_for_user(moderator).can_publish()
    assert tree.session.permissions_for_user(moderator).can_publish()
    assert not tree.home.permissions_for_user(moderator).can_edit()


def test_prize_indexes_of_every_language_use_the_prize_workflow(roles, tree, entry_ru):
    assert tree.entry.get_workflow().name == PRIZE_WORKFLOW
    assert entry_ru.get_workflow().name == PRIZE_WORKFLOW


def test_editors_can_add_and_choose_images(roles):
    editor = member_of(PRIZE_EDITORS)
    assert editor.has_perm("wagtailadmin.access_admin")
    assert (
        editor.groups.get().collection_permissions.filter(permission__codename="add_image").exists()
    )


def test_setup_roles_twice_does_not_duplicate(tree):
    setup_roles()
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
    )

    call_command("setup_roles", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
    ) == counts
    assert Group.objects.filter(name=MODERATORS).count() == 1


def test_setup_roles_rerun_covers_a_language_added_later(home, locale_ru):
    prize = PrizeIndexPageFactory(parent=home)
    setup_roles()
    editor = member_of(PRIZE_EDITORS)
    translate(home, locale_ru)
    prize_ru = translate(prize, locale_ru)
    assert not prize_ru.permissions_for_user(editor).can_edit()

    setup_roles()

    editor = type(editor).objects.get(pk=editor.pk)  # permissions are cached per user object
    assert prize_ru.permissions_for_user(editor).can_edit()
    assert prize_ru.get_workflow().name == PRIZE_WORKFLOW
