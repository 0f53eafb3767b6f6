"""The home page features this year's forum, the prize's stage, news, laureates, speakers and
partners; editors choose them in `HomePage.features`, and blocks left empty fill themselves.
The site and the API's `home` list the same things in the same order, in both languages."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from forum.models import Partner, SessionSpeaker
from prize.models import PrizeStage
from tests.factories import (
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)

HOME_QUERY = """query ($locale: Locale) { home(locale: $locale) {
  page { title }
  sections { kind link
    ... on HomeForumSection { edition { title url } state daysToGo programmeUrl }
    ... on HomePrizeStageSection { stages { edition { title url } stage { kind } state headline } }
    ... on HomeNewsSection { articles { title url } }
    ... on HomeLaureatesSection { year entries { title url } }
    ... on HomeSpeakersSection { speakers { title url photo { width } } }
    ... on HomePartnersSection { partners { name url locale logo { alt } } }
  }
} }"""


@pytest.fixture
def home_tree(tree):
    """The conftest tree, its forum edition under way today (the site's clock) and its
    prize accepting applications, with news, a laureate, a speaker and a partner."""
    today = timezone.localdate()
    edition = tree.forum_edition
    edition.start_date, edition.end_date = today + 10 * DAY, today + 13 * DAY
    edition.year = edition.start_date.year  # an edition's first day is in its year
    edition.save_revision().publish()
    prize = tree.prize_edition
    PrizeStage.objects.create(
        edition=prize, kind="applications", start_date=today - DAY, end_date=today + 30 * DAY
    )
    PrizeStage.objects.create(edition=prize, kind="ceremony", start_date=today + 60 * DAY)
    tree.entry.status = "laureate"
    tree.entry.save_revision().publish()
    news = NewsIndexPageFactory(parent=tree.home)
    NewsArticlePageFactory(parent=news, title="Winners announced", slug="winners")
    people = SpeakerIndexPageFactory(parent=tree.forum)
    speaker = SpeakerPageFactory(parent=people, title="Anna Volkova", photo=ImageFactory())
    SessionSpeaker.objects.create(session=tree.session, speaker=speaker)
    partner = Partner.objects.create(name="UNESCO", url="https://www.unesco.org/")
    translate_snippet(partner, tree.locale_ru, name="ЮНЕСКО")
    translate(edition, tree.locale_ru, title="Форум 2023")
    translate(prize, tree.locale_ru, title="Премия 2023")
    tree.today = today
    return tree


def site_links(html):
    """(section id, [link paths]) of each featured section, in page order."""
    sections = re.findall(
        r'<section class="feature [^"]*" aria-labelledby="feature-(\w+)"(.*?)</section>', html, re.S
    )
    return [(kind, re.findall(r'<a[^>]* href="(/[^"#]*)', body)) for kind, body in sections]


def api_links(section):
    pages = (
        [section["edition"]]
        if "edition" in section
        else [s["edition"] for s in section.get("stages", [])]
        + section.get("articles", [])
        + section.get("entries", [])
        + section.get("speakers", [])
    )
    return [p["url"] for p in pages]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_home_page_features_the_forum_the_prize_stage_and_lists(
    client, graphql, home_tree, language
):
    html = client.get(f"/{language}/").content.decode()

    sections = dict(site_links(html))
    assert list(sections) == ["forum", "prize", "news", "laureates", "speakers", "partners"]
    forum_url = f"/{language}/forum/{home_tree.forum_edition.slug}/"
    assert f'href="{forum_url}#program-heading"' in html
    prize_url = f"/{language}/prize/{home_tree.prize_edition.slug}/"
    assert prize_url in sections["prize"]
    until = home_tree.today + 30 * DAY
    headline = {"en": "Applications open until", "ru": "Приём заявок открыт до"}[language]
    assert f"{headline} {until.day} " in html
    assert {"en": "Starts in 10 days", "ru": "Начнётся через 10 дней"}[language] in html
    assert {"en": "UNESCO", "ru": "ЮНЕСКО"}[language] in html


@pytest.mark.parametrize("language", ["en", "ru"])
def test_home_in_the_api_lists_what_the_site_shows(client, graphql, home_tree, language):
    html = client.get(f"/{language}/").content.decode()
    result = graphql(HOME_QUERY, {"locale": language.upper()})
    assert result.errors is None, result.errors
    api = result.data["home"]["sections"]

    # The API gives the pages; the site adds a link to the atlas below the laureates.
    site = [
        (kind, [u for u in links if u.count("/") > 2 and not u.endswith("/atlas/")])
        for kind, links in site_links(html)
    ]
    assert [s["kind"] for s in api] == [
        "forum",
        "prize_stage",
        "news",
        "laureates",
        "speakers",
        "partners",
    ]
    for (kind, links), section in zip(site[:5], api[:5], strict=True):
        expected = api_links(section) + ([section["link"]] if section["link"] else [])
        assert sorted(set(links)) == sorted(set(expected)), kind
    assert api[0]["state"] == "UPCOMING" and api[0]["daysToGo"] == 10
    assert api[1]["stages"][0]["state"] == "CURRENT"
    assert api[5]["partners"][0]["name"] == {"en": "UNESCO", "ru": "ЮНЕСКО"}[language]


def test_home_features_chosen_by_editors_keep_their_order_and_choices(client, graphql, home_tree):
    other = SpeakerPageFactory(parent=home_tree.forum.get_children().last(), title="Boris Lee")
    hidden = SpeakerPageFactory(parent=other.get_parent(), title="Hidden Person", live=False)
    home = home_tree.home
    home.features = [
        ("speakers", {"speakers": [other, hidden], "count": 6}),
        ("news", {"count": 1}),
        ("laureates", {"count": 3}),
    ]
    home.save_revision().publish()

    api = graphql(HOME_QUERY, {"locale": "EN"}).data["home"]["sections"]

    assert [s["kind"] for s in api] == ["speakers", "news", "laureates"]
    assert [s["title"] for s in api[0]["speakers"]] == ["Boris Lee"]
    assert "Hidden Person" not in client.get("/en/").content.decode()


def test_home_leaves_out_sections_with_nothing_to_show(graphql, home):
    api = graphql(HOME_QUERY, {"locale": "EN"}).data["home"]
    assert api["page"]["title"] == home.title
    assert api["sections"] == []


def test_picture_of_an_unreadable_image_is_a_placeholder(client, home_tree):
    """Storage lost the file: the page renders, with the speaker's initials instead."""
    speaker = home_tree.forum.get_children().last().get_children().first().specific
    speaker.photo.file.storage.delete(speaker.photo.file.name)

    response = client.get("/en/")

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<span class="picture-placeholder picture-placeholder--square portrait" '
        'aria-hidden="true">AV</span>' in html
    )


def test_picture_of_a_private_image_is_a_placeholder(client, home_tree):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    speaker = home_tree.forum.get_children().last().get_children().first().specific
    speaker.photo.collection = private
    speaker.photo.save()

    html = client.get("/en/").content.decode()

    assert "picture-placeholder--square" in html
    assert speaker.photo.file.name.split("/")[-1].split(".")[0] not in html


def test_picture_has_webp_and_jpeg_sizes_and_lazy_loading(client, home_tree):
    html = client.get("/en/").content.decode()
    portrait = re.search(r'<picture class="picture portrait">(.*?)</picture>', html, re.S).group(1)
    assert '<source type="image/webp" srcset="' in portrait and ".webp 320w" in portrait
    assert re.search(
        r'<img src="[^"]+\.jpg" srcset="[^"]+ 320w" sizes="8rem" '
        r'width="320" height="240" alt="" loading="lazy"',
        portrait,
    )
