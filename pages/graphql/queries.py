"""Root fields of the site pages: news and clubs."""

import graphene

from api.batching import batched
from api.locales import resolve_locale
from api.types import paginate
from pages.domain.listings import club_list, news_articles
from pages.graphql.types import ClubType, NewsArticleConnection


class PagesQueries(graphene.ObjectType):
    news = graphene.Field(
        NewsArticleConnection,
        required=True,
        locale=graphene.String(),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Newest first",
    )
    clubs = graphene.List(graphene.NonNull(ClubType), required=True, locale=graphene.String())

    def resolve_news(root, info, locale=None, first=None, after=None):
        locale = resolve_locale(info=info, locale=locale)
        return paginate(
            news_articles(locale=locale),
            connection=NewsArticleConnection,
            locale=locale,
            first=first,
            after=after,
        )

    def resolve_clubs(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return batched(club_list(locale=locale), locale=locale)
