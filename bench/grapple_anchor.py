"""wagtail-grapple on our own models: the benchmark's anchor (bench/compare.py).

Grapple is a bench-only dependency (`pip install -e ".[bench]"`), never an installed app:
`schema()` sets grapple's `graphql_fields` on our models, runs what grapple's AppConfig.ready
would, and builds grapple's schema, so the site's settings and tests never load it. Bench
settings mount it at /grapple/ (bench/urls.py).

Tuned as grapple's documentation allows: collections are model methods (a callable `source`)
returning querysets with select_related/prefetch_related, so a list costs a constant number
of queries instead of one per object. Pages are fetched by id (grapple's `page(id:)`).
"""

import functools

from django.db.models import Prefetch

GRAPPLE = {"APPS": ["forum", "prize", "pages"], "AUTO_CAMELCASE": True, "PAGE_SIZE": 100}


def _sessions_queryset():
    from forum.models import SessionPage, SessionSpeaker

    roles = SessionSpeaker.objects.select_related("speaker").order_by("sort_order")
    return (
        SessionPage.objects.live()
        .public()
        .select_related("theme", "room")
        .prefetch_related(Prefetch("speaker_roles", queryset=roles))
        .order_by("starts_at", "path")
    )


def _edition_sessions(self, info, **kwargs):
    return _sessions_queryset().child_of(self)


def _speaker_sessions(self, info, **kwargs):
    from forum.models import SessionPage

    ids = SessionPage.objects.filter(speaker_roles__speaker=self).values("pk")
    return SessionPage.objects.live().public().filter(pk__in=ids).order_by("starts_at", "path")


def _speaker_roles(self, info, **kwargs):
    return self.speaker_roles.all()  # prefetched by _sessions_queryset, else one query


def _prize_entries(self, info, **kwargs):
    """The first 100 entries in tree order, each with its nomination (the parent page)
    fetched for all of them in one query."""
    from prize.models import EntryPage, NominationPage

    entries = list(EntryPage.objects.live().public().descendant_of(self).order_by("path")[:100])
    parents = {e.path[: -EntryPage.steplen] for e in entries}
    nominations = {n.path: n for n in NominationPage.objects.filter(path__in=parents)}
    for entry in entries:
        entry._bench_nomination = nominations.get(entry.path[: -EntryPage.steplen])
    return entries


def _entry_nomination(self, info, **kwargs):
    return getattr(self, "_bench_nomination", None) or self.nomination


def _news_articles(self, info, **kwargs):
    from pages.models import NewsArticlePage

    return NewsArticlePage.objects.live().public().child_of(self).order_by("-date", "-pk")[:20]


def _register_fields():
    from grapple.models import (
        GraphQLCollection,
        GraphQLForeignKey,
        GraphQLInt,
        GraphQLString,
    )

    from forum.models import ForumEditionPage, Room, SessionPage, SessionSpeaker, SpeakerPage, Theme
    from pages.models import NewsArticlePage, NewsIndexPage
    from prize.models import EntryPage, NominationPage, PrizeEditionPage

    ForumEditionPage.bench_sessions = _edition_sessions
    SpeakerPage.bench_sessions = _speaker_sessions
    SessionPage.bench_speaker_roles = _speaker_roles
    PrizeEditionPage.bench_entries = _prize_entries
    EntryPage.bench_nomination = _entry_nomination
    NewsIndexPage.bench_articles = _news_articles

    session = "forum.SessionPage"
    ForumEditionPage.graphql_fields = [
        GraphQLInt("year"),
        GraphQLString("start_date"),
        GraphQLString("end_date"),
        GraphQLString("city"),
        GraphQLString("venue"),
        GraphQLCollection(GraphQLForeignKey, "sessions", session, source="bench_sessions"),
    ]
    SessionPage.graphql_fields = [
        GraphQLString("starts_at"),
        GraphQLString("ends_at"),
        GraphQLString("format"),
        GraphQLString("language"),
        GraphQLString("summary"),
        GraphQLForeignKey("theme", "forum.Theme"),
        GraphQLForeignKey("room", "forum.Room"),
        GraphQLCollection(
            GraphQLForeignKey, "speakers", "forum.SessionSpeaker", source="bench_speaker_roles"
        ),
    ]
    Theme.graphql_fields = [GraphQLString("name"), GraphQLString("slug")]
    Room.graphql_fields = [GraphQLString("name")]
    SessionSpeaker.graphql_fields = [
        GraphQLString("role"),
        GraphQLForeignKey("speaker", "forum.SpeakerPage"),
    ]
    SpeakerPage.graphql_fields = [
        GraphQLString("position"),
        GraphQLString("organisation"),
        GraphQLString("country"),
        GraphQLCollection(GraphQLForeignKey, "sessions", session, source="bench_sessions"),
    ]
    PrizeEditionPage.graphql_fields = [
        GraphQLInt("year"),
        GraphQLCollection(GraphQLForeignKey, "entries", "prize.EntryPage", source="bench_entries"),
    ]
    EntryPage.graphql_fields = [
        GraphQLString("organisation"),
        GraphQLString("region"),
        GraphQLInt("place"),
        GraphQLInt("grant_amount"),
        GraphQLForeignKey("nomination", "prize.NominationPage", source="bench_nomination"),
    ]
    NominationPage.graphql_fields = []
    NewsIndexPage.graphql_fields = [
        GraphQLCollection(
            GraphQLForeignKey, "articles", "pages.NewsArticlePage", source="bench_articles"
        ),
    ]
    NewsArticlePage.graphql_fields = [GraphQLString("date"), GraphQLString("introduction")]


@functools.cache
def schema():
    """grapple's graphene schema over our models, built once per process."""
    from graphql.validation import NoUnusedFragmentsRule
    from grapple.settings import grapple_settings

    leave_document = NoUnusedFragmentsRule.leave_document
    _register_fields()
    grapple_settings.reload()
    grapple_settings._user_settings = dict(GRAPPLE)
    from grapple.actions import import_apps, load_type_fields
    from grapple.types.streamfield import register_streamfield_blocks

    import_apps()
    load_type_fields()
    register_streamfield_blocks()
    import grapple.wagtail_hooks  # noqa: F401  registers grapple's root query fields
    from grapple.schema import schema as grapple_schema

    # grapple switches off graphql-core's unused-fragment check for every schema in the
    # process; ours keeps it.
    NoUnusedFragmentsRule.leave_document = leave_document
    return grapple_schema


def view():
    """grapple's endpoint (graphene-django's GraphQLView over its schema), CSRF-exempt."""
    from django.views.decorators.csrf import csrf_exempt
    from graphene_django.views import GraphQLView

    return csrf_exempt(GraphQLView.as_view(schema=schema()))
