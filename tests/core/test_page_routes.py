"""Routing a path in two queries (core/page_routes.py): the same page, or 404, as Wagtail's
segment-by-segment routing; a routable page's own routes are left to it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PrizeIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def nested(home):
    section = StandardPageFactory(parent=home, slug="section", title="Section")
    middle = StandardPageFactory(parent=section, slug="middle", title="Middle")
    return StandardPageFactory(parent=middle, slug="deep", title="Deep page")


def test_deep_page_is_served_without_a_query_per_segment(client, nested):
    client.get(nested.url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(nested.url)
    assert response.status_code == 200 and b"Deep page" in response.content
    page_queries = [q for q in context.captured_queries if 'FROM "wagtailcore_page"' in q["sql"]]
    by_slug = [q for q in page_queries if '"slug" = ' in q["sql"]]
    assert by_slug == []  # no child-by-slug lookups: one query found the whole chain


def test_missing_or_unpublished_page_is_404(client, nested):
    assert client.get(nested.url.replace("deep", "nowhere")).status_code == 404
    nested.unpublish()
    assert client.get(nested.url).status_code == 404


def test_routable_page_sub_route_is_left_to_the_page(client, home):
    index = PrizeIndexPageFactory(parent=home, slug="prize")
    assert client.get(index.url).status_code == 200
    assert client.get(index.url + "atlas/").status_code == 200
    assert client.get(index.url + "no-such-route/").status_code == 404
