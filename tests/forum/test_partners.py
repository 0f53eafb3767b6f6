"""Partners of a forum edition are snippets with a site and a logo, shown in the reader's
language on the edition page and in the API."""

import pytest

from forum.models import Partner
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

QUERY = """query ($locale: Locale) { forum(year: 2023, locale: $locale) {
  partners partnerLinks { name url locale logo { alt } } } }"""


@pytest.fixture
def edition(home, locale_ru):
    unesco = Partner.objects.create(
        name="UNESCO", url="https://www.unesco.org/", logo=ImageFactory(title="UNESCO logo")
    )
    translate_snippet(unesco, locale_ru, name="ЮНЕСКО")
    plain = Partner.objects.create(name="Volunteer centres", sort_order=200)
    index = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=index, year=2023, partners=[plain, unesco])
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(index, locale_ru, title="Форум")
    return edition, translate(edition, locale_ru, title="Форум 2023")


@pytest.mark.parametrize(
    ("language", "names"),
    [("en", ["UNESCO", "Volunteer centres"]), ("ru", ["ЮНЕСКО", "Volunteer centres"])],
)
def test_edition_partners_in_the_readers_language_on_the_site_and_in_the_api(
    client, graphql, edition, language, names
):
    page = edition[0] if language == "en" else edition[1]
    html = client.get(page.url).content.decode()
    result = graphql(QUERY, {"locale": language.upper()})

    assert result.errors is None, result.errors
    forum = result.data["forum"]
    assert forum["partners"] == names
    assert [p["name"] for p in forum["partnerLinks"]] == names
    assert forum["partnerLinks"][0]["url"] == "https://www.unesco.org/"
    assert forum["partnerLinks"][0]["logo"] == {"alt": "UNESCO logo"}
    assert '<a href="https://www.unesco.org/" rel="noopener"><picture class="picture logo">' in html
    assert f'alt="{names[0]}"' in html
    assert '<span class="partner-name">Volunteer centres</span>' in html
