"""What a visitor sees of a page whose translation is not finished (issue 11): the site and
GraphQL agree. "Translate this page" makes a draft; until its translator publishes it, the
Russian path serves the English source marked `lang="en"` with a notice on the site, and
`isFallback: true` in GraphQL."""

import pytest
from wagtail_localize.operations import translate_object

from tests.factories import translate

pytestmark = pytest.mark.django_db

NOTICE = "Эта страница ещё не переведена и показана на языке оригинала."
QUERY = """query ($path: String!) { page(path: $path) { title locale isFallback } }"""


@pytest.fixture
def submitted(tree):
    """The session submitted for translation into Russian, not yet translated."""
    translate(tree.forum_edition, tree.locale_ru, title="Форум 2023")
    translate_object(tree.session, [tree.locale_ru])
    return tree.session.get_translation(tree.locale_ru)


def russian_path(page):
    return page.url.replace("/en/", "/ru/", 1)


def test_submitted_translation_is_a_draft(submitted):
    assert not submitted.live


@pytest.mark.parametrize("state", ["submitted", "not_submitted"])
def test_site_and_graphql_show_the_source_before_translation(request, client, graphql, tree, state):
    if state == "submitted":
        request.getfixturevalue("submitted")
    else:
        translate(tree.forum_edition, tree.locale_ru, title="Форум 2023")
    path = russian_path(tree.session)

    response = client.get(path)
    result = graphql(QUERY, {"path": path})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<main id="main" tabindex="-1" lang="en">' in html
    assert f'<p class="translation-notice" role="note" lang="ru">{NOTICE}</p>' in html
    assert "Opening plenary" in html
    assert result.data["page"] == {"title": "Opening plenary", "locale": "EN", "isFallback": True}


def test_published_translation_replaces_the_source(client, graphql, tree, submitted):
    submitted.title = "Открытие форума"
    submitted.save_revision().publish()
    path = russian_path(tree.session)

    response = client.get(path)
    result = graphql(QUERY, {"path": path})

    html = response.content.decode()
    assert "Открытие форума" in html
    assert "translation-notice" not in html
    assert '<main id="main" tabindex="-1">' in html
    assert result.data["page"] == {"title": "Открытие форума", "locale": "RU", "isFallback": False}


def test_english_page_has_no_notice(client, tree):
    html = client.get(tree.session.url).content.decode()

    assert "translation-notice" not in html


def test_unknown_russian_path_is_still_not_found(client, tree):
    assert client.get("/ru/forum/no-such-page/").status_code == 404
