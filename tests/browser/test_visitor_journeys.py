"""What a visitor does, in English and in Russian, clicking as a person would."""

import datetime
import re
import zoneinfo

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, horizontal_overflow

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")

JOURNEYS = {
    "en": {
        "forum": "Forum",
        "edition": "Forum 2023",
        "session": "Green cities",
        "speaker": "Anna Petrova",
        "other": ("ru", "Анна Петрова"),
        "prize": "Prize",
        "prize_edition": "Prize 2023",
        "nomination": "Technologies for Life",
        "entry": "Happy Schools",
        "news": "News",
        "article": "Winners announced",
    },
    "ru": {
        "forum": "Форум",
        "edition": "Форум 2023",
        "session": "Зелёные города",
        "speaker": "Анна Петрова",
        "other": ("en", "Anna Petrova"),
        "prize": "Премия",
        "prize_edition": "Премия 2023",
        "nomination": "Технологии для жизни",
        "entry": "Счастливые школы",
        "news": "Новости",
        "article": "Объявлены победители",
    },
}


def heading(tab):
    return tab.get_by_role("heading", level=1)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_visitor_finds_a_session_saves_it_and_meets_the_speaker(site, tab, language):
    words = JOURNEYS[language]
    tab.goto(f"/{language}/")
    tab.locator(".main-nav").get_by_role("link", name=words["forum"]).click()
    tab.get_by_role("link", name=words["edition"]).click()
    expect(heading(tab)).to_have_text(words["edition"])

    # The programme, filtered by theme and day.
    tab.locator("select[name=theme]").select_option("ecology")
    tab.locator("select[name=day]").select_option("2023-12-03")
    tab.locator("form.filters button").click()
    expect(tab).to_have_url(re.compile(r"theme=ecology"))
    sessions = tab.locator(".sessions .session h4")
    expect(sessions).to_have_text([words["session"]])

    sessions.get_by_role("link").click()
    expect(heading(tab)).to_have_text(words["session"])

    # "Add to calendar" downloads an .ics with the session at Moscow time.
    with tab.expect_download() as download:
        tab.get_by_role("link", name=re.compile("calendar|календар", re.I)).click()
    with open(download.value.path(), "rb") as file:
        (event,) = Calendar.from_ical(file.read()).walk("VEVENT")
    assert str(event["SUMMARY"]) == words["session"]
    assert event.decoded("DTSTART") == datetime.datetime(2023, 12, 3, 11, tzinfo=MOSCOW)
    assert "Moscow" in str(event["LOCATION"])

    tab.locator("section .people").get_by_role("link", name=words["speaker"]).click()
    expect(heading(tab)).to_have_text(words["speaker"])
    speaker_path = tab.url.split(tab.url.split("/")[2])[1]

    # The language switcher lands on the same speaker in the other language.
    other, other_name = words["other"]
    tab.locator(".language-switcher").locator(f"a[hreflang={other}]").click()
    expect(heading(tab)).to_have_text(other_name)
    expect(tab.locator("html")).to_have_attribute("lang", other)
    assert tab.url.endswith("/forum/speakers/anna-petrova/")
    assert speaker_path.startswith(f"/{language}/")


@pytest.mark.parametrize("language", ["en", "ru"])
def test_visitor_reads_the_prize_laureates_and_the_news(site, tab, language):
    words = JOURNEYS[language]
    tab.goto(f"/{language}/")
    nav = tab.locator(".main-nav")
    nav.get_by_role("link", name=words["prize"]).click()
    tab.get_by_role("link", name=words["prize_edition"]).first.click()
    expect(heading(tab)).to_have_text(words["prize_edition"])

    # Laureates are listed under their nomination on the edition page.
    categories = tab.locator("#categories-heading + section, section.category")
    expect(categories.get_by_role("link", name=words["entry"])).to_be_visible()
    categories.get_by_role("link", name=words["nomination"]).click()
    expect(heading(tab)).to_have_text(words["nomination"])
    tab.locator(".cards").get_by_role("link", name=words["entry"]).click()
    expect(heading(tab)).to_have_text(words["entry"])
    expect(tab.locator(".status")).to_have_class(re.compile("status-winner"))

    nav.get_by_role("link", name=words["news"]).click()
    tab.get_by_role("link", name=words["article"]).click()
    expect(heading(tab)).to_have_text(words["article"])
    expect(tab.locator("article time")).to_have_attribute("datetime", "2023-12-04")


def test_visitor_searches_from_the_header(site, tab):
    tab.goto("/en/forum/2023/")
    search = tab.get_by_role("search")
    search.get_by_role("searchbox").fill("green")
    search.get_by_role("searchbox").press("Enter")

    expect(tab).to_have_url(re.compile(r"/en/search/\?q=green"))
    results = tab.locator(".search-results")
    expect(results.get_by_role("link", name="Green cities")).to_be_visible()
    expect(results.get_by_role("link", name="Зелёные города")).to_have_count(0)
    results.get_by_role("link", name="Green cities").click()
    expect(heading(tab)).to_have_text("Green cities")


def test_visitor_picks_a_header_autocomplete_suggestion_with_the_keyboard(site, tab):
    tab.goto("/ru/")
    box = tab.get_by_role("search").get_by_role("searchbox")
    box.press_sequentially("Зелё", delay=30)

    suggestion = tab.locator("#search-suggestions").get_by_role("link", name="Зелёные города")
    expect(suggestion).to_be_visible()
    box.press("ArrowDown")
    expect(suggestion).to_be_focused()
    tab.keyboard.press("Enter")

    expect(heading(tab)).to_have_text("Зелёные города")
    expect(tab).to_have_url(re.compile(r"/ru/forum/2023/green-cities/$"))


def test_unknown_address_shows_the_not_found_page(site, tab):
    response = tab.goto("/ru/no-such-page/")

    assert response.status == 404
    expect(tab.locator("html")).to_have_attribute("lang", "ru")
    expect(heading(tab)).to_be_visible()
    expect(tab.get_by_role("search")).to_be_visible()


LAYOUT_PATHS = [
    "/en/",
    "/en/forum/2023/",
    "/ru/forum/2023/green-cities/",
    "/ru/forum/speakers/anna-petrova/",
    "/en/prize/2023-national/",
    "/ru/prize/2023-national/ngos/technologies/happy-schools/",
    "/en/news/",
    "/en/search/?q=green",
    "/en/no-such-page/",
]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone-390", "desktop-1280"])
def test_pages_fit_the_screen_and_navigation_is_usable(site, open_tab, viewport):
    tab = open_tab(viewport=viewport)
    for path in LAYOUT_PATHS:
        tab.goto(path)
        assert horizontal_overflow(tab) == 0, f"{path} is wider than {viewport['width']} px"
        links = tab.locator(".main-nav").get_by_role("link")
        for link in links.all() + [tab.locator(".brand"), tab.locator("#site-search")]:
            box = link.bounding_box()
            assert box and box["width"] > 0 and box["x"] >= 0, f"{path}: {link} hidden"
            assert box["x"] + box["width"] <= viewport["width"], f"{path}: {link} cut off"
    # A phone visitor can still go somewhere from the menu.
    tab.goto("/en/")
    tab.locator(".main-nav").get_by_role("link", name="News").click()
    expect(heading(tab)).to_have_text("News")
