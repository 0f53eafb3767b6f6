"""The prize's reach: counts by federal subject, country, year, category and nomination (in
a constant number of queries), the code/name mapping in both languages, and the atlas and
filtered entry pages that show them."""

import re

import pytest

from core.locales import content_locale
from prize.domain.atlas import atlas_counts
from prize.geography import (
    SUBJECTS,
    country_code,
    country_name,
    subject_code,
    subject_name,
)
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    translate,
)

EN, RU = "en", "ru"


@pytest.mark.parametrize(
    ("code", "en", "ru"),
    [
        ("RU-PER", "Perm Krai", "Пермский край"),
        ("RU-ALT", "Altai Krai", "Алтайский край"),
        ("RU-MOW", "Moscow", "Москва"),
        ("RU-SA", "Sakha Republic (Yakutia)", "Республика Саха (Якутия)"),
    ],
)
def test_subject_code_and_names_in_both_languages(code, en, ru):
    assert subject_name(code, language=EN) == en
    assert subject_name(code, language=RU) == ru
    assert subject_code(en) == subject_code(ru) == subject_code(f"  {en.upper()} ") == code


@pytest.mark.parametrize(
    ("code", "en", "ru"),
    [("KZ", "Kazakhstan", "Казахстан"), ("RS", "Serbia", "Сербия"), ("SN", "Senegal", "Сенегал")],
)
def test_country_code_and_names_in_both_languages(code, en, ru):
    assert country_name(code, language=EN) == en
    assert country_name(code, language=RU) == ru
    assert country_code(en) == country_code(ru) == code


def test_unknown_names_and_codes_give_nothing_rather_than_a_guess():
    assert subject_code("Atlantis") == "" and country_code("Atlantis") == ""
    assert subject_name("RU-XX", language=EN) == "" and country_name("XX", language=RU) == ""


def test_subjects_are_the_85_on_distinct_tiles():
    assert len(SUBJECTS) == len({s.code for s in SUBJECTS}) == 85
    assert len({(s.x, s.y) for s in SUBJECTS}) == 85


@pytest.fixture
def prize(home, locale_ru):
    """2023 national (two categories) and international, 2024 national; some entries
    translated, some not (those count once, in their source language)."""
    index = PrizeIndexPageFactory(parent=home)
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(index, locale_ru, title="Премия")
    national = PrizeEditionPageFactory(parent=index, year=2023)
    ngo = CategoryPageFactory(parent=national, title="NGOs", slug="ngos")
    tech = NominationPageFactory(parent=ngo, title="Technologies", slug="tech")
    help_ = NominationPageFactory(parent=ngo, title="Helping", slug="helping")
    sme = CategoryPageFactory(parent=national, title="SME", slug="sme")
    sme_n = NominationPageFactory(parent=sme, title="Business", slug="business")
    special = EntryPageFactory(parent=tech, region_code="RU-PER", status="winner")
    EntryPageFactory(parent=tech, region_code="RU-PER")
    EntryPageFactory(parent=help_, region_code="RU-ALT", status="laureate")
    EntryPageFactory(parent=sme_n, region_code="", region="")  # no region named
    EntryPageFactory(parent=sme_n, region_code="RU-MOW", live=False)  # not visible
    world = PrizeEditionPageFactory(parent=index, year=2023, track="international")
    intl = CategoryPageFactory(parent=world, title="International", slug="international")
    people = NominationPageFactory(parent=intl, title="Helping people", slug="people")
    EntryPageFactory(parent=people, world_region="cis", country_code="KZ", region_code="")
    EntryPageFactory(parent=people, world_region="europe", country_code="RS", region_code="")
    later = PrizeEditionPageFactory(parent=index, year=2024)
    later_c = CategoryPageFactory(parent=later, title="NGOs", slug="ngos")
    later_n = NominationPageFactory(parent=later_c, title="Technologies", slug="tech")
    EntryPageFactory(parent=later_n, region_code="RU-PER")
    for page in (national, ngo, tech):
        translate(page, locale_ru, title=f"{page.title} (ru)")
    translate(special, locale_ru, title="Особый случай")
    return index


@pytest.mark.django_db
def test_atlas_counts_by_region_country_year_category_and_nomination(prize):
    counts = atlas_counts(locale=content_locale(code=RU))

    regions = {c: (p.name, p.tally.entries, p.tally.laureates) for c, p in counts.regions.items()}
    assert regions == {
        "RU-PER": ("Пермский край", 3, 1),
        "RU-ALT": ("Алтайский край", 1, 1),
    }
    assert {c: p.tally.entries for c, p in counts.countries.items()} == {"KZ": 1, "RS": 1}
    assert counts.countries["KZ"].name == "Казахстан"
    assert (counts.total.entries, counts.total.laureates) == (7, 2)
    assert counts.national_without_region.entries == 1
    years = [(y.year, y.track, y.tally.entries) for y in counts.years]
    assert years == [(2024, "national", 1), (2023, "national", 4), (2023, "international", 2)]
    categories = counts.years[1].categories
    assert [(c.name, c.tally.entries) for c in categories] == [("NGOs (ru)", 3), ("SME", 1)]
    assert [(n.name, n.tally.entries) for n in categories[0].nominations] == [
        ("Technologies (ru)", 2),
        ("Helping", 1),
    ]


