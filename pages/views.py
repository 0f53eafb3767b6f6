from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve
from wagtail.views import serve_chain

from core.locales import page_at_path
from core.page_routes import prime_route
from pages.sitemaps import LocalizedSitemap


def sitemap(request):
    """Every live, public page in every language, with hreflang alternates."""
    return django_sitemap(request, sitemaps={"pages": LocalizedSitemap(request)})


def serve(request, path):
    """Wagtail's page view, with the one fallback rule for paths: a path in a language the
    page is not yet translated into (no translation, or a translation not yet published)
    serves the page in its source language, as GraphQL's `page(path:)` gives it with
    `isFallback: true`; the template marks it with `lang` and a "not yet translated" notice."""
    prime_route(request=request, path=path)
    try:
        return wagtail_serve(request, path)
    except Http404:
        code, page = page_at_path(path=request.path, site=Site.find_for_request(request))
        if page is None or page.locale.language_code == code:
            raise
    page = page.specific
    chain = serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, (), {})
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, (), {})
