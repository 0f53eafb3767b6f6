"""GraphQL types of the site pages: home, standard pages, news articles, clubs."""

import graphene

from api.enums import described_enum
from api.locales import choice_label
from api.streamfield import body_field
from api.types import (
    CountedConnection,
    PageInterface,
    html_field,
    image_field,
    register_page_type,
)
from pages.models import (
    ClubIndexPage,
    ClubPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    StandardPage,
)

NewsOrderBy = described_enum(
    "NewsOrderBy",
    [("DATE", "date", "By the article's date"), ("TITLE", "title", "By title")],
    description="How to sort `news`",
)


@register_page_type(HomePage)
class HomePageType(graphene.ObjectType):
    """The home page of a language."""

    hero_title = graphene.String(required=True)
    hero_text = graphene.String(required=True)
    hero_image = image_field("hero_image")
    body = body_field()

    class Meta:
        name = "HomePage"
        interfaces = (PageInterface,)


@register_page_type(StandardPage)
class StandardPageType(graphene.ObjectType):
    """A standard content page."""

    introduction = graphene.String(required=True)
    body = body_field()

    class Meta:
        name = "StandardPage"
        interfaces = (PageInterface,)


@register_page_type(NewsArticlePage)
class NewsArticleType(graphene.ObjectType):
    """A news article."""

    date = graphene.Date(required=True)
    introduction = graphene.String(required=True)
    image = image_field("image")
    body = body_field()

    class Meta:
        name = "NewsArticle"
        interfaces = (PageInterface,)


@register_page_type(ClubPage)
class ClubType(graphene.ObjectType):
    """A regional or federal club."""

    kind = graphene.String(required=True, description="federal or regional")
    kind_label = graphene.String(
        required=True, description="The kind's name in the requested language"
    )
    region = graphene.String(required=True)
    city = graphene.String(required=True)
    description = html_field("description")
    contact_email = graphene.String(required=True)
    website = graphene.String(required=True)

    class Meta:
        name = "Club"
        interfaces = (PageInterface,)

    def resolve_kind_label(root, info):
        return choice_label(ClubPage.Kind, root.kind, obj=root)


@register_page_type(NewsIndexPage)
class NewsIndexType(graphene.ObjectType):
    """The news index page."""

    introduction = graphene.String(required=True)

    class Meta:
        name = "NewsIndex"
        interfaces = (PageInterface,)


@register_page_type(ClubIndexPage)
class ClubIndexType(graphene.ObjectType):
    """The clubs' index page."""

    introduction = html_field("introduction")

    class Meta:
        name = "ClubIndex"
        interfaces = (PageInterface,)


class NewsArticleConnection(CountedConnection):
    class Meta:
        node = NewsArticleType
