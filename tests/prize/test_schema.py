import datetime

import pytest

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ImageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def data(result):
    assert result.errors is None, result.errors
    return result.data


@pytest.fixture
def prize(home):
    """A 2023 national edition: one category with two nominations."""
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(
        parent=index,
        year=2023,
        track="national",
        countries_count=95,
        stages=[("applications", "2023-03-01", "2023-06-30"), ("ceremony", "2023-12-04", None)],
    )
    category = CategoryPageFactory(
        parent=edition, title="Volunteers and NGOs", grant_limit=2_500_000
    )
    tech = NominationPageFactory(parent=category, title="Technologies for Life", slug="tech")
    green = NominationPageFactory(
        parent=category, title="Green Country", slug="green", grant_limit=1_000_000
    )
    return index, edition, category, tech, green


def test_prize_edition_has_stages_categories_and_nominations(graphql, prize):
    result = data(
        graphql(
            """{ prize(year: 2023, track: NATIONAL) {
                year track countriesCount url
                stages { title startDate endDate }
                categories { name grantLimit nominations { slug name grantLimit } }
            } }"""
        )
    )["prize"]

    assert (result["year"], result["track"], result["countriesCount"]) == (2023, "NATIONAL", 95)
    assert result["url"] == "/en/prize/2023-national/"
    assert result["stages"] == [
        {"title": "Applications", "startDate": "2023-03-01", "endDate": "2023-06-30"},
        {"title": "Award ceremony", "startDate": "2023-12-04", "endDate": None},
    ]
    assert result["categories"] == [
        {
            "name": "Volunteers and NGOs",
            "grantLimit": 2_500_000,
            "nominations": [
                {"slug": "tech", "name": "Technologies for Life", "grantLimit": 2_500_000},
                {"slug": "green", "name": "Green Country", "grantLimit": 1_000_000},
            ],
        }
    ]


def test_entries_rank_winners_first_and_filter(graphql, prize):
    _, _, _, tech, green = prize
    EntryPageFactory(parent=tech, title="Applicant", status="applicant")
    EntryPageFactory(parent=tech, title="Winner", status="winner", place=1, grant_amount=2_000_000)
    EntryPageFactory(
        parent=green, title="Laureate", status="laureate", region="Altai Krai", region_code="RU-ALT"
    )
    EntryPageFactory(parent=green, title="Draft", status="winner", live=False)
    query = """query ($status: EntryStatus, $nomination: String, $region: String) {
      entries(prizeYear: 2023, track: NATIONAL, status: $status, nomination: $nomination,
              region: $region) {
        totalCount edges { node { title status grantAmount nomination { slug category { name } } } }
      }
    }"""

    def titles(**variables):
        entries = data(graphql(query, variables))["entries"]
        return entries["totalCount"], [e["node"]["title"] for e in entries["edges"]]

    assert titles() == (3, ["Winner", "Laureate", "Applicant"])
    assert titles(status="WINNER") == (1, ["Winner"])
    assert titles(nomination="green") == (1, ["Laureate"])
    assert titles(region="ru-alt") == (1, ["Laureate"])
    node = data(graphql(query, {"status": "WINNER"}))["entries"]["edges"][0]["node"]
    assert node["status"] == "WINNER"
    assert node["grantAmount"] == 2_000_000
    assert node["nomination"] == {"slug": "tech", "category": {"name": "Volunteers and NGOs"}}


def test_entries_of_other_years_and_tracks_are_filtered_out(graphql, prize):
    index, _, _, tech, _ = prize
    EntryPageFactory(parent=tech, title="National 2023", status="laureate")
    international = PrizeEditionPageFactory(parent=index, year=2023, track="international")
    category = CategoryPageFactory(parent=international)
    nomination = NominationPageFactory(parent=category)
    EntryPageFactory(parent=nomination, title="International 2023", status="laureate")

    result = data(
        graphql(
            """{ entries(prizeYear: 2023, track: INTERNATIONAL) { edges { node { title
                   edition { track } } } }
                 prizes { year track } }"""
        )
    )

    assert result["entries"]["edges"] == [
        {"node": {"title": "International 2023", "edition": {"track": "INTERNATIONAL"}}}
    ]
    assert result["prizes"] == [
        {"year": 2023, "track": "NATIONAL"},
        {"year": 2023, "track": "INTERNATIONAL"},
    ]


