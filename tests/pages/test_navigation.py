"""The menu: the header of the HTML site and the API's `menu` come from one domain function
(pages/domain/navigation.py) and agree, in each language, in a bounded number of queries."""

import re

import pytest
from wagtail.models import PageViewRestriction

from tests.api.test_query_counts import MAX_QUERIES
from tests.factories import StandardPageFactory, translate

pytestmark = pytest.mark.django_db

MENU = """query ($locale: Locale, $depth: Int) {
  menu(locale: $locale, depth: $depth) { id title url locale children { id title url locale } }
}"""


def menu_page(parent, slug, *, show=True, **kwargs):
    return StandardPageFactory(
        parent=parent, slug=slug, title=slug.title(), show_in_menus=show, **kwargs
    )


@pytest.fixture
def site(home, locale_ru):
    about = menu_page(home, "about")
    team = menu_page(about, "team")
    menu_page(about, "hidden-child", show=False)
    contacts = menu_page(home, "contacts")
    menu_page(home, "not-in-menu", show=False)
    home_ru = translate(home, locale_ru, title="Главная")
    about_ru = translate(about, locale_ru, title="О нас")
    return {
        "about": about,
        "team": team,
        "contacts": contacts,
        "home_ru": home_ru,
        "about_ru": about_ru,
    }


@pytest.fixture
def menu(graphql):
    def run(**variables):
        result = graphql(MENU, {k: v.upper() if k == "locale" else v for k, v in variables.items()})
        assert result.errors is None, result.errors
        return result.data["menu"]

    return run


def header_links(client, path):
    html = client.get(path).content.decode()
    nav = re.search(r'<nav aria-label="Main" class="main-nav">(.*?)</nav>', html, re.S)
    if nav is None:  # Russian label
        nav = re.search(r'<nav aria-label="[^"]*" class="main-nav">(.*?)</nav>', html, re.S)
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav.group(1))


def test_menu_lists_pages_marked_show_in_menus_in_tree_order(site, menu):
    items = menu(locale="en")

    assert [(i["title"], i["url"]) for i in items] == [
        ("About", "/en/about/"),
        ("Contacts", "/en/contacts/"),
    ]
    assert all(i["children"] == [] for i in items)  # depth 1 by default


def test_menu_depth_two_holds_the_marked_children(site, menu):
    items = menu(locale="en", depth=2)

    assert [c["url"] for c in items[0]["children"]] == ["/en/about/team/"]


def test_menu_in_russian_falls_back_to_untranslated_pages(site, menu):
    items = menu(locale="ru", depth=2)

    assert [(i["title"], i["locale"]) for i in items] == [("О нас", "RU"), ("Contacts", "EN")]
    assert [c["url"] for c in items[0]["children"]] == ["/en/about/team/"]


@pytest.mark.parametrize("hide", ["unpublish", "restrict"])
def test_menu_leaves_out_invisible_pages_and_their_subtree(site, menu, hide):
    menu_page(site["contacts"], "office")
    if hide == "unpublish":
        site["contacts"].unpublish()
    else:
        PageViewRestriction.objects.create(page=site["contacts"], restriction_type="login")

    items = menu(locale="en", depth=3)

    assert [i["url"] for i in items] == ["/en/about/"]
    assert [c["url"] for c in items[0]["children"]] == ["/en/about/team/"]


@pytest.mark.parametrize(("path", "locale"), [("/en/", "en"), ("/ru/", "ru"), ("/en/about/", "en")])
def test_menu_agrees_with_the_site_header(site, menu, client, path, locale):
    links = header_links(client, path)

    assert links == [(i["url"], i["title"]) for i in menu(locale=locale)]


def test_menu_unknown_locale_is_an_error(site, graphql):
    result = graphql(MENU, {"locale": "DE"})

    assert "'Locale'" in result.errors[0].message


@pytest.fixture(params=[1, 30], ids=["1-item", "30-items"])
def many(request, home):
    for i in range(request.param):
        parent = menu_page(home, f"section-{i}", fast=True)
        menu_page(parent, f"child-{i}", fast=True)
    return request.param


def test_menu_query_count_is_bounded(many, menu, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        items = menu(locale="en", depth=3)

    assert len(items) == many
    assert all(len(i["children"]) == 1 for i in items)
