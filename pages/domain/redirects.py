"""The redirects of a site (Wagtail's redirects app), for frontends that serve the site
themselves: the same redirects Wagtail's middleware applies to the HTML site."""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.redirects.models import Redirect

from core.visibility import visible


def site_redirects(*, site):
    """Redirects that apply to `site` (its own and those for every site), whose target is
    an outside link or a page the public may see, by old path (a queryset). A redirect to
    an invisible page is left out: following it would end on a 404."""
    redirects = Redirect.get_for_site(site) if site is not None else Redirect.objects.all()
    target_visible = Q(redirect_page__isnull=True) | Q(redirect_page__in=visible().values("pk"))
    return (
        redirects.filter(target_visible)
        .exclude(Q(redirect_page__isnull=True) & Q(redirect_link=""))
        .select_related("redirect_page")
        .order_by("old_path", "pk")
    )


def redirect_target(redirect, *, request=None):
    """Where `redirect` leads: the page's URL (in the page's language) plus its route, or
    the outside link."""
    if redirect.redirect_page is not None:
        url = redirect.redirect_page.get_url(request=request) or ""
        route = redirect.redirect_page_route_path
        return url.rstrip("/") + route if route else url
    return redirect.redirect_link


def path_language(path):
    """The language a path starts with (/ru/...), or None."""
    first = path.strip("/").split("/", 1)[0]
    return first if first in dict(settings.LANGUAGES) else None
