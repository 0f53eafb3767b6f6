import logging

import pytest
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db


def broken_view(request):
    raise RuntimeError("something broke")


# This module doubles as a URLconf: the site's URLs plus a view that fails.
urlpatterns = [path("broken/", broken_view), *site_urlpatterns]


def test_404_uses_the_site_template_with_a_helpful_message(client, home):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "Try the search or start from the home page" in html
    assert 'class="site-header"' in html and 'role="search"' in html
    assert '<html lang="en">' in html


def test_404_in_russian(client, home):
    response = client.get("/ru/net-takoy-stranitsy/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Страница не найдена" in html
    assert '<html lang="ru">' in html


@pytest.mark.urls("tests.pages.test_errors")
def test_500_renders_the_static_error_page(client, settings, caplog):
    settings.DEBUG = False
    client.raise_request_exception = False

    with caplog.at_level(logging.CRITICAL, logger="django.request"):
        response = client.get("/broken/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Что-то пошло не так" in html
    assert "something broke" not in html  # no details leak to visitors
