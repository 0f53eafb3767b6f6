"""The site-wide lists: news and clubs, in the reader's language (with fallbacks), the same
for the site and the API."""

from core.locales import localize
from core.ordering import DESC, order_by
from core.visibility import visible
from pages.models import ClubPage, NewsArticlePage

NEWS_ORDERS = {"date": ("date",), "title": ("title",)}


def news_articles(*, locale, order="date", direction=DESC):
    """Visible news articles in `locale` (a queryset): newest first by default, else by
    `order` ("date" or "title") in `direction` (core/ordering.py)."""
    articles = localize(visible(NewsArticlePage), locale=locale)
    if (order, direction) == ("date", DESC):
        return articles.order_by("-date", "-pk")
    return order_by(articles, keys=NEWS_ORDERS, key=order, direction=direction)


def club_list(*, locale):
    """Visible clubs in `locale`: the federal club first, then by name (a queryset)."""
    return localize(visible(ClubPage), locale=locale).order_by("kind", "title", "pk")
