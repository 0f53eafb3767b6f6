from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = "Applications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from applications import demo
        from applications.domain import roles
        from core.demo import register_demo_loader

        roles.register_application_roles()
        # After the prize (20), before the pages (30): the 2025 edition goes under its index.
        register_demo_loader(order=25, load=demo.load)
