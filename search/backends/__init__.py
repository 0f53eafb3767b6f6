"""Wagtail's database search backend, made aware of Russian and English.

Configure it in WAGTAILSEARCH_BACKENDS with "BACKEND": "search.backends". On PostgreSQL each
object is indexed with the text search configuration of its locale (LANGUAGE_CONFIGS) and
queried with SEARCH_CONFIG, so one entry per language shares one index. On SQLite (FTS5) query
words are stemmed lightly and matched as prefixes. Both spell ё as е in the index and queries.
"""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        from search.backends.postgres import LocalePostgresSearchBackend

        return LocalePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available

        if fts5_available():
            from search.backends.sqlite import StemmingSQLiteSearchBackend

            return StemmingSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
