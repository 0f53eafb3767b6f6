"""A sitemap of every visible page (core/visibility.py) in every language, with alternates:
the same routes and alternates as the API's `routes` listing (core/routes.py)."""

from wagtail.contrib.sitemaps import Sitemap

from core.routes import site_pages, translations_of, with_locales


class LocalizedSitemap(Sitemap):
    def items(self):
        return site_pages(site=self.get_wagtail_site())

    def _urls(self, page, protocol, domain):
        objects = with_locales(list(self.paginator.page(page).object_list))
        translations = translations_of(pages=objects)
        urls = []
        for item in objects:
            alternates = [
                {"lang_code": t.locale.language_code, "location": t.get_full_url(self.request)}
                for t in translations.get(item.translation_key, [])
            ]
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates if len(alternates) > 1 else []
                urls.append(url_info)
        return urls
