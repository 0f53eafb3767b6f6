"""Editors change the status of prize entries in bulk from Prize > Entries: a prize editor's
change waits for the moderators, a moderator's goes live."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import MODERATORS, PRIZE_EDITORS, setup_roles
from tests.browser.test_editor_journeys import log_in
from tests.factories import UserFactory

GREEN_YARD = "/en/prize/2023-national/ngos/technologies/green-yard/"


def set_status(tab, title, status):
    """Select the entry in Prize > Entries, run "Set status" and confirm."""
    tab.goto("/admin/prize_entries/")
    tab.locator("tr", has_text=title).locator("input[type=checkbox]").check()
    tab.locator("[data-bulk-action-button]", has_text="Set status").click()
    expect(tab.get_by_role("heading", level=1)).to_contain_text("Set status")
    tab.select_option("#id_status", status)
    tab.locator("main form [type=submit]").first.click()


def test_bulk_status_change_is_moderated_for_editors_and_published_by_moderators(site, open_tab):
    setup_roles()
    editor = UserFactory(username="prize-editor", groups=[Group.objects.get(name=PRIZE_EDITORS)])
    moderator = UserFactory(username="moderator", groups=[Group.objects.get(name=MODERATORS)])

    tab = open_tab()
    log_in(tab, editor)
    set_status(tab, "Green Yard", "winner")
    expect(tab.locator(".messages")).to_contain_text("sent to moderation: Green Yard")
    tab.goto(GREEN_YARD)
    expect(tab.locator(".status")).to_have_text("Laureate")  # not live before approval

    moderation = open_tab()
    log_in(moderation, moderator)
    set_status(moderation, "Green Yard", "winner")
    expect(moderation.locator(".messages")).to_contain_text("published: Green Yard")
    tab.reload()
    expect(tab.locator(".status")).to_have_text("Winner")