def test_nomination_entries_show_only_live_ones_in_rank(graphql, prize):
    _, _, _, tech, _ = prize
    EntryPageFactory(parent=tech, title="Finalist", status="finalist")
    EntryPageFactory(parent=tech, title="Winner", status="winner")
    EntryPageFactory(parent=tech, title="Hidden", status="winner", live=False)

    result = data(
        graphql(
            """{ prize(year: 2023, track: NATIONAL) { categories { nominations {
                 all: entries { title } winners: entries(status: WINNER) { title } } } } }"""
        )
    )

    tech_data = result["prize"]["categories"][0]["nominations"][0]
    assert tech_data["all"] == [{"title": "Winner"}, {"title": "Finalist"}]
    assert tech_data["winners"] == [{"title": "Winner"}]


def test_russian_prize_falls_back_to_english_nominations(graphql, prize, locale_ru, home):
    index, edition, category, tech, _ = prize
    for page, title in [
        (home, "#МЫВМЕСТЕ"),
        (index, "Премия"),
        (edition, "Премия 2023"),
        (category, "Волонтёры и НКО"),
    ]:
        translate(page, locale_ru, title=title)
    translate(tech, locale_ru, title="Технологии для жизни")

    result = data(
        graphql(
            """{ prize(year: 2023, track: NATIONAL, locale: RU) {
                 title locale categories { name locale nominations { name locale } } } }"""
        )
    )["prize"]

    assert (result["title"], result["locale"]) == ("Премия 2023", "RU")
    category_data = result["categories"][0]
    assert (category_data["name"], category_data["locale"]) == ("Волонтёры и НКО", "RU")
    assert category_data["nominations"] == [
        {"name": "Технологии для жизни", "locale": "RU"},
        {"name": "Green Country", "locale": "EN"},
    ]


def test_entry_image_srcset_uses_allowed_widths_only(graphql, prize):
    _, _, _, tech, _ = prize
    EntryPageFactory(parent=tech, image=ImageFactory(), status="winner")
    query = """query ($widths: [Int!]) { entries { edges { node { image {
        width alt srcset(widths: $widths) rendition(width: 320, format: JPEG) { url width }
    } } } } }"""

    image = data(graphql(query, {"widths": [320, 640]}))["entries"]["edges"][0]["node"]["image"]
    wrong = graphql(query, {"widths": [500]})

    assert image["width"] == 800
    urls = [part.split(" ") for part in image["srcset"].split(", ")]
    assert [width for _, width in urls] == ["320w", "640w"]
    assert all(url.endswith(".webp") for url, _ in urls)
    assert image["rendition"]["url"].endswith(".jpg")
    assert image["rendition"]["width"] == 320
    assert wrong.errors[0].message == (
        "Image width 500 is not allowed. Allowed widths: 320, 640, 960, 1280, 1920."
    )


def test_labels_follow_the_requested_locale_not_the_thread_language(graphql, home, locale_ru):
    from django.utils import translation

    from tests.factories import PrizeEditionPageFactory, PrizeIndexPageFactory

    index = PrizeIndexPageFactory(parent=home)
    PrizeEditionPageFactory(
        parent=index, year=2024, stages=[("applications", datetime.date(2024, 3, 1), None)]
    )
    query = "{ prize(year: 2024, track: NATIONAL) { trackLabel stages { title } } }"

    with translation.override("ru"):
        result = graphql(query)

    assert result.errors is None
    assert result.data["prize"]["stages"] == [{"title": "Applications"}]
    assert result.data["prize"]["trackLabel"] == "National track #WEARETOGETHER"
