"""`page_url` gives what Wagtail's `Page.get_url(request)` gives, without a `reverse()` per
page: in every language, for Cyrillic slugs, from another site's request."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from core.page_urls import page_url
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    HomePageFactory,
    SessionPageFactory,
    StandardPageFactory,
    make_site_tree,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    home, locale_ru = make_site_tree()
    edition = ForumEditionPageFactory(parent=ForumIndexPageFactory(parent=home))
    session = SessionPageFactory(parent=edition, slug="plenary")
    cyrillic = StandardPageFactory(parent=home, slug="о-премии")
    home_ru = translate(home, locale_ru)
    found = [home, edition, session, cyrillic, home_ru]
    parent = home_ru
    for page in (edition.get_parent(), edition, session):
        parent = translate(page, locale_ru)
        found.append(parent)
    return [Page.objects.get(pk=p.pk).specific for p in found]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("host", ["localhost", None])
def test_page_url_is_wagtails_url(pages, language, host):
    request = RequestFactory().get("/", HTTP_HOST=host) if host else None
    with translation.override(language):
        for page in pages:
            assert page_url(page, request=request) == page.get_url(request=request), page.url_path


def test_page_url_of_cyrillic_slug_is_quoted():
    home, _ = make_site_tree()
    page = StandardPageFactory(parent=home, slug="о-премии")

    assert page_url(page) == "/en/%D0%BE-%D0%BF%D1%80%D0%B5%D0%BC%D0%B8%D0%B8/"


def test_page_url_from_another_sites_request_is_absolute(pages):
    root = Page.get_first_root_node()
    other = HomePageFactory(parent=root, slug="other-home", title="Other")
    Site.objects.create(hostname="other.example", port=80, root_page=other)
    request = RequestFactory().get("/", HTTP_HOST="other.example")
    session = pages[2]

    assert page_url(session, request=request) == session.get_url(request=request)
    assert page_url(session, request=request).startswith("http://localhost")
