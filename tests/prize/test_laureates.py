import datetime

import pytest

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def prize(home):
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(
        parent=index,
        year=2023,
        stages=[
            ("applications", datetime.date(2023, 3, 1), datetime.date(2023, 6, 30)),
            ("ceremony", datetime.date(2023, 12, 4), None),
        ],
    )
    category = CategoryPageFactory(parent=edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Technologies for Life")
    return index, edition, category, nomination


def titles(entries):
    return [entry.title for entry in entries]


def test_edition_page_lists_categories_nominations_timeline_and_laureates(client, prize):
    _, edition, category, nomination = prize
    EntryPageFactory(parent=nomination, title="Happy Schools", status="laureate", place=2)
    EntryPageFactory(parent=nomination, title="Green Volga", status="winner", place=1)
    EntryPageFactory(parent=nomination, title="Just applied", status="applicant")

    response = client.get(edition.url)

    html = response.content.decode()
    for text in ("Volunteers and NGOs", "Technologies for Life", "Applications", "Award ceremony"):
        assert text in html
    assert 'datetime="2023-12-04"' in html
    [listed_category] = response.context["categories"]
    [listed_nomination] = listed_category.nominations
    assert titles(listed_nomination.laureates) == ["Green Volga", "Happy Schools"]
    assert "Just applied" not in html
    assert "2\u202f500\u202f000" in html  # the category's grant limit


def test_prize_index_shows_laureates_by_year_newest_first(client, prize):
    index, _, _, nomination = prize
    EntryPageFactory(parent=nomination, title="Happy Schools", status="laureate")
    older = PrizeEditionPageFactory(parent=index, year=2021)
    older_nomination = NominationPageFactory(parent=CategoryPageFactory(parent=older))
    EntryPageFactory(parent=older_nomination, title="Kind Hearts", status="winner")
    EntryPageFactory(parent=older_nomination, title="Finalist only", status="finalist")

    response = client.get(index.url)

    years = response.context["laureates_by_year"]
    assert [(year, titles(entries)) for year, entries in years] == [
        (2023, ["Happy Schools"]),
        (2021, ["Kind Hearts"]),
    ]
    html = response.content.decode()
    assert html.index("Happy Schools") < html.index("Kind Hearts")
    assert "Finalist only" not in html


def test_both_tracks_of_a_year_are_listed_together(client, prize):
    index, _, _, nomination = prize
    EntryPageFactory(parent=nomination, title="Happy Schools", status="laureate")
    international = PrizeEditionPageFactory(parent=index, year=2023, track="international")
    nomination_int = NominationPageFactory(parent=CategoryPageFactory(parent=international))
    EntryPageFactory(parent=nomination_int, title="Bridges", status="winner")

    years = client.get(index.url).context["laureates_by_year"]

    assert [(year, sorted(titles(entries))) for year, entries in years] == [
        (2023, ["Bridges", "Happy Schools"])
    ]


def test_drafts_are_hidden(client, prize):
    index, edition, category, nomination = prize
    EntryPageFactory(parent=nomination, title="Draft laureate", status="laureate", live=False)
    draft_nomination = NominationPageFactory(parent=category, title="Draft nomination", live=False)
    EntryPageFactory(parent=draft_nomination, title="Under a draft nomination", status="winner")
    draft_category = CategoryPageFactory(parent=edition, title="Draft category", live=False)
    EntryPageFactory(
        parent=NominationPageFactory(parent=draft_category),
        title="Under a draft category",
        status="winner",
    )
    draft_edition = PrizeEditionPageFactory(parent=index, year=2024, live=False)
    EntryPageFactory(
        parent=NominationPageFactory(parent=CategoryPageFactory(parent=draft_edition)),
        title="Under a draft edition",
        status="winner",
    )

    index_html = client.get(index.url).content.decode()
    edition_html = client.get(edition.url).content.decode()

    for html in (index_html, edition_html):
        for title in (
            "Draft laureate",
            "Draft nomination",
            "Draft category",
            "Under a draft nomination",
            "Under a draft category",
            "Under a draft edition",
        ):
            assert title not in html, title
