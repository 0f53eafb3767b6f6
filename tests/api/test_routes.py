"""`routes`: every visible page as a route, the same as the sitemap lists, paginated and
filtered by type, language and date, in a bounded number of queries."""

import datetime
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.registry import content_types
from tests.api.test_query_counts import MAX_QUERIES
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    SessionPageFactory,
    StandardPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db

ROUTES = """
query Routes($types: [String!], $locale: Locale, $since: DateTime, $first: Int, $after: String) {
  routes(types: $types, locale: $locale, modifiedSince: $since, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id path url type locale translationKey lastModified
                   translations { locale url } page { __typename title url } } }
  }
}"""
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def site(home, locale_ru):
    forum = ForumIndexPageFactory(parent=home, slug="forum")
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    session = SessionPageFactory(parent=edition, title="Opening")
    news = NewsIndexPageFactory(parent=home, slug="news")
    article = NewsArticlePageFactory(parent=news, title="Winners")
    home_ru = translate(home, locale_ru, title="#МЫВМЕСТЕ")
    forum_ru = translate(forum, locale_ru, title="Форум")
    return SimpleNamespace(
        home=home,
        home_ru=home_ru,
        forum=forum,
        forum_ru=forum_ru,
        edition=edition,
        session=session,
        news=news,
        article=article,
    )


@pytest.fixture
def routes(graphql):
    def run(**variables):
        result = graphql(ROUTES, variables)
        assert result.errors is None, result.errors
        return result.data["routes"]

    return run


def nodes(connection):
    return [edge["node"] for edge in connection["edges"]]


def sitemap(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find("s:loc", NS).text: {
            (link.get("hreflang"), link.get("href")) for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_routes_list_every_visible_page_in_every_language(site, routes):
    found = nodes(routes(first=100))

    tree_order = list(
        Page.objects.filter(pk__in=[n["id"] for n in found]).order_by("path").values_list("pk")
    )
    assert [(int(n["id"]),) for n in found] == tree_order
    assert {n["path"] for n in found} == {
        "/en/",
        "/en/forum/",
        site.edition.url,
        site.session.url,
        "/en/news/",
        site.article.url,
        "/ru/",
        "/ru/forum/",
    }


def test_routes_agree_with_the_sitemap(site, routes, client):
    found = nodes(routes(first=100))

    from_sitemap = sitemap(client)
    assert {n["url"] for n in found} == set(from_sitemap)
    for node in found:
        alternates = {
            (t["locale"].lower(), "http://localhost" + t["url"]) for t in node["translations"]
        }
        assert from_sitemap[node["url"]] == (alternates if len(alternates) > 1 else set())


def test_routes_name_the_type_page_path_answers_with(site, routes, graphql):
    found = {n["path"]: n for n in nodes(routes(first=100))}

    assert found[site.session.url]["type"] == "Session"
    assert found["/en/forum/"]["type"] == "ForumIndex"
    assert found["/ru/forum/"]["locale"] == "RU"
    for path, node in found.items():
        page = graphql("query ($p: String!) { page(path: $p) { __typename } }", {"p": path})
        assert page.data["page"]["__typename"] == node["type"] == node["page"]["__typename"]


def test_routes_page_comes_in_its_own_language(site, routes):
    found = {n["path"]: n for n in nodes(routes(first=100))}

    assert found["/ru/forum/"]["page"] == {
        "__typename": "ForumIndex",
        "title": "Форум",
        "url": "/ru/forum/",
    }


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (["Session"], {"session"}),
        (["Session", "NewsArticle"], {"session", "article"}),
        (["ForumIndex"], {"forum", "forum_ru"}),
        ([], set()),
    ],
)
def test_routes_filter_by_type(site, routes, types, expected):
    found = {int(n["id"]) for n in nodes(routes(types=types, first=100))}

    assert found == {getattr(site, name).pk for name in expected}


def test_routes_unknown_type_is_an_error_naming_the_types(site, graphql):
    result = graphql(ROUTES, {"types": ["Nope"]})

    message = result.errors[0].message
    assert "Unknown page type 'Nope'" in message
    assert "Session" in message and "ForumEdition" in message


def test_routes_filter_by_locale(site, routes):
    found = {n["path"] for n in nodes(routes(locale="RU", first=100))}

    assert found == {"/ru/", "/ru/forum/"}


def test_routes_modified_since_keeps_pages_published_later(site, routes):
    since = timezone.now()
    Page.objects.filter(pk=site.session.pk).update(
        last_published_at=since + datetime.timedelta(seconds=1)
    )

    found = nodes(routes(since=since.isoformat(), first=100))

    assert [n["path"] for n in found] == [site.session.url]


@pytest.mark.parametrize("hide", ["unpublish", "restrict", "restrict_section", "expire"])
def test_routes_leave_out_invisible_pages(site, routes, hide):
    if hide == "unpublish":
        site.edition.unpublish()
        gone = {site.edition.url, site.session.url}
    elif hide == "restrict":
        PageViewRestriction.objects.create(page=site.article, restriction_type="login")
        gone = {site.article.url}
    elif hide == "restrict_section":
        PageViewRestriction.objects.create(page=site.news, restriction_type="login")
        gone = {site.news.url, site.article.url}
    else:
        Page.objects.filter(pk=site.session.pk).update(
            expire_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        gone = {site.session.url}

    found = {n["path"] for n in nodes(routes(first=100))}

    assert found and not found & gone


def test_routes_page_through_every_route_once(site, routes):
    everything = [n["path"] for n in nodes(routes(first=100))]

    seen, after = [], None
    while True:
        page = routes(first=3, after=after)
        seen += [n["path"] for n in nodes(page)]
        assert page["totalCount"] == len(everything)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == everything


def test_routes_first_over_the_limit_is_an_error(site, graphql):
    result = graphql(ROUTES, {"first": 101})

    assert "`first` must be between 0 and 100" in result.errors[0].message


def test_every_page_model_is_registered():
    """The routes filter and the changes feed come from the registry: a page type left out
    would be missing from both."""
    from django.apps import apps

    registered = {t.model for t in content_types()}
    page_models = {
        m for m in apps.get_models() if issubclass(m, Page) and m is not Page and m.is_creatable
    }

    assert page_models <= registered


@pytest.fixture(params=[1, 40], ids=["1-page", "40-pages"])
def many(request, home, locale_ru):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    parent = StandardPageFactory(parent=home, slug="about")
    translate(parent, locale_ru)
    for i in range(request.param):
        page = StandardPageFactory(parent=parent, slug=f"page-{i}", fast=True)
        if i % 2:
            translate(page, locale_ru)
    return request.param


def test_routes_query_count_is_bounded(many, routes, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        found = routes(first=100)

    assert found["totalCount"] >= many + 2
