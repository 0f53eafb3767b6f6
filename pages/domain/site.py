"""Template context of the site-wide pages, from the same domain functions as the API."""

from django.core.paginator import Paginator
from django.utils import timezone

from pages.domain.home import home_sections
from pages.domain.listings import club_list, news_articles

NEWS_PER_PAGE = 12


def news_index_context(*, page, request, locale):
    articles = news_articles(locale=locale)
    return {"articles": Paginator(articles, NEWS_PER_PAGE).get_page(request.GET.get("page"))}


def club_index_context(*, page, request, locale):
    return {"clubs": list(club_list(locale=locale))}


def home_context(*, page, request, locale):
    """The featured sections, as of today in the site's time zone (Moscow)."""
    return {"sections": home_sections(page=page, locale=locale, today=timezone.localdate())}
