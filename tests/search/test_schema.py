import pytest

pytestmark = pytest.mark.django_db

SEARCH = """
query ($query: String!, $locale: Locale, $types: [SearchType!], $forumYear: Int,
       $first: Int, $after: String) {
  search(query: $query, locale: $locale, types: $types, forumYear: $forumYear,
         first: $first, after: $after) {
    totalCount
    facets { type count }
    pageInfo { hasNextPage endCursor }
    edges {
      type
      snippet
      node {
        __typename
        ... on Session { title url theme { name } }
        ... on Speaker { title organisation }
        ... on Entry { title }
        ... on NewsArticle { title }
        ... on Page { title }
      }
    }
  }
}
"""


def titles(search):
    return [edge["node"]["title"] for edge in search["edges"]]


def test_search_returns_typed_nodes_counts_and_facets(graphql, site_content):
    result = graphql(SEARCH, {"query": "волонтеры", "locale": "RU"})

    assert result.errors is None
    search = result.data["search"]
    by_type = {edge["node"]["__typename"]: edge for edge in search["edges"]}
    assert search["totalCount"] == 5
    assert {f["type"]: f["count"] for f in search["facets"]} == {
        "SESSION": 1,
        "SPEAKER": 1,
        "ENTRY": 1,
        "NEWS": 1,
        "PAGE": 1,
    }
    assert by_type["Session"]["node"]["theme"] == {"name": "Экология"}
    assert by_type["Speaker"]["node"]["organisation"] == "Волонтёры Победы"
    assert by_type["Entry"]["type"] == "ENTRY"
    assert by_type["NewsArticle"]["snippet"] == "Набор волонтёров открыт до октября."


def test_search_filters_and_pages_with_cursors(graphql, site_content):
    variables = {"query": "volunteer", "locale": "EN", "first": 4}
    first = graphql(SEARCH, variables).data["search"]
    rest = graphql(SEARCH, {**variables, "after": first["pageInfo"]["endCursor"]}).data["search"]
    sessions = graphql(SEARCH, {**variables, "types": ["SESSION"], "forumYear": 2023})

    assert first["pageInfo"]["hasNextPage"] is True
    assert len(titles(first)) == 4 and len(titles(rest)) == 2
    assert not set(titles(first)) & set(titles(rest))
    assert titles(sessions.data["search"]) == ["Volunteering in small towns"]


def test_search_language_follows_accept_language(graphql, site_content):
    result = graphql(SEARCH, {"query": "Барнаул"}, language="ru")

    assert "Чистый Барнаул" in titles(result.data["search"])


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"query": "x" * 201}, "longer than 200 characters"),
        ({"query": "a", "locale": "FR"}, "'Locale'"),
        ({"query": "a", "first": 1000}, "`first` must be between"),
        ({"query": "a", "after": "garbage"}, "Invalid cursor"),
    ],
)
def test_search_refuses_bad_arguments_clearly(graphql, site_content, variables, message):
    result = graphql(SEARCH, variables)

    assert message in result.errors[0].message


@pytest.mark.parametrize("query", ["", '"(*:-)"', "-", "😀"])
def test_search_with_odd_queries_finds_nothing_without_errors(graphql, site_content, query):
    result = graphql(SEARCH, {"query": query, "locale": "EN"})

    assert result.errors is None
    assert result.data["search"]["totalCount"] == 0


def test_search_words_that_look_like_syntax_are_plain_words(graphql, site_content):
    result = graphql(SEARCH, {"query": "volunteers AND (NGOs OR", "locale": "EN"})

    assert result.errors is None
    assert titles(result.data["search"]) == ["Volunteers and NGOs"]


def test_autocomplete_returns_titles_and_urls(graphql, site_content):
    result = graphql('{ autocomplete(prefix: "Барна", locale: RU, limit: 5) { title url type } }')

    assert result.errors is None
    assert {
        "title": "Чистый Барнаул",
        "url": site_content.ru_entry.url,
        "type": "ENTRY",
    } in result.data["autocomplete"]
