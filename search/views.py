from django.shortcuts import render


def search(request):
    """Placeholder until the search issue: renders an empty result page."""
    query = request.GET.get("q", "").strip()[:200]
    return render(request, "search/search.html", {"search_query": query, "results": []})
