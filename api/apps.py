from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "GraphQL API"

    def ready(self):
        from api import cache

        cache.connect_invalidation_signals()
