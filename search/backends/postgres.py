"""PostgreSQL full-text search with one text search configuration per language."""

from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.models import Locale

from search.backends.indexing import DEFAULT_LANGUAGE_CONFIGS, with_indexer
from search.domain.text import fold, normalise_query


class LocaleObjectIndexer(ObjectIndexer):
    """Indexes an object with its locale's configuration, ё spelt е."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.config = backend.config_for(obj)

    def prepare_value(self, value):
        return fold(super().prepare_value(value))


class LocalePostgresIndex(PostgresIndex):
    add_items = with_indexer(PostgresIndex.add_items, LocaleObjectIndexer)


class NormalisingMixin:
    def search(self, config, start, stop, score_field=None, backend=None):
        if isinstance(self.query, PlainText):
            words = normalise_query(query=self.query.query_string)
            if not words:
                return self.queryset.none()
            self.query = PlainText(words, operator=self.query.operator, boost=self.query.boost)
        return super().search(config, start, stop, score_field=score_field, backend=backend)


class LocaleSearchQueryCompiler(NormalisingMixin, PostgresSearchQueryCompiler):
    # Search as you type: the last word also matches as a prefix of a stem.
    LAST_TERM_IS_PREFIX = True


class LocaleAutocompleteQueryCompiler(NormalisingMixin, PostgresAutocompleteQueryCompiler):
    pass


class LocalePostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleSearchQueryCompiler
    autocomplete_query_compiler_class = LocaleAutocompleteQueryCompiler
    index_class = LocalePostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", DEFAULT_LANGUAGE_CONFIGS)
        self.config = self.config or "simple"

    @cached_property
    def locale_languages(self):
        return dict(Locale.objects.values_list("pk", "language_code"))

    def config_for(self, obj):
        """The text search configuration for `obj`'s language, else SEARCH_CONFIG."""
        language = self.locale_languages.get(getattr(obj, "locale_id", None), "")
        return self.language_configs.get(language.split("-")[0], self.config)
