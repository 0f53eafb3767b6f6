"""The personal agenda: star sessions on the programme (mouse and keyboard), open "My
agenda" with its clash marked, download it, share the link into a fresh browser, in both
languages, axe-clean; and the programme without JavaScript."""

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.factories import SessionPageFactory, moscow

TEXT = {
    "en": {
        "star": "In my agenda",
        "agenda": "My agenda",
        "clash": "Clash",
        "save": "Save these sessions to my agenda",
        "green": "Green cities",
        "schools": "Schools of kindness",
    },
    "ru": {
        "star": "В моей программе",
        "agenda": "Моя программа",
        "clash": "Пересечение",
        "save": "Добавить эти сессии в мою программу",
        "green": "Зелёные города",
        "schools": "Школы доброты",
    },
}


def _star(tab, text, title):
    # The title is visually hidden, read after the label ("In my agenda: Green cities").
    return tab.get_by_role("button", name=re.compile(rf"^{text['star']}\W+{title}$"))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_visitor_builds_exports_and_shares_an_agenda(site, open_tab, lang):
    text = TEXT[lang]
    # Overlaps Green cities (11:00-12:30 on 3 December).
    SessionPageFactory(
        parent=site.edition,
        title="Parallel walk",
        starts_at=moscow(2023, 12, 3, 12),
        ends_at=moscow(2023, 12, 3, 13),
    )
    tab = open_tab()
    tab.goto(f"/{lang}/forum/2023/")

    green = _star(tab, text, text["green"])
    expect(green).to_have_attribute("aria-pressed", "false")
    green.click()
    expect(green).to_have_attribute("aria-pressed", "true")
    walk = _star(tab, text, "Parallel walk")
    walk.focus()
    tab.keyboard.press("Space")
    expect(walk).to_have_attribute("aria-pressed", "true")
    schools = _star(tab, text, text["schools"])
    schools.focus()
    tab.keyboard.press("Enter")
    schools.press("Enter")  # pressed twice: not in the agenda
    expect(schools).to_have_attribute("aria-pressed", "false")
    assert axe_violations(tab) == []

    tab.get_by_role("link", name=text["agenda"]).click()
    expect(tab.locator("h1")).to_contain_text(text["agenda"])
    sessions = tab.locator("main li.session h3")
    expect(sessions).to_have_text([text["green"], "Parallel walk"])
    expect(tab.locator("li.clash")).to_have_count(2)
    expect(tab.locator(".clash-note").first).to_contain_text(text["clash"])
    assert axe_violations(tab) == []

    with tab.expect_download() as download:
        tab.locator("a.agenda-ics").click()
    calendar = Calendar.from_ical(open(download.value.path(), "rb").read())
    assert sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == sorted(
        [text["green"], "Parallel walk"]
    )

    link = tab.locator("#agenda-share-link").input_value()
    elsewhere = open_tab()  # another browser: nothing starred there
    assert link.startswith("http") and "/agenda/?s=" in link
    elsewhere.goto(link)
    expect(elsewhere.locator("main li.session h3")).to_have_text([text["green"], "Parallel walk"])
    save = elsewhere.get_by_role("button", name=text["save"])
    save.click()
    expect(save).to_be_hidden()
    elsewhere.goto(f"/{lang}/forum/2023/")
    expect(_star(elsewhere, text, text["green"])).to_have_attribute("aria-pressed", "true")


def test_programme_and_shared_agenda_work_without_javascript(site, open_tab):
    tab = open_tab(java_script_enabled=False)
    tab.goto("/en/forum/2023/")

    expect(tab.get_by_role("heading", name="Green cities")).to_be_visible()
    expect(tab.locator("button.star").first).to_be_hidden()
    tab.get_by_role("link", name="My agenda").click()
    expect(tab.locator(".agenda-empty")).to_be_visible()

    tab.goto("/en/forum/2023/")
    guid = tab.locator("button.star").first.get_attribute("data-guid")
    tab.goto(f"/en/forum/2023/agenda/?s={guid}")
    expect(tab.locator("main li.session")).to_have_count(1)
