"""A forum editor opens the programme grid from the edition page, sees a speaker in two
sessions at once, moves one with the quick form, and the session page shows the new time."""

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import FORUM_EDITORS, setup_roles
from forum.models import SessionPage
from tests.browser.test_editor_journeys import footer_action, log_in
from tests.factories import UserFactory, moscow


def test_editor_resolves_a_clash_on_the_programme_grid(site, tab):
    setup_roles()
    editor = UserFactory(username="forum-editor", groups=[Group.objects.get(name=FORUM_EDITORS)])
    # Data from before the rules: Ivan speaks in "Schools of kindness" during "Green cities".
    SessionPage.objects.filter(pk=site.schools.pk).update(
        starts_at=moscow(2023, 12, 3, 11, 30), ends_at=moscow(2023, 12, 3, 12, 30)
    )
    log_in(tab, editor)

    tab.goto(f"/admin/pages/{site.edition.pk}/edit/")
    tab.locator("header [data-w-dropdown-target=toggle]").first.click()  # the page's actions
    tab.get_by_role("link", name="Programme grid").first.click()
    expect(tab.get_by_role("heading", level=1)).to_contain_text("Programme grid")
    schools = tab.locator(f"#session-{site.schools.pk}")
    expect(schools).to_contain_text("Speaker clash: Ivan Sokolov also speaks in “Green cities”")
    expect(tab.locator(f"#session-{site.plenary.pk}")).not_to_contain_text("clash")

    schools.get_by_role("link", name="Move").click()
    expect(tab.locator("#id_session")).to_have_value(str(site.schools.pk))
    tab.select_option("#id_day", "2023-12-04")
    tab.fill("#id_start", "15:00")
    tab.fill("#id_end", "16:30")
    tab.locator("#move button[type=submit]").click()

    expect(tab.locator(".messages")).to_contain_text("“Schools of kindness” moved and published.")
    expect(schools).to_contain_text("15:00–16:30")
    expect(schools).not_to_contain_text("clash")
    tab.goto(site.schools.url)
    expect(tab.locator(".session-detail .meta")).to_contain_text("4 December, 15:00")
    expect(tab.locator(".session-detail .meta")).to_contain_text("16:30")


def test_editor_creates_a_missing_speaker_from_the_session(site, tab):
    setup_roles()
    editor = UserFactory(username="forum-editor", groups=[Group.objects.get(name=FORUM_EDITORS)])
    log_in(tab, editor)

    tab.goto(f"/admin/pages/{site.schools.pk}/edit/")
    tab.get_by_role("tab", name="Speakers").click()
    tab.get_by_role("button", name="Add speakers").click()
    tab.get_by_role("button", name="Choose a speaker").last.click()
    modal = tab.locator(".modal")
    expect(modal).to_contain_text("Ivan Sokolov")  # speakers only, in English
    expect(modal).not_to_contain_text("Анна Петрова")
    modal.get_by_role("tab", name="New speaker").click()
    modal.get_by_label("Speaker's name").fill("Maria Smirnova")
    modal.get_by_label("Position").fill("Director")
    modal.get_by_role("button", name="Create a speaker").click()
    expect(modal).to_be_hidden()
    footer_action(tab, "button[name=action-publish]")
    expect(tab.locator(".messages")).to_contain_text("Schools of kindness")

    tab.goto(site.schools.url)
    expect(tab.locator(".people")).to_contain_text("Maria Smirnova")
