"""The site shell kept per content version (pages/templatetags/site_tags.py): what a publish,
a footer or a contacts change shows is in the very next page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.models import ContactSettings, FooterText
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shell_cached(settings):
    settings.SITE_CHROME_CACHE_SECONDS = 600


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, slug="about", title="About us", show_in_menus=True)


def test_menu_shows_a_page_published_after_the_shell_was_kept(client, home, about):
    assert b"About us" in client.get(about.url).content
    news = StandardPageFactory(parent=home, slug="camps", title="Summer camps", live=False)
    news.show_in_menus = True
    news.save_revision().publish()
    assert b"Summer camps" in client.get(about.url).content


def test_menu_drops_an_unpublished_page(client, home, about):
    other = StandardPageFactory(parent=home, slug="team", title="Our team", show_in_menus=True)
    other.save_revision().publish()
    assert b"Our team" in client.get(about.url).content
    other.unpublish()
    assert b"Our team" not in client.get(about.url).content


def test_footer_and_contacts_changes_show_in_the_next_page(client, home, about):
    client.get(about.url)
    FooterText.objects.create(locale=home.locale, body="<p>Volunteers of Russia</p>")
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "hello@example.org"
    settings.save()
    content = client.get(about.url).content
    assert b"Volunteers of Russia" in content
    assert b"mailto:hello@example.org" in content


def test_kept_shell_costs_no_queries_for_menu_footer_and_contacts(client, about, settings):
    def queries():
        client.get(about.url)
        client.get(about.url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(about.url).status_code == 200
        return context.captured_queries

    kept = queries()
    settings.SITE_CHROME_CACHE_SECONDS = 0
    built = queries()
    sql = " ".join(q["sql"] for q in kept)
    assert "pages_footertext" not in sql
    assert "pages_contactsettings" not in sql
    # menu (home, two per level), home link, language switcher's homes and locales
    assert len(built) - len(kept) >= 6
