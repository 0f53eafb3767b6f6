"""Site search across the forum, the prize and the news, in the visitor's language.

`search_site` and `autocomplete` are what the visitor page and GraphQL call. A locale's search
covers its own live public pages plus the default locale's pages that have no live translation
in it, and runs on the search backend named after the language when there is one
(WAGTAILSEARCH_BACKENDS["ru"]), otherwise on "default".
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page

from core.locales import ContentLocale, UnknownLocale, content_locale, localize
from core.registry import searchable_content_types, year_scope
from core.visibility import visible
from search.domain.text import (
    MAX_QUERY_LENGTH,
    has_cyrillic,
    normalise_query,
    transliterate,
)

OTHER = "page"  # the result type of every page type no app registered
SNIPPET_WORDS = 30


def type_models():
    """{result type: page model}, in the order facets are shown (core/registry.py)."""
    return {t.name: t.model for t in searchable_content_types()}


def search_types():
    return (*type_models(), OTHER)


@dataclass(frozen=True)
class SearchHit:
    type: str
    title: str
    snippet: str
    url: str
    page: Page


class HitList:
    """Search results as hits; sliceable and countable, so Paginator and GraphQL page it."""

    def __init__(self, results, *, request=None, count=None):
        self._results = results
        self._request = request
        if count is not None:  # known already (the facets add up to it): no COUNT query
            self._count = count

    def count(self):
        return self._count

    @cached_property
    def _count(self):
        return self._results.count() if self._results is not None else 0

    def __len__(self):
        return self.count()

    def __getitem__(self, item):
        if self._results is None:
            return [] if isinstance(item, slice) else [][item]
        if isinstance(item, slice):
            return [hit_for(page=page, request=self._request) for page in self._results[item]]
        return hit_for(page=self._results[item], request=self._request)


@dataclass
class SiteSearch:
    """The outcome of one search: `hits` (lazy), `facets` per type, available years."""

    query: str
    hits: HitList
    facets: dict = field(default_factory=dict)
    truncated: bool = False
    operator: str = "and"

    @property
    def total(self):
        return self.hits.count()


def resolve_locale(*, locale=None):
    """A ContentLocale from a ContentLocale, a Locale, a language code ("ru", "ru-RU") or
    None (the default); an unknown language falls back to the default."""
    if isinstance(locale, ContentLocale):
        return locale
    try:
        return content_locale(code=locale)
    except UnknownLocale:
        return content_locale()


def backend_name(*, locale):
    """The search backend for `locale`: the entry named after its language, else "default"."""
    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    return locale.code if locale.code in backends else "default"


def visible_pages(*, locale):
    """One visible page per translation key, in `locale` or its fallback (core/locales.py)."""
    return localize(visible(Page).filter(depth__gt=1), locale=locale)


def type_of(*, page):
    for name, model in type_models().items():
        if isinstance(page, model):
            return name
    return OTHER


def _type_filter(types):
    """A Q selecting pages of the given result types."""
    from django.contrib.contenttypes.models import ContentType

    special = {
        name: ContentType.objects.get_for_model(model).pk for name, model in type_models().items()
    }
    wanted = Q(content_type__in=[special[t] for t in types if t in special])
    if OTHER in types:
        wanted |= ~Q(content_type__in=special.values())
    return wanted


def _year_filter(*, forum_year=None, prize_year=None):
    """A Q for one forum edition (its pages and speakers) or prize edition, or both (union)."""
    wanted = Q(pk__in=[])
    for name, year in (("forum", forum_year), ("prize", prize_year)):
        scope = year_scope(name)
        if year is not None and scope is not None:
            wanted |= scope.pages(year)
    return wanted


def _facets(results):
    """Counts of `results` per result type, every type present."""
    from django.contrib.contenttypes.models import ContentType

    counts = dict.fromkeys(search_types(), 0)
    for content_type_id, count in results.facet("content_type_id").items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        models = type_models().items()
        name = next((n for n, m in models if model and issubclass(model, m)), OTHER)
        counts[name] += count
    return counts


def search_site(*, query, locale=None, types=None, forum_year=None, prize_year=None, request=None):
    """Search `query` in `locale`'s pages; `types`, `forum_year`, `prize_year` narrow the hits.

    Facets count hits per type before the type filter. Words must all match; when none does,
    any word may. An empty query finds nothing; over-long ones are cut to MAX_QUERY_LENGTH.
    """
    query = (query or "").strip()
    words = normalise_query(query=query)
    truncated = len(query) > MAX_QUERY_LENGTH
    if not words:
        return SiteSearch(query=query[:MAX_QUERY_LENGTH], hits=HitList(None), truncated=truncated)

    locale = resolve_locale(locale=locale)
    scope = visible_pages(locale=locale)
    if forum_year is not None or prize_year is not None:
        scope = scope.filter(_year_filter(forum_year=forum_year, prize_year=prize_year))
    # Subqueries, not lists of ids: the scope is every visible page of the language, and
    # the database filters, counts and ranks without the ids travelling through Python.
    ids = scope.values("pk")
    typed_ids = scope.filter(_type_filter(types)).values("pk") if types else ids
    backend = backend_name(locale=locale)

    def run(pks, operator):
        queryset = Page.objects.filter(pk__in=pks).specific()
        return queryset.search(words, operator=operator, backend=backend)

    operator = "and"
    all_types = run(ids, operator)
    facets = _facets(all_types)
    if not any(facets.values()) and len(words.split()) > 1:
        operator = "or"
        all_types = run(ids, operator)
        facets = _facets(all_types)
    results = run(typed_ids, operator) if types else all_types
    # Without a type filter the hits are what the facets counted, type by type.
    total = None if types else sum(facets.values())
    return SiteSearch(
        query=query[:MAX_QUERY_LENGTH],
        hits=HitList(results, request=request, count=total),
        facets=facets,
        truncated=truncated,
        operator=operator,
    )


def available_years(*, locale=None):
    """(forum years, prize years) with a visible edition in `locale`, newest first."""
    pks = visible_pages(locale=resolve_locale(locale=locale)).values("pk")

    def years(name):
        scope = year_scope(name)
        return scope.years(pks) if scope is not None else []

    return years("forum"), years("prize")


def autocomplete(*, prefix, locale=None, limit=8, request=None):
    """Up to `limit` hits whose title (or name, town, region) starts with `prefix`'s words.

    A Cyrillic prefix also matches transliterated titles, so "Барна" finds "Barnaul" too.
    """
    words = normalise_query(query=(prefix or "").strip())
    limit = max(1, min(limit or 8, 20))
    if not words:
        return []
    locale = resolve_locale(locale=locale)
    pks = visible_pages(locale=locale).values_list("pk", flat=True)
    queryset = Page.objects.filter(pk__in=list(pks))
    variants = [words] + ([transliterate(text=words)] if has_cyrillic(text=words) else [])
    pages = {}
    for variant in variants:
        found = queryset.specific().autocomplete(variant, backend=backend_name(locale=locale))
        for page in found[:limit]:
            pages.setdefault(page.pk, page)
    return [hit_for(page=page, request=request) for page in list(pages.values())[:limit]]


def hit_for(*, page, request=None):
    """A SearchHit for a (specific) page."""
    return SearchHit(
        type=type_of(page=page),
        title=page.title,
        snippet=snippet_for(page=page),
        url=page.get_url(request=request) or "",
        page=page,
    )


def snippet_for(*, page):
    """A plain-text extract for the results list."""
    if hasattr(page, "search_snippet"):
        text = page.search_snippet()
    else:
        text = page.search_description
        for name in ("summary", "introduction", "hero_text", "description", "biography"):
            text = text or getattr(page, name, "") or ""
    return Truncator(strip_tags(str(text)).strip()).words(SNIPPET_WORDS)
