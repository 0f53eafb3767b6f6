import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState

from core.roles import MODERATORS, PRIZE_EDITORS, setup_roles
from tests.admin_forms import post_page_edit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(tree):
    setup_roles()
    editor = UserFactory(groups=[Group.objects.get(name=PRIZE_EDITORS)])
    moderator = UserFactory(groups=[Group.objects.get(name=MODERATORS)])
    return editor, moderator


def test_prize_editor_change_waits_for_a_moderator(client, tree, people):
    editor, moderator = people
    client.force_login(editor)

    response = post_page_edit(client, tree.entry, "action-submit", status="finalist")

    assert response.status_code == 302
    entry = tree.entry.specific_class.objects.get(pk=tree.entry.pk)
    assert entry.status == "applicant"  # not live yet
    state = entry.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    task = state.current_task_state.task.specific
    assert [name for name, *_ in task.get_actions(entry, editor)] == []
    assert "approve" in [name for name, *_ in task.get_actions(entry, moderator)]


def test_moderator_approval_publishes_the_change(client, tree, people):
    editor, moderator = people
    client.force_login(editor)
    post_page_edit(client, tree.entry, "action-submit", status="laureate", grant_amount="1500000")
    state = tree.entry.specific_class.objects.get(pk=tree.entry.pk).current_workflow_state

    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[tree.entry.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": "Checked with the jury"})

    assert response.status_code in (200, 302)
    entry = tree.entry.specific_class.objects.get(pk=tree.entry.pk)
    assert (entry.status, entry.grant_amount) == ("laureate", 1_500_000)
    assert not entry.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_workflow_api_start_and_approve(tree, people):
    editor, moderator = people
    entry = tree.entry
    entry.summary = "Now in forty schools."
    entry.save_revision(user=editor)

    state = entry.get_workflow().start(entry, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")

    entry.refresh_from_db()
    assert entry.summary == "Now in forty schools."
    assert entry.live and not entry.has_unpublished_changes


def test_moderator_rejection_keeps_the_live_page(tree, people):
    editor, moderator = people
    entry = tree.entry
    entry.title = "Renamed"
    entry.save_revision(user=editor)

    state = entry.get_workflow().start(entry, editor)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")

    entry.refresh_from_db()
    assert entry.title == "Happy Schools"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
