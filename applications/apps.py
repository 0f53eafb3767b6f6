from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = "Applications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from applications.domain import roles

        roles.register_application_roles()
