"""The "Set status" bulk action on prize entries: a revision per entry, published by those
who may publish, sent to the prize moderation workflow for the others."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState

from core.roles import FORUM_EDITORS, MODERATORS, PRIZE_EDITORS, setup_roles
from prize.models import EntryPage
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

URL = reverse("wagtail_bulk_action", args=["prize", "entrypage", "set_entry_status"])


@pytest.fixture
def entries(home):
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(parent=index, year=2023)
    nomination = NominationPageFactory(parent=CategoryPageFactory(parent=edition))
    found = [
        EntryPageFactory(parent=nomination, title=title, status="finalist")
        for title in ("Happy Schools", "River Sensors")
    ]
    setup_roles()  # after the prize index exists: grants and the moderation workflow
    return found


def user_in(role):
    return UserFactory(groups=[Group.objects.get(name=role)])


def set_status(client, entries, status):
    query = "&".join(f"id={e.pk}" for e in entries)
    return client.post(f"{URL}?{query}", {"status": status})


def stored(entry):
    return EntryPage.objects.get(pk=entry.pk)


def test_confirmation_lists_the_entries_and_the_status_choice(client, entries):
    client.force_login(user_in(MODERATORS))

    response = client.get(f"{URL}?id={entries[0].pk}&id={entries[1].pk}")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Happy Schools" in page and "River Sensors" in page
    assert 'name="status"' in page


@pytest.mark.parametrize(
    ("role", "live_status", "draft_status", "in_moderation"),
    [
        (MODERATORS, "laureate", "laureate", False),  # may publish: published at once
        (PRIZE_EDITORS, "finalist", "laureate", True),  # may not: moderators approve first
        (FORUM_EDITORS, "finalist", "finalist", False),  # may not edit prize pages at all
    ],
)
def test_status_change_by_role(client, entries, role, live_status, draft_status, in_moderation):
    user = user_in(role)
    client.force_login(user)

    response = set_status(client, entries, "laureate")

    assert response.status_code in (200, 302)
    for entry in entries:
        page = stored(entry)
        assert page.status == live_status
        assert page.get_latest_revision_as_object().status == draft_status
        state = page.current_workflow_state
        if in_moderation:
            assert state.status == WorkflowState.STATUS_IN_PROGRESS
            assert state.requested_by == user
        else:
            assert state is None


def test_moderator_approval_publishes_a_bulk_change(client, entries):
    client.force_login(user_in(PRIZE_EDITORS))
    set_status(client, entries[:1], "winner")
    state = stored(entries[0]).current_workflow_state

    client.force_login(user_in(MODERATORS))
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[entries[0].pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )

    assert stored(entries[0]).status == "winner"


def test_change_that_breaks_a_rule_is_refused_with_the_reason(client, entries):
    placed = stored(entries[0])
    placed.place = 1
    placed.save_revision().publish()
    client.force_login(user_in(MODERATORS))

    response = set_status(client, entries, "semifinalist")

    assert response.status_code == 302
    assert stored(entries[0]).status == "finalist"  # a place needs the final
    assert stored(entries[1]).status == "semifinalist"
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("Happy Schools" in m and "Only finalists" in m for m in shown)


def test_entries_listing_offers_set_status_with_wagtails_page_actions(client, entries):
    client.force_login(user_in(MODERATORS))

    page = client.get(reverse("prize_entries:index")).content.decode()

    for action in ("set_entry_status", "publish", "unpublish", "move", "delete"):
        assert reverse("wagtail_bulk_action", args=["prize", "entrypage", action]) in page
