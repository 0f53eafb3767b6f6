"""A translator's journey with wagtail-localize (issue 11): translating a session whose theme
and room already have Russian names keeps those names; until the translation is published a
Russian visitor sees the English session with a notice, and GraphQL says it is a fallback."""

import re

from playwright.sync_api import expect
from wagtail.models import Locale

from forum.models import Room, Theme
from tests.browser.test_editor_journeys import log_in
from tests.factories import SessionPageFactory, UserFactory, moscow

NOTICE = "Эта страница ещё не переведена и показана на языке оригинала."
QUERY = "query ($path: String!) { page(path: $path) { title locale isFallback } }"


def russian_names():
    ru = Locale.objects.get(language_code="ru")
    return sorted(
        [*Theme.objects.filter(locale=ru).values_list("name", flat=True)]
        + [*Room.objects.filter(locale=ru).values_list("name", flat=True)]
    )


def page_by_path(tab, path):
    response = tab.request.post("/graphql/", data={"query": QUERY, "variables": {"path": path}})
    assert response.ok, response.text()
    return response.json()["data"]["page"]


def test_translating_a_session_keeps_russian_theme_and_room_names(site, open_tab):
    session = SessionPageFactory(
        parent=site.edition,
        title="Teachers as volunteers",
        slug="teachers-as-volunteers",
        format="panel",
        theme=site.schools.theme,
        room=site.plenary.room,
        starts_at=moscow(2023, 12, 4, 10),
        summary="Schools that teach by helping.",
    )
    names = russian_names()
    assert names == ["Главный зал", "Образование", "Экология"]
    path = "/ru/forum/2023/teachers-as-volunteers/"

    # The editor submits the session for translation into Russian.
    tab = open_tab()
    log_in(tab, UserFactory(username="translator", is_superuser=True))
    tab.goto(f"/admin/localize/submit/page/{session.pk}/")
    tab.get_by_label("Russian").check()
    tab.locator("main form [type=submit]").last.click()
    editor = tab.locator(".js-translation-editor")
    expect(editor).to_be_visible()
    assert russian_names() == names

    # Not translated yet: the Russian path shows the English session, marked, with a notice.
    visitor = open_tab(locale="ru-RU")
    visitor.goto(path)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Teachers as volunteers")
    expect(visitor.locator("main")).to_have_attribute("lang", "en")
    expect(visitor.locator(".translation-notice")).to_have_text(NOTICE)
    assert page_by_path(visitor, path) == {
        "title": "Teachers as volunteers",
        "locale": "EN",
        "isFallback": True,
    }
    visitor.goto("/ru/forum/2023/schools-of-kindness/")
    expect(visitor.locator("main")).to_contain_text("Образование")

    # The translator translates the title and publishes.
    editor.get_by_role("button", name="Translate").first.click()
    editor.locator("textarea").first.fill("Учителя-волонтёры")
    editor.get_by_role("button", name="Save").click()
    expect(editor.get_by_text("Учителя-волонтёры")).to_be_visible()
    editor.get_by_role("button", name="Publish in Russian").click()
    expect(tab.locator(".messages")).to_contain_text("Учителя-волонтёры")
    assert russian_names() == names

    visitor.goto(path)
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Учителя-волонтёры")
    expect(visitor.locator(".translation-notice")).to_have_count(0)
    expect(visitor.locator("main")).to_contain_text(re.compile("Образование.*Главный зал"))
    assert page_by_path(visitor, path) == {
        "title": "Учителя-волонтёры",
        "locale": "RU",
        "isFallback": False,
    }
