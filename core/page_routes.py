"""Finding the page a URL path names in two queries instead of two per path segment.

Wagtail routes a path one segment at a time: each page looks up its child by slug, then
loads that child's specific row, so a page three levels below the home page costs seven
queries. `prime_route` finds every page along the path by `url_path` in one query and loads
the last one's specific row, then hands that page's own `route()` the empty remainder, as
Wagtail would. It stands aside (Wagtail routes as usual) whenever a page along the way routes
differently (a RoutablePageMixin page, which may own the rest of the path) or a segment is
not a page, so every path resolves to the same page or 404 either way."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site

from core.visibility import remembered


def prime_route(*, request, path):
    """Resolve `path` for `request` and cache the result where Wagtail's
    `Page.route_for_request` looks for it; leaves it to Wagtail when it cannot."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    components = [component for component in path.split("/") if component]
    if not components:
        return
    site = Site.find_for_request(request)
    if site is None:
        return
    root_path, root_depth, root_url, root_type = _localized_root(site)
    if not _routes_like_a_page(ContentType.objects.get_for_id(root_type).model_class()):
        return
    prefixes, url = [], root_url
    for component in components:
        url = f"{url}{component}/"
        prefixes.append(url)
    rows = Page.objects.filter(
        path__startswith=root_path, depth__gt=root_depth, url_path__in=prefixes
    ).values_list("url_path", "pk", "content_type_id", "depth")
    found = {url_path: (pk, content_type, depth) for url_path, pk, content_type, depth in rows}
    chain = [found.get(prefix) for prefix in prefixes]
    if any(step is None for step in chain):
        return  # a sub-route of a routable page, or nothing: Wagtail decides
    if any(step[2] != root_depth + n + 1 for n, step in enumerate(chain)):
        return
    models = [ContentType.objects.get_for_id(step[1]).model_class() for step in chain]
    if any(model is None for model in models) or not all(
        _routes_like_a_page(model) for model in models[:-1]
    ):
        return
    page = models[-1].objects.select_related("locale").get(pk=chain[-1][0])
    try:
        request._wagtail_route_for_request = page.route(request, [])
    except Http404:
        request._wagtail_route_for_request = None


def _localized_root(site):
    """(path, depth, url_path, content type id) of `site`'s root page in the active
    language, as Wagtail's `root_page.localized` finds it (a query in any language but the
    root's own), kept in this process until a page, a locale or a site changes."""

    def find():
        root = site.root_page.localized
        return root.path, root.depth, root.url_path, root.content_type_id

    language = translation.get_language()
    return remembered(("route-root", site.pk, site.root_page_id, language), find)


def _routes_like_a_page(model):
    return model is not None and getattr(model, "route", None) is Page.route
