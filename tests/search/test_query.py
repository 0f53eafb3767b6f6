import pytest

from search.domain.query import autocomplete, search_site

pytestmark = pytest.mark.django_db


def titles(search, count=10):
    return [hit.title for hit in search.hits[:count]]


def test_russian_words_match_other_forms_and_yo(site_content):
    by_plural = titles(search_site(query="волонтеры", locale="ru"))
    by_genitive = titles(search_site(query="волонтёров", locale="ru"))

    assert "Форуму нужны волонтёры" in by_plural  # introduction: "Набор волонтёров"
    assert set(by_plural) == set(by_genitive)
    assert "Анна Семёнова" in titles(search_site(query="Семенова", locale="ru"))


def test_english_words_match_other_forms(site_content):
    by_noun = titles(search_site(query="volunteer", locale="en"))

    assert "Volunteering in small towns" in by_noun
    assert set(by_noun) == set(titles(search_site(query="volunteering", locale="en")))


@pytest.mark.parametrize(
    ("query", "locale", "expected"),
    [
        ("Барнаул", "ru", "Чистый Барнаул"),  # a town
        ("Barnaul", "en", "Clean Barnaul"),
        ("Чистый Барнаул", "ru", "Чистый Барнаул"),  # a project
        ("Eco Altai", "en", "Clean Barnaul"),
        ("Анна Семёнова", "ru", "Анна Семёнова"),  # a person
        ("Semyonova", "en", "Anna Semyonova"),
        ("экология", "ru", "Волонтёрство в малых городах"),  # a theme
        ("ecology", "en", "Volunteering in small towns"),
    ],
)
def test_towns_projects_people_and_themes_are_on_the_first_page(
    site_content, query, locale, expected
):
    assert expected in titles(search_site(query=query, locale=locale))


def test_a_locale_finds_its_own_pages_and_untranslated_default_ones(site_content):
    russian = titles(search_site(query="Barnaul Барнаул", locale="ru"), 50)
    english = titles(search_site(query="волонтеры", locale="en"), 50)

    assert "Clean Barnaul" not in russian
    assert english == []
    assert titles(search_site(query="UNESCO", locale="ru")) == ["Partners"]


def test_titles_rank_above_bodies(site_content):
    hits = titles(search_site(query="Barnaul", locale="en"))

    # "Clean Barnaul" has it in the title; the club only in its city field.
    assert hits[0] == "Clean Barnaul"


def test_facets_count_hits_per_type_before_the_type_filter(site_content):
    every = search_site(query="volunteer", locale="en")
    sessions = search_site(query="volunteer", locale="en", types=["session"])

    assert every.facets == {"session": 2, "speaker": 1, "entry": 1, "news": 1, "page": 1}
    assert every.total == 6
    assert sessions.facets == every.facets
    assert sessions.total == 2
    assert {hit.type for hit in sessions.hits[:10]} == {"session"}
    assert search_site(query="volunteer", locale="en", types=["page", "news"]).total == 2


def test_forum_year_keeps_the_edition_its_sessions_and_speakers(site_content):
    search = search_site(query="volunteer", locale="en", forum_year=2023)

    assert set(titles(search)) == {"Volunteering in small towns", "Anna Semyonova"}
    assert titles(search_site(query="volunteer", locale="en", forum_year=2022)) == ["Youth policy"]


def test_prize_year_keeps_the_edition_and_its_entries(site_content):
    search = search_site(query="volunteer", locale="en", prize_year=2023)

    assert set(titles(search)) == {"Volunteers and NGOs", "Clean Barnaul"}
    assert search_site(query="volunteer", locale="en", prize_year=1999).total == 0


def test_hits_carry_type_title_snippet_and_link(site_content):
    hit = search_site(query="Барнаул", locale="ru").hits[0]

    assert hit.type == "entry"
    assert hit.snippet == "Волонтёры очищают берега рек Барнаула."
    assert hit.url.startswith("/ru/prize/")


def test_several_words_fall_back_to_any_word_when_all_find_nothing(site_content):
    search = search_site(query="Barnaul zanzibar", locale="en")

    assert search.operator == "or"
    assert "Clean Barnaul" in titles(search)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"unclosed',
        "(((",
        "volunteer AND OR NOT",
        "* : - ^ ~ \\ ' ; --",
        "NEAR(a b) col:term",
        "😀 漢字 ∑",
        "x" * 5000,
        "волонтеры " * 100,
    ],
)
def test_bad_input_never_raises(site_content, query):
    search = search_site(query=query, locale="ru")

    assert search.total >= 0
    assert len(search.query) <= 200
    assert autocomplete(prefix=query, locale="ru") is not None


def test_empty_query_finds_nothing(site_content):
    search = search_site(query="  ", locale="en")

    assert search.total == 0
    assert search.facets == {}


def test_autocomplete_matches_prefixes_in_both_alphabets(site_content):
    russian = [hit.title for hit in autocomplete(prefix="Барна", locale="ru")]
    english = [hit.title for hit in autocomplete(prefix="Барна", locale="en")]

    assert "Чистый Барнаул" in russian
    assert "Clean Barnaul" in english  # transliterated
    assert [hit.title for hit in autocomplete(prefix="Семен", locale="ru")] == ["Анна Семёнова"]
    assert len(autocomplete(prefix="a", locale="en", limit=2)) <= 2
