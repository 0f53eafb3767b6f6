from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from search.domain.query import SEARCH_TYPES, autocomplete, available_years, search_site
from search.domain.text import MAX_QUERY_LENGTH

PER_PAGE = 10
TYPE_LABELS = {
    "session": _("Sessions"),
    "speaker": _("Speakers"),
    "entry": _("Prize entries"),
    "news": _("News"),
    "page": _("Pages"),
}


def _year(value):
    return int(value) if value and value.isdigit() and len(value) == 4 else None


def search(request):
    """The visitor search page: results in the page's language, filterable and paged."""
    locale = Locale.get_active()
    types = [t for t in request.GET.getlist("type") if t in SEARCH_TYPES]
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
        {"type": t, "label": TYPE_LABELS[t], "count": result.facets.get(t, 0), "on": t in types}
        for t in SEARCH_TYPES
    ]
    context = {
        "search_query": result.query,
        "search": result,
        "page_obj": Paginator(result.hits, PER_PAGE).get_page(request.GET.get("page")),
        "facets": facets,
        "type_labels": TYPE_LABELS,
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
