"""GraphQL types and root fields of the site pages: home, standard pages, news, clubs,
any page by path, and the delta feed for offline apps."""

import graphene
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Site

from api.dataloaders import Batch, batch_of, visible
from api.locales import choice_label, localize, resolve_locale, rich_text
from api.types import (
    CountedConnection,
    GenericPage,
    Image,
    PageInterface,
    image_field,
    locale_code,
    paginate,
    register_page_type,
)
from forum.models import SessionPage, SpeakerPage
from forum.schema import SessionType, SpeakerType
from pages.models import ClubPage, HomePage, NewsArticlePage, StandardPage
from prize.models import EntryPage
from prize.schema import EntryType


class BodyBlock(graphene.Interface):
    """One block of a page body; ask for the fields of each type with `... on`."""

    id = graphene.String()
    type = graphene.String(
        required=True,
        description="heading, paragraph, image, quote, facts or embed",
        resolver=lambda root, info: root.child.block_type,
    )

    @classmethod
    def resolve_type(cls, instance, info):
        return BLOCK_TYPES[instance.child.block_type]

    def resolve_id(root, info):
        return root.child.id


class Block:
    """A stream child with the batch of the page it belongs to (for locale and images)."""

    def __init__(self, child, page):
        self.child, self.value, self.page = child, child.value, page


class HeadingBlock(graphene.ObjectType):
    text = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value


class ParagraphBlock(graphene.ObjectType):
    html = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_html(root, info):
        return rich_text(root.value.source, locale=batch_of(root.page).locale)


