"""Every route of a site: the visible pages under its home page in each language, in tree
order. The sitemap and the API's `routes` listing (what a static build fetches) both come
from here, so they list the same pages with the same alternates and dates."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Locale, Page, Site

from core import sites
from core.locales import locale_ids
from core.tree import group_by
from core.visibility import visible


def default_site(*, request=None):
    """The site serving `request`, else the default site, or None."""
    site = Site.find_for_request(request) if request is not None else None
    return site or sites.default_site()


def site_pages(*, site, locale=None, models=None, modified_since=None):
    """Visible pages under any translation of `site`'s home page, in tree order, as a lazy
    queryset of specific pages (stream fields deferred). `locale` (a ContentLocale) keeps
    the pages in that language only (a route exists only where a translation does),
    `models` those of the given page models, `modified_since` those published after it."""
    if site is None:
        return Page.objects.none()
    roots = site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
    under_a_root = Q(pk__in=[])
    for path in roots:
        under_a_root |= Q(path__startswith=path)
    pages = visible(Page).filter(under_a_root)
    if locale is not None:
        pages = pages.filter(locale_id=locale.id)
    if models is not None:
        pages = pages.filter(content_type__in=content_type_ids(models))
    if modified_since is not None:
        pages = pages.filter(last_published_at__gt=modified_since)
    return pages.order_by("path").defer_streamfields().specific()


def with_locales(pages):
    """`pages` with their `locale` set (specific pages lose select_related, and each URL
    needs the page's language), from the remembered locale table."""
    locales = {
        pk: Locale.from_db(None, ["id", "language_code"], (pk, code))
        for code, pk in locale_ids().items()
    }
    for page in pages:
        page.locale = locales[page.locale_id]
    return pages


def content_type_ids(models):
    return [ContentType.objects.get_for_model(m).pk for m in models]


def translations_of(*, pages):
    """{translation key: [visible pages with that key, every language, by locale id]} for
    `pages` (one query): the alternates of a route."""
    keys = {p.translation_key for p in pages}
    found = visible(Page).filter(translation_key__in=keys).select_related("locale")
    return group_by(found.order_by("locale_id", "pk"), lambda p: p.translation_key)


def last_modified(page):
    """When the page last changed, as the sitemap's `lastmod` says (Wagtail's rule)."""
    return page.last_published_at or page.latest_revision_created_at
