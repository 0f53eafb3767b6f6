from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _contacts_changed(created=False, **kwargs):
    """A contacts change shows on every page. Not their creation: `for_site` creates the
    empty row on first read (a page view), and the settings form saves it again to fill it."""
    if created:
        return
    from api.cache import bump_content_version

    bump_content_version()


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Pages, news and clubs"

    def ready(self):
        from wagtail.signals import page_published

        from core.demo import register_demo_loader
        from core.page_context import register_page_context
        from core.registry import register_content_snippet, register_content_type
        from core.structured_data import register_page_head
        from pages import demo, models
        from pages.domain import head, roles, site
        from pages.signals import sync_translations_on_publish

        register_page_context(models.HomePage, site.home_context)
        register_page_context(models.NewsIndexPage, site.news_index_context)
        register_page_context(models.ClubIndexPage, site.club_index_context)
        page_published.connect(sync_translations_on_publish, dispatch_uid="pages.sync_translations")
        register_content_type(
            name="news", model=models.NewsArticlePage, label=_("News"), order=40, feed="news"
        )
        # Every other page type: routes listing, and the feed where an app shows it.
        for name, model, order, feed in (
            ("home", models.HomePage, 120, None),
            ("standard_page", models.StandardPage, 121, "standard_pages"),
            ("news_index", models.NewsIndexPage, 122, None),
            ("club_index", models.ClubIndexPage, 123, None),
            ("club", models.ClubPage, 124, "clubs"),
        ):
            register_content_type(
                name=name,
                model=model,
                label=model._meta.verbose_name,
                order=order,
                feed=feed,
                search=False,
            )
        register_content_snippet(models.FooterText)
        # The contacts show on every page (footer, organiser JSON-LD): a change purges the
        # pages and the shell kept per content version, as a snippet's would.
        from django.db.models.signals import post_save

        post_save.connect(
            _contacts_changed, sender=models.ContactSettings, dispatch_uid="pages.contacts"
        )
        register_page_head(head.page_head)
        import pages.graphql.types  # noqa: F401 - registers the GraphQL page types

        roles.register_site_roles()
        register_demo_loader(order=30, load=demo.load)
