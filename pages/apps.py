from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages, news and clubs"

    def ready(self):
        from wagtail.signals import page_published

        from pages.signals import sync_translations_on_publish

        page_published.connect(sync_translations_on_publish, dispatch_uid="pages.sync_translations")
