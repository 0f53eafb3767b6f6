"""A sitemap of every visible page (core/visibility.py) in every language, with alternates."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.visibility import visible


class LocalizedSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return visible(Page).filter(under_a_root).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        objects = list(self.paginator.page(page).object_list)
        translations = {}
        for item in (
            visible(Page)
            .filter(translation_key__in={o.translation_key for o in objects})
            .select_related("locale")
        ):
            translations.setdefault(item.translation_key, []).append(item)
        urls = []
        for item in objects:
            alternates = [
                {"lang_code": t.locale.language_code, "location": t.get_full_url(self.request)}
                for t in sorted(
                    translations.get(item.translation_key, []), key=lambda t: t.locale_id
                )
            ]
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates if len(alternates) > 1 else []
                urls.append(url_info)
        return urls
