from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = "Forum"

    def ready(self):
        from core.demo import register_demo_loader
        from core.page_context import register_page_context
        from core.registry import (
            register_content_snippet,
            register_content_type,
            register_feed_snippet,
            register_year_scope,
        )
        from core.structured_data import register_json_ld
        from core.validation import register_rows_rule, register_rule
        from forum import demo, models, signals
        from forum.domain import json_ld, roles, search, site, validation

        register_page_context(models.ForumIndexPage, site.forum_index_context)
        register_page_context(models.ForumEditionPage, site.edition_context)
        register_page_context(models.SessionPage, site.session_context)
        register_page_context(models.SpeakerIndexPage, site.speaker_index_context)
        register_page_context(models.SpeakerPage, site.speaker_context)
        register_json_ld(models.ForumEditionPage, json_ld.edition_json_ld)
        register_json_ld(models.SessionPage, json_ld.session_json_ld)
        register_json_ld(models.SpeakerPage, json_ld.speaker_json_ld)
        signals.connect()
        register_rule(models.ForumEditionPage, validation.edition_errors)
        register_rule(models.SessionPage, validation.session_errors)
        register_rows_rule(models.SessionPage, "speaker_roles", validation.speaker_rows_errors)
        register_content_type(
            name="session", model=models.SessionPage, label=_("Sessions"), order=10, feed="sessions"
        )
        register_content_type(
            name="speaker", model=models.SpeakerPage, label=_("Speakers"), order=20, feed="speakers"
        )
        # Every other page type: routes listing, and the feed where an app shows it.
        for name, model, order, feed in (
            ("forum_index", models.ForumIndexPage, 100, None),
            ("forum_edition", models.ForumEditionPage, 101, "forum_editions"),
            ("speaker_index", models.SpeakerIndexPage, 102, None),
        ):
            register_content_type(
                name=name,
                model=model,
                label=model._meta.verbose_name,
                order=order,
                feed=feed,
                search=False,
            )
        register_year_scope(name="forum", pages=search.pages_of_year, years=search.years_among)
        register_feed_snippet(feed="themes", model=models.Theme, order=10)
        register_feed_snippet(feed="rooms", model=models.Room, order=20)
        register_content_snippet(models.Theme)
        register_content_snippet(models.Room)
        register_content_snippet(models.Partner)
        import forum.graphql.types  # noqa: F401 - registers the GraphQL page types

        roles.register_forum_roles()
        register_demo_loader(order=10, load=demo.load)
