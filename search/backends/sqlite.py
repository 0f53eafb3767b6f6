"""SQLite FTS5 search with light Russian and English stemming and prefix matching."""

from functools import reduce

from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import PlainText

from search.backends.indexing import with_indexer
from search.domain.text import fold, normalise_query, query_stems


class FoldingObjectIndexer(ObjectIndexer):
    def prepare_value(self, value):
        return fold(super().prepare_value(value))


class FoldingSQLiteIndex(SQLiteIndex):
    add_items = with_indexer(SQLiteIndex.add_items, FoldingObjectIndexer)


def _combine(lexemes, operator):
    if operator.upper() == "OR":
        return reduce(lambda a, b: a | b, lexemes)
    return reduce(lambda a, b: a & b, lexemes)


class EmptyQueryMixin:
    def search(self, config, start, stop, score_field=None):
        query = self.query
        if isinstance(query, PlainText) and not normalise_query(query=query.query_string):
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)


class StemmingSearchQueryCompiler(EmptyQueryMixin, SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        stems = query_stems(query=normalise_query(query=query.query_string))
        if not stems:
            return None
        lexemes = [Lexeme(word, prefix=True) for word in stems]
        return SearchQueryExpression(_combine(lexemes, query.operator), config=config)


class FoldingAutocompleteQueryCompiler(EmptyQueryMixin, SQLiteAutocompleteQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        words = normalise_query(query=query.query_string).split()
        if not words:
            return None
        lexemes = [Lexeme(word) for word in words[:-1]] + [Lexeme(words[-1], prefix=True)]
        return SearchQueryExpression(_combine(lexemes, query.operator), config=config)


class StemmingSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = StemmingSearchQueryCompiler
    autocomplete_query_compiler_class = FoldingAutocompleteQueryCompiler
    index_class = FoldingSQLiteIndex
