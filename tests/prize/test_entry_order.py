"""One ranking of prize entries: the nomination page, the nomination's `entries` and the root
`entries` field list the same entries in the same order, in both languages."""

import re

import pytest

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

# (title, status, place): every status, places given and missing, a title tie-break.
ENTRIES = [
    ("Semi Beta", "semifinalist", None),
    ("Finalist Alpha", "finalist", 2),
    ("Laureate Two", "laureate", 2),
    ("Applicant Zeta", "applicant", None),
    ("Winner Solo", "winner", 1),
    ("Laureate Unplaced", "laureate", None),
    ("Laureate One", "laureate", 1),
    ("Finalist Beta", "finalist", None),
]
EXPECTED = [
    "Winner Solo",
    "Laureate One",
    "Laureate Two",
    "Laureate Unplaced",
    "Finalist Alpha",
    "Finalist Beta",
    "Semi Beta",
    "Applicant Zeta",
]


@pytest.fixture
def nomination(home, locale_ru):
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(parent=index, year=2023)
    category = CategoryPageFactory(parent=edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Helping Others", slug="helping")
    for title, status, place in ENTRIES:
        EntryPageFactory(parent=nomination, title=title, status=status, place=place)
    translate(home, locale_ru, title="Главная")
    for page in (index, edition, category, nomination):
        translate(page, locale_ru, title=f"{page.title} (ru)")
    return nomination


def site_order(client, page):
    html = client.get(page.url).content.decode()
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_entry_order_is_the_same_on_the_nomination_page_and_in_the_api(
    client, graphql, nomination, locale_ru
):
    nested = graphql(
        f'{{ page(path: "{nomination.url}") {{ ... on Nomination {{ entries {{ title }} }} }} }}'
    )
    root = graphql('{ entries(nomination: "helping", locale: EN) { edges { node { title } } } }')
    assert not nested.errors and not root.errors
    assert site_order(client, nomination) == EXPECTED
    assert [e["title"] for e in nested.data["page"]["entries"]] == EXPECTED
    assert [e["node"]["title"] for e in root.data["entries"]["edges"]] == EXPECTED


def test_entry_order_is_the_same_in_russian_with_untranslated_entries(
    client, graphql, nomination, locale_ru
):
    russian = nomination.get_translation(locale_ru)
    root = graphql('{ entries(nomination: "helping", locale: RU) { edges { node { title } } } }')
    # The entries have no Russian pages yet: both paths fall back to the English ones.
    assert site_order(client, russian) == EXPECTED
    assert [e["node"]["title"] for e in root.data["entries"]["edges"]] == EXPECTED
