"""Editors in the Wagtail admin: a bilingual session, and a moderated prize change."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import MODERATORS, PRIZE_EDITORS, setup_roles
from tests.factories import UserFactory


def log_in(tab, user):
    tab.goto("/admin/login/")
    tab.fill("#id_username", user.username)
    tab.fill("#id_password", "password")
    tab.locator("form button[type=submit]").click()
    expect(tab).to_have_url(re.compile(r"/admin/$"))


def footer_action(tab, selector):
    """Click an action of the edit form's footer, opening its menu when it is folded."""
    button = tab.locator(f"footer {selector}").first
    if not button.is_visible():
        tab.locator("footer [data-w-dropdown-target=toggle]").first.click()
    button.click()


def choose_page(tab, chooser, query, title):
    chooser.locator("[data-chooser-action-choose]").first.click()
    modal = tab.locator(".modal-content")
    modal.locator("#id_q").fill(query)
    modal.get_by_role("link", name=title).first.click()
    expect(modal).to_be_hidden()


def test_editor_publishes_a_session_and_its_russian_translation(site, tab):
    log_in(tab, UserFactory(username="editor", is_superuser=True))

    tab.goto(f"/admin/pages/add/forum/sessionpage/{site.edition.pk}/")
    tab.fill("#id_title", "Youth and cities")
    tab.fill("#id_starts_at", "2023-12-04 12:00")
    tab.fill("#id_ends_at", "2023-12-04 13:00")
    tab.keyboard.press("Escape")  # the date picker
    tab.select_option("#id_format", "lecture")
    tab.fill("#id_summary", "Young people redesign their streets.")
    tab.click("#tab-label-speakers")
    for i, (query, name) in enumerate([("Anna", "Anna Petrova"), ("Ivan", "Ivan Sokolov")]):
        tab.click("#id_speaker_roles-ADD")
        choose_page(tab, tab.locator(f"#inline_child_speaker_roles-{i}-panel-content"), query, name)
    footer_action(tab, "button[name=action-publish]")
    expect(tab.locator(".messages")).to_contain_text("Youth and cities")

    # Translate it with wagtail-localize, from the page's action menu.
    tab.get_by_role("link", name="Youth and cities").first.click()
    tab.locator("header [data-w-dropdown-target=toggle]").first.click()
    tab.get_by_role("link", name=re.compile("Translate")).first.click()
    tab.get_by_label("Russian").check()
    tab.locator("main form [type=submit]").last.click()
    editor = tab.locator(".js-translation-editor")
    for russian in ["Молодёжь и города", "Молодые люди меняют свои улицы."]:
        editor.get_by_role("button", name="Translate").first.click()
        editor.locator("textarea").first.fill(russian)
        editor.get_by_role("button", name="Save").click()
        expect(editor.get_by_text(russian)).to_be_visible()
    editor.get_by_role("button", name="Publish in Russian").click()
    expect(tab.locator(".messages")).to_contain_text("Молодёжь и города")

    # Both are on the site, each with the speakers in its own language where it exists.
    tab.goto("/en/forum/2023/?day=2023-12-04")
    tab.get_by_role("link", name="Youth and cities").click()
    expect(tab.locator(".people a")).to_have_text(["Anna Petrova", "Ivan Sokolov"])
    tab.locator(".language-switcher a[hreflang=ru]").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Молодёжь и города")
    expect(tab.locator(".lead")).to_have_text("Молодые люди меняют свои улицы.")
    expect(tab.locator(".people a")).to_have_text(["Анна Петрова", "Ivan Sokolov"])
    expect(tab.locator(".people a[lang=en]")).to_have_text("Ivan Sokolov")

    # And through the API the frontends read.
    query = """{ session(slug: "youth-and-cities", locale: RU) {
        title speakers { speaker { title } } } }"""
    response = tab.request.post("/graphql/", data={"query": query})
    assert response.ok, response.text()
    session = response.json()["data"]["session"]
    assert session["title"] == "Молодёжь и города"
    assert [s["speaker"]["title"] for s in session["speakers"]] == ["Анна Петрова", "Ivan Sokolov"]


def test_prize_change_goes_live_only_when_a_moderator_approves(site, open_tab):
    setup_roles()
    editor = UserFactory(username="prize-editor", groups=[Group.objects.get(name=PRIZE_EDITORS)])
    moderator = UserFactory(username="moderator", groups=[Group.objects.get(name=MODERATORS)])
    editor.is_staff = moderator.is_staff = False  # Wagtail admin access comes from the groups

    tab = open_tab()
    log_in(tab, editor)
    tab.goto(f"/admin/pages/{site.happy.pk}/edit/")
    tab.fill("#id_summary", "Video lessons now reach forty schools.")
    expect(tab.locator("button[name=action-publish]")).to_have_count(0)
    footer_action(tab, "button[name=action-submit]")
    expect(tab.locator(".messages")).to_contain_text("submitted")

    tab.goto("/en/prize/2023-national/ngos/technologies/happy-schools/")
    expect(tab.locator(".lead")).not_to_have_text("Video lessons now reach forty schools.")

    moderation = open_tab()
    log_in(moderation, moderator)
    moderation.goto(f"/admin/pages/{site.happy.pk}/edit/")
    footer_action(
        moderation,
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])",
    )
    expect(moderation.locator(".messages")).to_contain_text("Happy Schools")

    tab.reload()
    expect(tab.locator(".lead")).to_have_text("Video lessons now reach forty schools.")
