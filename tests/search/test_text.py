from search.domain.text import (
    MAX_QUERY_LENGTH,
    normalise_query,
    query_stems,
    stem,
    transliterate,
)


def test_normalise_query_folds_case_yo_and_drops_syntax_characters():
    query = '"Волонтёры" AND (eco*) -Барнаул: ?'

    assert normalise_query(query=query) == "волонтеры and eco барнаул"


def test_normalise_query_cuts_long_queries():
    assert len(normalise_query(query="а" * 1000)) == MAX_QUERY_LENGTH


def test_stem_trims_russian_and_english_endings_to_a_shared_prefix():
    assert stem(word="волонтеры") == stem(word="волонтеров") == "волонтер"
    assert "volunteering".startswith(stem(word="volunteers"))
    assert stem(word="volunteering") == "volunteer"
    assert stem(word="news") == "news"  # too short to trim


def test_query_stems_leave_out_stop_words_unless_nothing_else_is_left():
    assert query_stems(query="волонтеры и экология") == ["волонтер", "эколог"]
    assert query_stems(query="the") == ["the"]


def test_transliterate_spells_russian_in_latin_letters():
    assert transliterate(text="барна") == "barna"
