"""A visitor on a phone or a laptop, in either language, reaches this year's programme, the
prize's current stage and the laureates of a region from the home page in two clicks, and
reads the atlas with a mouse, a keyboard or a screen reader."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from prize.models import EntryPage, PrizeStage
from tests.browser.conftest import DESKTOP, PHONE, axe_violations, horizontal_overflow

WORDS = {
    "en": {
        "programme": "See the programme",
        "edition": "Forum 2023",
        "prize_edition": "Prize 2023",
        "stage": "Applications open until",
        "map": "The prize on the map",
        "region": "Perm Krai",
        "laureates": "Laureates",
    },
    "ru": {
        "programme": "Смотреть программу",
        "edition": "Форум 2023",
        "prize_edition": "Премия 2023",
        "stage": "Приём заявок открыт до",
        "map": "Премия на карте",
        "region": "Пермский край",
        "laureates": "Лауреаты",
    },
}


@pytest.fixture
def atlas_site(site):
    """The browser site with its prize open for applications today and its entries placed
    in Perm Krai (the winner) and Altai Krai (the laureate)."""
    today = timezone.localdate()
    PrizeStage.objects.create(
        edition=site.prize_edition,
        kind="applications",
        start_date=today - datetime.timedelta(days=3),
        end_date=today + datetime.timedelta(days=40),
    )
    EntryPage.objects.filter(translation_key=site.happy.translation_key).update(
        region_code="RU-PER"
    )
    EntryPage.objects.filter(translation_key=site.green_yard.translation_key).update(
        region_code="RU-ALT"
    )
    return site


def heading(tab):
    return tab.get_by_role("heading", level=1)


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_home_leads_to_the_programme_and_the_prize_stage(atlas_site, open_tab, language, viewport):
    words = WORDS[language]
    tab = open_tab(viewport=viewport)
    tab.goto(f"/{language}/")
    expect(tab.locator(".stage-headline").first).to_contain_text(words["stage"])
    assert horizontal_overflow(tab) == 0

    tab.get_by_role("link", name=words["programme"]).click()
    expect(heading(tab)).to_have_text(words["edition"])
    assert tab.url.endswith("#program-heading")

    tab.goto(f"/{language}/")
    tab.locator(".feature-prize").get_by_role("link", name=words["prize_edition"]).click()
    expect(heading(tab)).to_have_text(words["prize_edition"])


@pytest.mark.parametrize("language", ["en", "ru"])
def test_home_leads_to_the_laureates_of_a_region_in_two_clicks(atlas_site, tab, language):
    words = WORDS[language]
    tab.goto(f"/{language}/")
    tab.get_by_role("link", name=words["map"]).first.click()
    tab.locator(f'svg.atlas-map a[data-name="{words["region"]}"]').click()

    expect(heading(tab)).to_contain_text(words["region"])
    expect(tab.locator("ul.cards > li")).to_have_count(1)


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_atlas_is_readable_and_accessible(atlas_site, open_tab, language, viewport):
    words = WORDS[language]
    tab = open_tab(viewport=viewport)
    tab.goto(f"/{language}/prize/atlas/")

    assert horizontal_overflow(tab) == 0  # the map scrolls inside its box on a phone
    assert axe_violations(tab) == []
    table = tab.locator("table.atlas-table").first
    expect(table.get_by_role("row", name=words["region"])).to_contain_text("1")

    # Hover details come from the script; the figures are in the table without it.
    tile = tab.locator(f'svg.atlas-map a[data-name="{words["region"]}"]')
    tile.hover()
    expect(tab.locator("#russia-details")).to_have_text(f"{words['region']}: 1")


def test_atlas_by_keyboard_shades_by_laureates_and_opens_a_region(atlas_site, tab):
    tab.goto("/en/prize/atlas/")
    tab.get_by_role("link", name="Laureates", exact=True).focus()
    tab.keyboard.press("Enter")
    expect(tab.get_by_role("link", name="Laureates", exact=True)).to_have_attribute(
        "aria-current", "true"
    )
    tile = tab.locator('svg.atlas-map a[data-name="Altai Krai"]')
    tile.focus()
    expect(tab.locator("#russia-details")).to_have_text("Altai Krai: 1")
    tab.keyboard.press("Enter")
    expect(heading(tab)).to_have_text("Laureates: Altai Krai")
    expect(tab.locator("ul.cards > li")).to_have_count(1)
