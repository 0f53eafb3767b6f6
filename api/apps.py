from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "GraphQL API"

    def ready(self):
        from django.core.signals import request_finished, request_started
        from django.db.models.signals import post_delete

        from api import cache, changes

        cache.connect_invalidation_signals()
        request_started.connect(cache.start_request, dispatch_uid="api.cache.request_started")
        request_finished.connect(cache.finish_request, dispatch_uid="api.cache.request_finished")
        post_delete.connect(
            changes.remember_translation_key, dispatch_uid="api.changes.translation_key"
        )
