from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "GraphQL API"

    def ready(self):
        from django.db.models.signals import post_delete

        from api import cache, changes

        cache.connect_invalidation_signals()
        post_delete.connect(
            changes.remember_translation_key, dispatch_uid="api.changes.translation_key"
        )
