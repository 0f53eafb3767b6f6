"""axe-core on every kind of visitor page, keyboard use, and the language of what is read."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

PAGE_TYPES = {
    "home": "/{lang}/",
    "forum index": "/{lang}/forum/",
    "edition and programme": "/{lang}/forum/2023/",
    "filtered programme": "/{lang}/forum/2023/?theme=ecology&day=2023-12-03",
    "session": "/{lang}/forum/2023/green-cities/",
    "speaker index": "/{lang}/forum/speakers/",
    "speaker": "/{lang}/forum/speakers/anna-petrova/",
    "prize index": "/{lang}/prize/",
    "prize edition": "/{lang}/prize/2023-national/",
    "category": "/{lang}/prize/2023-national/ngos/",
    "nomination": "/{lang}/prize/2023-national/ngos/technologies/",
    "entry": "/{lang}/prize/2023-national/ngos/technologies/happy-schools/",
    "news index": "/{lang}/news/",
    "news article": "/{lang}/news/winners/",
    "search": "/{lang}/search/?q=green",
    "not found": "/{lang}/no-such-page/",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_serious_axe_violations_on_any_page_type(site, tab, language):
    problems = {}
    for name, path in PAGE_TYPES.items():
        tab.goto(path.format(lang=language))
        expect(tab.locator("html")).to_have_attribute("lang", language)
        violations = axe_violations(tab)
        if violations:
            problems[name] = violations
    assert problems == {}


def test_untranslated_content_is_marked_with_its_language(site, tab):
    # Ivan Sokolov has no Russian page: his English name is read with English rules.
    tab.goto("/ru/forum/2023/green-cities/")
    expect(tab.locator(".people a[lang=en]")).to_have_text("Ivan Sokolov")
    expect(tab.locator(".people a", has_text="Анна Петрова")).not_to_have_attribute("lang", "en")

    tab.goto("/ru/forum/2023/")
    expect(tab.locator(".speakers a[lang=en]").first).to_have_text("Ivan Sokolov")
    expect(tab.locator("select[name=theme] option[value=ecology]")).to_have_text("Экология")

    tab.goto("/en/forum/2023/green-cities/")
    assert tab.locator("main [lang]").count() == 0


def test_keyboard_reaches_every_control_with_visible_focus(site, tab):
    tab.goto("/en/forum/2023/green-cities/")

    # The first Tab shows the skip link; Enter moves focus to the content.
    tab.keyboard.press("Tab")
    skip = tab.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "skip link stays off screen when focused"
    tab.keyboard.press("Enter")
    expect(tab.locator("main")).to_be_focused()

    # From the top of the page, Tab alone reaches every control, each with a visible outline.
    tab.reload()
    reached, styles = set(), []
    for _ in range(60):
        tab.keyboard.press("Tab")
        focused = tab.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const style = getComputedStyle(el);
                return {key: el.outerHTML.slice(0, 120), outline: style.outlineStyle,
                        width: parseFloat(style.outlineWidth)};
            }"""
        )
        if focused is None or focused["key"] in reached:
            break
        reached.add(focused["key"])
        styles.append(focused)

    controls = tab.evaluate(
        """() => [...document.querySelectorAll('a[href], button, input, select, textarea')]
            .filter(el => el.offsetParent !== null || el.classList.contains('skip-link'))
            .filter(el => !el.closest('[data-wagtail-userbar], wagtail-userbar'))
            .map(el => el.outerHTML.slice(0, 120))"""
    )
    assert set(controls) <= reached, set(controls) - reached
    invisible = [s["key"] for s in styles if s["outline"] == "none" or s["width"] < 2]
    assert invisible == [], "focus is not visible on these controls"
