from django.contrib.sitemaps.views import sitemap as django_sitemap

from pages.sitemaps import LocalizedSitemap


def sitemap(request):
    """Every live, public page in every language, with hreflang alternates."""
    return django_sitemap(request, sitemaps={"pages": LocalizedSitemap(request)})
