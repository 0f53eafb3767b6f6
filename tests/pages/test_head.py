"""`seo` on every page says what the page's HTML <head> says: one function
(pages/domain/head.py) builds both."""

import json
import re
from html import unescape
from types import SimpleNamespace

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from tests.api.test_query_counts import MAX_QUERIES
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

SEO = """query ($path: String!) { page(path: $path) { seo {
  title pageTitle description canonical
  alternates { locale url }
  ogImage { url width height alt rendition(width: 320) { url } }
  sharing { attribute name content }
  jsonLd
} } }"""


@pytest.fixture
def site(home, locale_ru):
    forum = ForumIndexPageFactory(parent=home, slug="forum")
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    speakers = SpeakerIndexPageFactory(parent=forum, slug="speakers")
    anna = SpeakerPageFactory(parent=speakers, title="Anna", photo=ImageFactory())
    session = SessionPageFactory(
        parent=edition, title="Opening", speakers=[anna], search_description="The opening"
    )
    news = NewsIndexPageFactory(parent=home, slug="news")
    article = NewsArticlePageFactory(parent=news, title="Winners", image=ImageFactory())
    translate(home, locale_ru, title="Главная")
    forum_ru = translate(forum, locale_ru, title="Форум")
    return SimpleNamespace(
        home=home,
        forum=forum,
        forum_ru=forum_ru,
        edition=edition,
        anna=anna,
        session=session,
        article=article,
    )


def html_head(client, path):
    """What the HTML <head> of `path` says, in the shape of the API's `seo`."""
    html = client.get(path).content.decode()
    head = html.split("</head>", 1)[0]

    def attr(pattern):
        found = re.search(pattern, head)
        return unescape(found.group(1)) if found else None

    return {
        "title": attr(r"<title>(.*?)</title>"),
        "description": attr(r'<meta name="description" content="([^"]*)">') or "",
        "canonical": attr(r'<link rel="canonical" href="([^"]*)">'),
        "alternates": [
            {"locale": code.upper(), "url": url}
            for code, url in re.findall(
                r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head
            )
        ],
        "sharing": [
            {"attribute": a, "name": n, "content": unescape(c)}
            for a, n, c in re.findall(
                r'<meta (property|name)="([a-z:_]+)" content="([^"]*)">', head
            )
            if n.startswith(("og:", "twitter:", "article:"))
        ],
        "jsonLd": [
            json.loads(block)
            for block in re.findall(
                r'<script type="application/ld\+json">(.*?)</script>', head, re.S
            )
        ],
    }


def api_seo(graphql, path):
    result = graphql(SEO, {"path": path})
    assert result.errors is None, result.errors
    seo = result.data["page"]["seo"]
    seo["jsonLd"] = [json.loads(block) for block in seo["jsonLd"]]
    return seo


@pytest.mark.parametrize(
    "name", ["home", "forum", "forum_ru", "edition", "session", "anna", "article"]
)
def test_seo_agrees_with_the_html_head(site, client, graphql, name):
    path = getattr(site, name).url

    html = html_head(client, path)
    seo = api_seo(graphql, path)

    for key in ("title", "description", "canonical", "alternates", "sharing", "jsonLd"):
        assert seo[key] == html[key], key


def test_seo_of_a_session_carries_its_event_and_the_organiser(site, graphql):
    seo = api_seo(graphql, site.session.url)

    assert seo["title"] == "Opening — #WEARETOGETHER"
    assert seo["description"] == "The opening"
    types = [block["@type"] for block in seo["jsonLd"]]
    assert types == ["Organization", "Event"]
    assert [p["name"] for p in seo["jsonLd"][1]["performer"]] == ["Anna"]


def test_seo_of_a_translated_page_lists_both_languages(site, graphql):
    seo = api_seo(graphql, "/ru/forum/")

    assert {a["locale"] for a in seo["alternates"]} == {"EN", "RU"}
    assert seo["canonical"] == "http://localhost/ru/forum/"


def test_seo_og_image_is_the_page_picture(site, graphql):
    seo = api_seo(graphql, site.article.url)

    og = {t["name"]: t["content"] for t in seo["sharing"]}
    assert seo["ogImage"]["url"] == "http://testserver" + site.article.image.file.url
    assert seo["ogImage"]["rendition"]["url"].startswith("http://testserver/media/images/")
    assert og["og:image"].endswith(site.article.image.get_rendition("fill-1200x630").url)


def test_seo_og_image_in_a_private_collection_is_left_out(site, graphql):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    site.article.image.collection = private
    site.article.image.save()

    seo = api_seo(graphql, site.article.url)

    assert seo["ogImage"] is None
    og = {t["name"]: t["content"] for t in seo["sharing"]}
    assert og["og:image"].endswith("og-default.png")


# `seo` is asked for one page at a time: the organiser, alternates, sharing picture and the
# page's JSON-LD (its speakers or sessions) cost a few queries more than a page alone.
HEAD_QUERIES = MAX_QUERIES + 15


def test_seo_of_one_page_query_count_is_bounded(site, graphql, django_assert_max_num_queries):
    with django_assert_max_num_queries(HEAD_QUERIES):
        seo = api_seo(graphql, site.session.url)

    assert seo["jsonLd"]
