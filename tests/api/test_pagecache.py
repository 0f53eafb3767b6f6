"""The visitor HTML full-page cache (api/pagecache.py): hits for anonymous GETs, purged by
every change the API cache is purged by."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    from django.core.cache import cache

    from api.pagecache import local_pages

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    local_pages.clear()
    yield
    cache.clear()
    local_pages.clear()


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, slug="about", title="About us")


def test_second_anonymous_get_is_a_hit_with_the_same_html(client, page):
    first = client.get(page.url)
    assert first.status_code == 200 and "X-Page-Cache" not in first
    second = client.get(page.url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_publish_shows_in_the_next_request(client, page):
    client.get(page.url)
    page.title = "About the forum"
    page.save_revision().publish()
    response = client.get(page.url)
    assert "X-Page-Cache" not in response
    assert b"About the forum" in response.content


def test_unpublish_shows_in_the_next_request(client, page):
    client.get(page.url)
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_view_restriction_shows_in_the_next_request(client, page):
    client.get(page.url)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    ).groups.set([Group.objects.get_or_create(name="Jury")[0]])
    response = client.get(page.url)
    assert response.status_code in (302, 403)
    assert client.get(page.url).status_code in (302, 403)


def test_logged_in_users_neither_hit_nor_fill_the_cache(client, page, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x" * 12)
    client.force_login(user)
    client.get(page.url)
    assert "X-Page-Cache" not in client.get(page.url)
    client.logout()
    client.cookies.clear()
    assert "X-Page-Cache" not in client.get(page.url)  # the first anonymous request fills it
    assert client.get(page.url)["X-Page-Cache"] == "hit"


def test_query_strings_errors_and_admin_are_never_cached(client, page, admin_client):
    for _ in range(2):
        assert "X-Page-Cache" not in client.get(page.url + "?utm=1")
        assert "X-Page-Cache" not in client.get("/en/missing/")
        assert "X-Page-Cache" not in admin_client.get(f"/admin/pages/{page.pk}/edit/")


def test_language_prefixes_are_separate_entries(client, page):
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    other = client.get(page.url.replace("/en/", "/ru/", 1))
    assert "X-Page-Cache" not in other


def test_memory_copy_is_served_only_under_the_shared_content_version(client, page):
    """A process answers a hit from its own copy (the shared entry is not fetched again),
    but never once the shared version has moved on, as a publish in another process does."""
    from django.core.cache import cache

    from api.cache import VERSION_KEY
    from api.pagecache import local_pages

    first = client.get(page.url)
    (key,) = local_pages
    cache.delete(key)  # only this process's copy is left
    hit = client.get(page.url)
    assert hit["X-Page-Cache"] == "hit" and hit.content == first.content

    cache.set(VERSION_KEY, "published-elsewhere", timeout=None)
    response = client.get(page.url)
    assert response.status_code == 200 and "X-Page-Cache" not in response
