from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core rules"

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import (
            Collection,
            CollectionViewRestriction,
            Locale,
            Page,
            PageViewRestriction,
            Site,
        )
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core import locales, sites, translation_memory
        from core.visibility import (
            bump_visibility_version,
            finish_request,
            remember_view_restrictions,
            start_request,
        )

        translation_memory.connect()
        locales.remember_locales()
        sites.remember_sites()
        remember_view_restrictions()

        def on_page_change(sender, instance=None, **kwargs):
            # View restrictions, locales, sites and collections too: core.visibility keeps
            # them per version.
            watched = (
                Page | PageViewRestriction | Locale | Site | Collection | CollectionViewRestriction
            )
            if instance is None or isinstance(instance, watched):
                bump_visibility_version()

        uid = "core.visibility"
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(on_page_change, dispatch_uid=f"{uid}.{id(signal)}", weak=False)
        post_save.connect(on_page_change, dispatch_uid=f"{uid}.saved", weak=False)
        post_delete.connect(on_page_change, dispatch_uid=f"{uid}.deleted", weak=False)
        request_started.connect(start_request, dispatch_uid=f"{uid}.request_started")
        request_finished.connect(finish_request, dispatch_uid=f"{uid}.request_finished")
