"""The site-wide lists: news and clubs, in the reader's language (with fallbacks), the same
for the site and the API."""

from core.locales import localize
from core.visibility import visible
from pages.models import ClubPage, NewsArticlePage


def news_articles(*, locale):
    """Visible news articles in `locale`, newest first (a queryset)."""
    return localize(visible(NewsArticlePage), locale=locale).order_by("-date", "-pk")


def club_list(*, locale):
    """Visible clubs in `locale`: the federal club first, then by name (a queryset)."""
    return localize(visible(ClubPage), locale=locale).order_by("kind", "title", "pk")
