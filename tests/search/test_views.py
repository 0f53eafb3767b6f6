import pytest

from tests.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def test_search_page_shows_type_title_snippet_and_link(client, site_content):
    response = client.get("/ru/search/", {"q": "Барнаул"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Чистый Барнаул" in html
    assert "Волонтёры очищают берега рек Барнаула." in html
    assert f'href="{site_content.ru_entry.url}"' in html
    assert "Clean Barnaul" not in html


def test_search_page_filters_by_type_and_year_and_counts_types(client, site_content):
    response = client.get(
        "/en/search/", {"q": "volunteer", "type": ["session", "bogus"], "forum_year": "2023"}
    )

    hits = response.context["page_obj"].object_list
    counts = {f["type"]: f["count"] for f in response.context["facets"]}
    assert [hit.title for hit in hits] == ["Volunteering in small towns"]
    assert counts == {"session": 1, "speaker": 1, "entry": 0, "news": 0, "page": 0}
    assert response.context["forum_years"] == [2023, 2022]
    assert response.context["prize_years"] == [2023]


def test_search_page_paginates(client, home):
    news = NewsIndexPageFactory(parent=home)
    for n in range(12):
        NewsArticlePageFactory(parent=news, title=f"Marathon {n}", slug=f"m{n}", fast=True)

    first = client.get("/en/search/", {"q": "marathon"})
    second = client.get("/en/search/", {"q": "marathon", "page": "2"})
    beyond = client.get("/en/search/", {"q": "marathon", "page": "99"})

    assert len(first.context["page_obj"].object_list) == 10
    assert 'rel="next"' in first.content.decode()
    assert len(second.context["page_obj"].object_list) == 2
    assert beyond.context["page_obj"].number == 2


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({}, "Type a session, a speaker"),
        ({"q": "zanzibar"}, "Nothing found for “zanzibar”"),
        ({"q": '"(*:-)"'}, "Nothing found"),
        ({"q": "volunteer", "forum_year": "abc", "prize_year": "99999", "page": "x"}, "results"),
        ({"q": "x" * 1000}, "only its first 200 characters"),
    ],
)
def test_empty_odd_and_fruitless_queries_get_a_helpful_page(client, site_content, params, text):
    response = client.get("/en/search/", params)

    assert response.status_code == 200
    assert text in response.content.decode()


def test_suggest_returns_titles_and_links(client, site_content):
    response = client.get("/ru/search/suggest/", {"q": "Барна"})

    results = response.json()["results"]
    assert {"title": "Чистый Барнаул", "url": site_content.ru_entry.url, "type": "entry"} in results
