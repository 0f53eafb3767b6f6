"""The site of a request, the default site and the sites' root paths are remembered per
process until a site, a locale or a page changes (core/sites.py)."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from core import sites
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def request_to(host):
    return RequestFactory().get("/", HTTP_HOST=host)


def test_site_of_a_host_is_looked_up_once(home, django_assert_num_queries):
    home.get_url(request=request_to("localhost"))  # the first request of this version

    with django_assert_num_queries(0):
        site = Site.find_for_request(request_to("localhost"))
        url = home.get_url(request=request_to("localhost"))

    assert site.root_page.pk == home.pk
    assert url == "/en/"


def test_site_lookup_follows_wagtail_rules(home):
    other_home = HomePageFactory(parent=home.get_parent(), slug="other")
    other = Site.objects.create(hostname="other.example", port=80, root_page=other_home)

    assert Site.find_for_request(request_to("other.example")).pk == other.pk
    # An unknown host gets the default site.
    assert Site.find_for_request(request_to("unknown.example")).root_page_id == home.pk


def test_changed_site_is_seen_at_once(home):
    assert Site.find_for_request(request_to("localhost")).site_name == ""
    site = Site.objects.get(is_default_site=True)

    site.site_name = "We Together"
    site.save()

    assert Site.find_for_request(request_to("localhost")).site_name == "We Together"
    assert sites.default_site().site_name == "We Together"


def test_each_caller_gets_its_own_copy(home):
    first = sites.default_site()
    first.site_name = "changed by one request"
    first.root_page.title = "changed too"

    second = sites.default_site()

    assert second.site_name == ""
    assert second.root_page.title == home.title


def test_no_default_site_is_none(db):
    Site.objects.all().delete()

    assert sites.default_site() is None
