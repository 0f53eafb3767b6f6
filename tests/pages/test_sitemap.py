import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import SessionPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_live_pages_in_every_language(client, tree):
    urls = sitemap(client)

    for page in (tree.home, tree.forum, tree.session, tree.prize, tree.entry):
        assert page.full_url in urls
    for page in (tree.home_ru, tree.forum_ru, tree.prize_ru):
        assert page.full_url in urls
    assert "http://localhost/ru/forum/" in urls


def test_sitemap_has_hreflang_alternates_for_translated_pages(client, tree):
    urls = sitemap(client)

    alternates = {"en": "http://localhost/en/forum/", "ru": "http://localhost/ru/forum/"}
    assert urls["http://localhost/en/forum/"] == alternates
    assert urls["http://localhost/ru/forum/"] == alternates
    assert urls[tree.session.full_url] == {}  # not translated: no alternates


def test_sitemap_excludes_drafts_and_private_pages(client, tree):
    draft = SessionPageFactory(parent=tree.forum_edition, title="Secret draft", live=False)
    private = StandardPageFactory(parent=tree.home, title="Jury room", slug="jury")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="jury"
    )
    inside_private = StandardPageFactory(parent=private, title="Scores", slug="scores")

    urls = sitemap(client)

    assert not any(draft.slug in url for url in urls)
    assert private.full_url not in urls
    assert inside_private.full_url not in urls
    assert tree.forum.full_url in urls