@pytest.mark.django_db
def test_atlas_counts_of_one_year(prize):
    counts = atlas_counts(locale=content_locale(code=EN), year=2024)
    assert {c: p.tally.entries for c, p in counts.regions.items()} == {"RU-PER": 1}
    assert counts.countries == {}


@pytest.mark.django_db
def test_atlas_counts_take_the_same_queries_for_more_entries(prize, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    locale = content_locale(code=EN)
    with CaptureQueriesContext(connection) as few:
        atlas_counts(locale=locale)
    nomination = prize.get_descendants().type(EntryPageFactory._meta.model).first().get_parent()
    for i in range(10):
        EntryPageFactory(parent=nomination, region_code=SUBJECTS[i].code, fast=True)
    with django_assert_num_queries(len(few)):
        atlas_counts(locale=locale)


@pytest.mark.django_db
@pytest.mark.parametrize("language", [EN, RU])
def test_atlas_page_draws_the_map_table_and_chart_linking_to_filtered_entries(
    client, prize, language
):
    response = client.get(f"/{language}/prize/atlas/")

    assert response.status_code == 200
    html = response.content.decode()
    perm = {"en": "Perm Krai", "ru": "Пермский край"}[language]
    link = re.search(rf'<a href="([^"]+)" class="tile shade-4" data-name="{perm}"', html)
    assert link is not None
    assert html.count('class="tile ') == 85 + 2  # every subject, and the two countries
    assert f'<th scope="row"><a href="{link.group(1)}">{perm}</a></th><td>3</td><td>1</td>' in html
    entries = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert entries.count('<li class="card"') == 3
    assert f"{perm}</h1>" in entries


@pytest.mark.django_db
def test_atlas_shaded_by_laureates_links_to_laureates(client, prize):
    html = client.get("/en/prize/atlas/2023/?measure=laureates").content.decode()
    link = re.search(r'<a href="([^"]+)" class="tile shade-4" data-name="Altai Krai"', html)
    url = link.group(1).replace("&amp;", "&")
    assert "status=laureates" in url and "year=2023" in url
    entries = client.get(url).content.decode()
    assert entries.count('<li class="card"') == 1


@pytest.mark.django_db
def test_atlas_of_a_year_without_an_edition_is_not_found(client, prize):
    assert client.get("/en/prize/atlas/1999/").status_code == 404


@pytest.mark.django_db
def test_entry_list_reports_a_year_that_is_not_a_number(client, prize):
    response = client.get("/ru/prize/entries/?year=abc&region=RU-PER")
    assert response.status_code == 200
    assert "Год должен быть числом" in response.content.decode()


COUNTS_QUERY = """query ($year: Int, $locale: Locale) {
  prizeCounts(year: $year, locale: $locale) {
    total { entries laureates }
    regions { code name entries laureates }
    countries { code name entries laureates }
    nationalWithoutRegion { entries }
    years { year track entries categories { slug entries nominations { slug entries } } }
  }
  entries(region: "RU-PER", locale: $locale) { edges { node { regionCode regionName } } }
}"""


@pytest.mark.django_db
@pytest.mark.parametrize("language", [EN, RU])
def test_prize_counts_in_the_api_are_the_atlas_figures(client, graphql, prize, language):
    result = graphql(COUNTS_QUERY, {"locale": language.upper()})
    assert result.errors is None, result.errors
    counts = result.data["prizeCounts"]
    html = client.get(f"/{language}/prize/atlas/").content.decode()

    rows = re.findall(r'<th scope="row"><a href="[^"]*">([^<]+)</a></th><td>(\d+)</td>', html)
    site = [(name, int(n)) for name, n in rows]
    assert site == [(p["name"], p["entries"]) for p in counts["regions"] + counts["countries"]]
    assert counts["total"] == {"entries": 7, "laureates": 2}
    assert counts["nationalWithoutRegion"] == {"entries": 1}
    assert [(y["year"], y["track"]) for y in counts["years"]][0] == (2024, "national")
    perm = {"en": "Perm Krai", "ru": "Пермский край"}[language]
    nodes = [e["node"] for e in result.data["entries"]["edges"]]
    assert nodes and {(n["regionCode"], n["regionName"]) for n in nodes} == {("RU-PER", perm)}


@pytest.mark.django_db
def test_prize_counts_query_count_does_not_grow_with_entries(
    graphql, prize, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        graphql("{ prizeCounts { regions { code entries } years { categories { name } } } }")
    nomination = prize.get_descendants().type(EntryPageFactory._meta.model).first().get_parent()
    for i in range(10):
        EntryPageFactory(parent=nomination, region_code=SUBJECTS[i].code, fast=True)
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(len(few)):
        result = graphql(
            "{ prizeCounts { regions { code entries } years { categories { name } } } }"
        )
    assert len(result.data["prizeCounts"]["regions"]) == 12
