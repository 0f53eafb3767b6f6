from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.registry import searchable_content_types
from search.domain.query import OTHER, autocomplete, available_years, search_site, search_types
from search.domain.text import MAX_QUERY_LENGTH

PER_PAGE = 10


def type_labels():
    """{result type: label for the facets}; the apps name their types (core/registry.py)."""
    return {**{t.name: t.label for t in searchable_content_types()}, OTHER: _("Pages")}


def _year(value):
    return int(value) if value and value.isdigit() and len(value) == 4 else None


def search(request):
    """The visitor search page: results in the page's language, filterable and paged."""
    locale = Locale.get_active()
    labels = type_labels()
    types = [t for t in request.GET.getlist("type") if t in labels]
    forum_year = _year(request.GET.get("forum_year"))
    prize_year = _year(request.GET.get("prize_year"))
    result = search_site(
        query=request.GET.get("q", ""),
        locale=locale,
        types=types,
        forum_year=forum_year,
        prize_year=prize_year,
        request=request,
    )
    forum_years, prize_years = available_years(locale=locale)
    facets = [
        {"type": t, "label": labels[t], "count": result.facets.get(t, 0), "on": t in types}
        for t in search_types()
    ]
    context = {
        "search_query": result.query,
        "search": result,
        "page_obj": Paginator(result.hits, PER_PAGE).get_page(request.GET.get("page")),
        "facets": facets,
        "type_labels": labels,
        "forum_years": forum_years,
        "prize_years": prize_years,
        "forum_year": forum_year,
        "prize_year": prize_year,
        "max_length": MAX_QUERY_LENGTH,
    }
    return render(request, "search/search.html", context)


def suggest(request):
    """Autocomplete as JSON: {"results": [{"title", "url", "type"}]}."""
    hits = autocomplete(
        prefix=request.GET.get("q", ""), locale=Locale.get_active(), request=request
    )
    return JsonResponse(
        {"results": [{"title": h.title, "url": h.url, "type": h.type} for h in hits]}
    )
