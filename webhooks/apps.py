from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    """Signed outgoing webhooks (Standard Webhooks) when published content changes, so
    frontends revalidate: endpoints and a delivery log in the admin, `manage.py webhooks`."""

    name = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from webhooks import signals

        signals.connect()
