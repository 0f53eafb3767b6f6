"""Root fields of the site pages: news and clubs."""

import graphene

from api.batching import batched
from api.enums import OrderDirection, value_of
from api.locales import locale_argument, resolve_locale
from api.types import paginate
from core.compiled import KeptQuery
from pages.domain.listings import club_list, news_articles
from pages.graphql.types import ClubType, NewsArticleConnection, NewsOrderBy


class PagesQueries(graphene.ObjectType):
    """News and clubs."""

    news = graphene.Field(
        NewsArticleConnection,
        required=True,
        locale=locale_argument(),
        order_by=graphene.Argument(NewsOrderBy, default_value="date", description="Sort key"),
        direction=graphene.Argument(
            OrderDirection, default_value="desc", description="Sort direction"
        ),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(description="The cursor of the last item of the previous page"),
        description="Visible news articles; newest first by default",
    )
    clubs = graphene.List(
        graphene.NonNull(ClubType),
        required=True,
        locale=locale_argument(),
        description="Visible clubs: the federal club first, then by name",
    )

    def resolve_news(
        root, info, locale=None, first=None, after=None, order_by="date", direction="desc"
    ):
        locale = resolve_locale(info=info, locale=locale)
        articles = KeptQuery(
            key="pages.news",
            build=news_articles,
            values={},
            shape={"locale": locale, "order": value_of(order_by), "direction": value_of(direction)},
        )
        return paginate(
            articles,
            connection=NewsArticleConnection,
            locale=locale,
            first=first,
            after=after,
        )

    def resolve_clubs(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return batched(club_list(locale=locale), locale=locale)
