"""wagtail-localize's "Translate page" does not offer or honour "Include subtree" (issue 11,
upstream wagtail-localize #773): one page is translated, as a draft, and its children are not."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    UserFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(home, locale_ru):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    forum = ForumIndexPageFactory(parent=home)
    translate(forum, locale_ru, title="Форум")
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    SessionPageFactory(parent=edition, title="Opening plenary")
    return edition


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_translate_page_form_offers_no_subtree(admin_client, edition):
    response = admin_client.get(submit_url(edition))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Include subtree" not in html
    assert 'type="hidden" name="include_subtree"' in html


def test_posted_subtree_translates_only_the_page_as_a_draft(admin_client, edition, locale_ru):
    response = admin_client.post(
        submit_url(edition), {"locales": [locale_ru.pk], "include_subtree": "on"}
    )

    assert response.status_code == 302
    translated = edition.get_translation(locale_ru)
    assert not translated.live
    assert translated.get_children().count() == 0
    assert Page.objects.filter(locale=locale_ru, title="Opening plenary").count() == 0
    assert Page.find_problems() == ([], [], [], [], [])


# "Translate this page" and a snippet's "Translate" only for those the views accept.


def page_header(client, page):
    return client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def test_translate_button_hidden_where_the_parent_is_not_translated(client, edition):
    from core.roles import FORUM_EDITORS, setup_roles

    client.force_login(UserFactory(groups=[setup_roles()[FORUM_EDITORS]]))
    session = edition.get_children().get(title="Opening plenary")

    assert submit_url(session) not in page_header(client, session)  # its edition is English only
    assert submit_url(edition) in page_header(client, edition)  # the forum is translated
    assert client.get(submit_url(session)).status_code in (302, 403)  # what the button hid


def test_translate_button_shown_to_administrators(admin_client, edition):
    session = edition.get_children().get(title="Opening plenary")

    assert submit_url(session) not in page_header(admin_client, session)
    assert submit_url(edition) in page_header(admin_client, edition)


def test_snippet_translate_button_only_into_languages_the_user_may_change(
    client, edition, locale_ru
):
    from core.roles import TRANSLATORS, setup_roles
    from tests.factories import ThemeFactory

    english = ThemeFactory(name="Ecology")
    russian_only = ThemeFactory(name="Спорт", locale=locale_ru)
    client.force_login(UserFactory(groups=[setup_roles()[TRANSLATORS]]))

    listing = client.get("/admin/snippets/forum/theme/").content.decode()

    assert f"/admin/localize/submit/snippet/forum/theme/{english.pk}/" in listing
    assert f"/admin/localize/submit/snippet/forum/theme/{russian_only.pk}/" not in listing