class ImageBlock(graphene.ObjectType):
    image = graphene.Field(Image)
    decorative = graphene.Boolean(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_image(root, info):
        if root.value is not None:
            batch_of(root.page).child([root.value])
        return root.value

    def resolve_decorative(root, info):
        return bool(getattr(root.value, "decorative", False))


class QuoteBlock(graphene.ObjectType):
    text = graphene.String(required=True)
    author = graphene.String(required=True)
    role = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value["text"]

    def resolve_author(root, info):
        return root.value["author"]

    def resolve_role(root, info):
        return root.value["role"]


class Fact(graphene.ObjectType):
    figure = graphene.String(required=True)
    label = graphene.String(required=True)


class FactsBlock(graphene.ObjectType):
    facts = graphene.List(graphene.NonNull(Fact), required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_facts(root, info):
        return [Fact(figure=f["figure"], label=f["label"]) for f in root.value]


class EmbedBlock(graphene.ObjectType):
    url = graphene.String(required=True, description="The video or post URL to embed")

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_url(root, info):
        return root.value.url if root.value is not None else ""


BLOCK_TYPES = {
    "heading": HeadingBlock,
    "paragraph": ParagraphBlock,
    "image": ImageBlock,
    "quote": QuoteBlock,
    "facts": FactsBlock,
    "embed": EmbedBlock,
}


def body_field():
    return graphene.List(
        graphene.NonNull(BodyBlock),
        required=True,
        resolver=lambda root, info: [Block(child, root) for child in root.body],
    )


@register_page_type(HomePage)
class HomePageType(graphene.ObjectType):
    hero_title = graphene.String(required=True)
    hero_text = graphene.String(required=True)
    hero_image = image_field("hero_image")
    body = body_field()

    class Meta:
        name = "HomePage"
        interfaces = (PageInterface,)


@register_page_type(StandardPage)
class StandardPageType(graphene.ObjectType):
    introduction = graphene.String(required=True)
    body = body_field()

    class Meta:
        name = "StandardPage"
        interfaces = (PageInterface,)


@register_page_type(NewsArticlePage)
class NewsArticleType(graphene.ObjectType):
    date = graphene.Date(required=True)
    introduction = graphene.String(required=True)
    image = image_field("image")
    body = body_field()

    class Meta:
        name = "NewsArticle"
        interfaces = (PageInterface,)


@register_page_type(ClubPage)
class ClubType(graphene.ObjectType):
    kind = graphene.String(required=True, description="federal or regional")
    kind_label = graphene.String(required=True)
    region = graphene.String(required=True)
    city = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML")
    contact_email = graphene.String(required=True)
    website = graphene.String(required=True)

    class Meta:
        name = "Club"
        interfaces = (PageInterface,)

    def resolve_kind_label(root, info):
        return choice_label(ClubPage.Kind, root.kind, obj=root)

    def resolve_description(root, info):
        return rich_text(root.description, locale=batch_of(root).locale)


class NewsArticleConnection(CountedConnection):
    class Meta:
        node = NewsArticleType


class DeletedObject(graphene.ObjectType):
    type = graphene.String(required=True, description="GraphQL type name, e.g. Session")
    id = graphene.ID(required=True, description="The page id")


class ChangeSet(graphene.ObjectType):
    until = graphene.DateTime(required=True, description="Pass as `since` next time")
    sessions = graphene.List(graphene.NonNull(SessionType), required=True)
    speakers = graphene.List(graphene.NonNull(SpeakerType), required=True)
    entries = graphene.List(graphene.NonNull(EntryType), required=True)
    news = graphene.List(graphene.NonNull(NewsArticleType), required=True)
    deleted = graphene.List(
        graphene.NonNull(DeletedObject),
        required=True,
        description="Pages unpublished or deleted since; drop them from local storage",
    )


SYNCED = {
    "sessions": (SessionPage, "Session"),
    "speakers": (SpeakerPage, "Speaker"),
    "entries": (EntryPage, "Entry"),
    "news": (NewsArticlePage, "NewsArticle"),
}


def changed_since(model, *, since, locale):
    """Visible pages, in `locale` where translated, whose page or any translation of it was
    published after `since` (synchronised fields change on every translation)."""
    keys = model.objects.filter(last_published_at__gt=since).values("translation_key")
    pages = list(
        localize(visible(model).filter(translation_key__in=keys), locale=locale).order_by("pk")
    )
    Batch(pages, locale=locale)
    return pages


def deleted_since(*, since, live_ids):
    """Pages of the synced types unpublished or deleted after `since` and not live again."""
    from django.contrib.contenttypes.models import ContentType

    types = {ContentType.objects.get_for_model(m).pk: name for m, name in SYNCED.values()}
    entries = PageLogEntry.objects.filter(
        action__in=["wagtail.unpublish", "wagtail.delete"],
        timestamp__gt=since,
        content_type_id__in=types,
    ).values_list("content_type_id", "page_id")
    deleted = {(types[ct], page_id) for ct, page_id in entries if page_id not in live_ids}
    return [DeletedObject(type=t, id=i) for t, i in sorted(deleted)]


def page_by_path(path, *, request):
    """The visible page at a site path such as /ru/forum/2023/, or None."""
    parts = [p for p in path.split("/") if p]
    codes = [code for code, _ in settings.LANGUAGES]
    code = parts.pop(0) if parts and parts[0] in codes else settings.LANGUAGE_CODE
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    home = root.get_translations(inclusive=True).filter(locale__language_code=code).first()
    if home is None:
        return None
    url_path = home.url_path + "".join(f"{p}/" for p in parts)
    return visible(Page).filter(url_path=url_path).first()


class Query(graphene.ObjectType):
    news = graphene.Field(
        NewsArticleConnection,
        required=True,
        locale=graphene.String(),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Newest first",
    )
    clubs = graphene.List(graphene.NonNull(ClubType), required=True, locale=graphene.String())
    page = graphene.Field(
        PageInterface,
        path=graphene.String(required=True, description="e.g. /en/forum/2023/"),
        locale=graphene.String(description="Return this translation of the page, if any"),
        description="Any routable page by its URL path; ask for fields with `... on`",
    )
    changes = graphene.Field(
        ChangeSet,
        required=True,
        since=graphene.DateTime(required=True),
        locale=graphene.String(),
        description="What changed since `since`, for apps that keep content offline",
    )

    def resolve_news(root, info, locale=None, first=None, after=None):
        locale = resolve_locale(info=info, locale=locale)
        articles = localize(visible(NewsArticlePage), locale=locale).order_by("-date", "-pk")
        return paginate(
            articles, connection=NewsArticleConnection, locale=locale, first=first, after=after
        )

    def resolve_clubs(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        clubs = list(localize(visible(ClubPage), locale=locale).order_by("kind", "title"))
        Batch(clubs, locale=locale)
        return clubs

    def resolve_page(root, info, path, locale=None):
        explicit = locale is not None
        locale = resolve_locale(info=info, locale=locale)
        page = page_by_path(path, request=info.context)
        if page is None:
            return None
        if explicit:
            same = visible(Page).filter(translation_key=page.translation_key)
            page = localize(same, locale=locale).first() or page
        else:
            # The path names the language: links in its rich text stay in it.
            locale = resolve_locale(info=info, locale=locale_code(info, page.locale_id))
        page = page.specific
        Batch([page], locale=locale)
        return page

    def resolve_changes(root, info, since, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        until = timezone.now()
        changed = {
            name: changed_since(model, since=since, locale=locale)
            for name, (model, _) in SYNCED.items()
        }
        live_ids = set(
            visible(Page).filter(last_published_at__gt=since).values_list("pk", flat=True)
        )
        return ChangeSet(
            until=until, deleted=deleted_since(since=since, live_ids=live_ids), **changed
        )


# Types reached only through an interface (Page, BodyBlock): listed for the schema.
TYPES = [HomePageType, StandardPageType, GenericPage, *BLOCK_TYPES.values()]
