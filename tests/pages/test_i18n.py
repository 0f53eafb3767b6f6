import re

import pytest

from tests.factories import translate

pytestmark = pytest.mark.django_db


def head_links(html, rel):
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([\w-]+)" href="([^"]+)"', html))


def switcher_links(html):
    nav = re.search(r'<nav[^>]*class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" hreflang="([\w-]+)"', nav))


def test_root_redirects_to_the_default_language(client, tree):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_by_accept_language(client, tree):
    response = client.get("/", headers={"accept-language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert response["Location"] == "/ru/"


def test_each_language_prefix_serves_that_language(client, tree):
    english = client.get("/en/forum/")
    russian = client.get("/ru/forum/")

    assert english.status_code == russian.status_code == 200
    assert english.context["page"].pk == tree.forum.pk
    assert russian.context["page"].pk == tree.forum_ru.pk
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="ru">' in russian.content.decode()
    assert "Форум" in russian.content.decode()


def test_language_switcher_links_to_the_same_page_in_the_other_language(client, tree):
    links = switcher_links(client.get("/en/forum/").content.decode())
    assert links == {"/en/forum/": "en", "/ru/forum/": "ru"}


def test_language_switcher_falls_back_to_the_home_of_an_untranslated_language(client, tree):
    html = client.get(tree.session.url).content.decode()
    links = {code: url for url, code in switcher_links(html).items()}
    assert links["ru"] == "/ru/"
    assert links["en"] == tree.session.url


def test_head_has_canonical_and_hreflang_alternates(client, tree):
    html = client.get("/ru/forum/").content.decode()

    assert '<link rel="canonical" href="http://localhost/ru/forum/">' in html
    assert head_links(html, "alternate") == {
        "en": "http://localhost/en/forum/",
        "ru": "http://localhost/ru/forum/",
    }


def test_untranslated_page_has_no_alternate_in_the_missing_language(client, tree):
    html = client.get(tree.session.url).content.decode()
    assert set(head_links(html, "alternate")) <= {"en"}


def test_unknown_language_prefix_is_a_404_page(client, tree):
    # LocaleMiddleware first redirects to /en/de/forum/ (Wagtail's catch-all matches it),
    # which is then a plain 404.
    response = client.get("/de/forum/", follow=True)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert client.get("/de/").status_code in (302, 404)


def test_russian_site_shows_russian_interface(client, tree):
    html = client.get("/ru/").content.decode()
    assert "Поиск" in html
    assert "Перейти к содержанию" in html
    assert "Skip to content" not in html


def test_russian_choice_labels(client, tree, locale_ru):
    translate(tree.prize_edition, locale_ru, title="Премия 2023")
    html = client.get("/ru/prize/2023-national/").content.decode()
    assert "Национальный трек #МЫВМЕСТЕ" in html
