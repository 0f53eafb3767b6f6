"""Wagtail sites, remembered per process: the site of a host name and the sites' root paths
are read on every request (URLs of pages, routing) and almost never change. `remember_sites`
(core/apps.py) makes Wagtail's own `Site.find_for_request` and `Site.get_site_root_paths`
use them.

They are kept by core.visibility.remembered until a site, a locale or a page changes in any
process. Each caller gets its own copy of a site (and of its root page), so nothing set on
one by a request reaches another."""

import copy

from django.http.request import split_domain_port
from wagtail.models import Site

from core.visibility import remembered


def _copy(site):
    if site is None:
        return None
    site = copy.copy(site)
    if Site.root_page.is_cached(site):
        site.root_page = copy.copy(site.root_page)
    return site


def default_site():
    """The default site with its root page, or None (one query, then remembered)."""
    return _copy(
        remembered(
            "default-site",
            lambda: Site.objects.filter(is_default_site=True).select_related("root_page").first(),
        )
    )


def site_for_request(request):
    """Wagtail's `Site.find_for_request` rule (host name and port of the request), the
    answer remembered per host name and port."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    return _copy(remembered(("site", hostname, port), lambda: Site._find_for_request(request)))


_wagtail_get_site_root_paths = Site.get_site_root_paths


def site_root_paths():
    """Wagtail's `Site.get_site_root_paths()` (a read of the shared cache), remembered."""
    return list(remembered("site-root-paths", _wagtail_get_site_root_paths))


def _find_for_request(request):
    """Wagtail's `Site.find_for_request`, the site remembered per host name and port."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for_request(request)
    return request._wagtail_site


def remember_sites():
    """Make Wagtail's site lookups use this process's memory (core/apps.py, at start-up):
    the site of a request was a query per request, the root paths a cache read."""
    Site.find_for_request = staticmethod(_find_for_request)
    Site.get_site_root_paths = staticmethod(site_root_paths)
