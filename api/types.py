"""GraphQL types shared by the apps: the Page interface, images, connections, body blocks."""

import graphene
from graphene import relay
from graphql import GraphQLError
from wagtail.images import get_image_model
from wagtail.models import Page as WagtailPage

from api.batching import Batch, batch_of
from api.errors import IMAGE_WIDTH_NOT_ALLOWED, coded_error, pagination_error
from api.locales import html, locale_code, locale_field
from api.scalars import DateTime
from core.media import rendition_or_none
from core.pagination import PaginationError, take, window
from core.structured_data import page_head
from core.tree import group_by
from core.visibility import public_files, visible

IMAGE_WIDTHS = (320, 640, 960, 1280, 1920)

# Wagtail page model -> GraphQL type, filled by the apps' schema modules.
PAGE_TYPES = {}
# Snippet model -> GraphQL type, for the snippets of the changes feed.
SNIPPET_TYPES = {}


def register_page_type(model):
    def decorator(graphql_type):
        PAGE_TYPES[model] = graphql_type
        return graphql_type

    return decorator


def register_snippet_type(model):
    def decorator(graphql_type):
        SNIPPET_TYPES[model] = graphql_type
        return graphql_type

    return decorator


class Translation(graphene.ObjectType):
    """Another language version of a page."""

    locale = locale_field(description="Its language")
    url = graphene.String(required=True, description="Its path on the site, e.g. /ru/forum/")


def _load_translations(batch):
    keys = {p.translation_key for p in batch.objects}
    others = visible(WagtailPage).filter(translation_key__in=keys)
    return group_by(others, lambda p: p.translation_key)


class MetaTag(graphene.ObjectType):
    """A <meta> tag of the page's <head>: <meta {attribute}="{name}" content="{content}">."""

    attribute = graphene.String(required=True, description="property or name")
    name = graphene.String(required=True, description="e.g. og:title, twitter:card")
    content = graphene.String(required=True, description="The tag's content")


class Seo(graphene.ObjectType):
    """What the page's HTML <head> says, from the same function (pages/domain/head.py)."""

    title = graphene.String(required=True, description="The <title>, site name included")
    page_title = graphene.String(required=True, description="The title without the site name")
    description = graphene.String(required=True, description='<meta name="description">')
    canonical = graphene.String(description="Absolute canonical URL")
    alternates = graphene.List(
        graphene.NonNull(Translation),
        required=True,
        description="hreflang alternates (absolute URLs), this page included",
    )
    og_image = graphene.Field(
        lambda: Image, description="The sharing picture; null: the site's default card"
    )
    sharing = graphene.List(
        graphene.NonNull(MetaTag), required=True, description="Open Graph and Twitter tags"
    )
    json_ld = graphene.List(
        graphene.NonNull(graphene.JSONString),
        required=True,
        description="The schema.org JSON-LD blocks the page carries",
    )

    def resolve_alternates(root, info):
        return [Translation(locale=code, url=url) for code, url in root.alternates]

    def resolve_og_image(root, info):
        if root.image is not None:
            Batch([root.image], locale=root.locale)
        return root.image

    def resolve_sharing(root, info):
        return [MetaTag(attribute=a, name=n, content=c) for a, n, c in root.sharing]


class PageInterface(graphene.Interface):
    """Fields every page has, whatever its type."""

    id = graphene.ID(required=True, description="The page id")
    translation_key = graphene.ID(
        required=True, description="Shared by a page and its translations"
    )
    slug = graphene.String(required=True)
    title = graphene.String(required=True)
    locale = locale_field(description="Language this object is in")
    is_fallback = graphene.Boolean(
        required=True,
        description="True when the page is not yet translated into the requested language "
        "and comes in its source language instead",
    )
    url = graphene.String(
        required=True, description="Path of the page on the site, e.g. /en/forum/2023/"
    )
    seo_title = graphene.String(required=True)
    search_description = graphene.String(required=True)
    last_published_at = DateTime()
    translations = graphene.List(
        graphene.NonNull(Translation),
        required=True,
        description="Live translations of this page in other languages",
    )
    seo = graphene.Field(
        graphene.NonNull(Seo),
        description="The page's <head> as the site renders it; ask for it on one page at a "
        "time (it costs a few queries per page)",
    )

    class Meta:
        name = "Page"

    @classmethod
    def resolve_type(cls, instance, info):
        for model in type(instance).__mro__:
            if model in PAGE_TYPES:
                return PAGE_TYPES[model]
        return GenericPage

    def resolve_id(root, info):
        return root.pk

    def resolve_locale(root, info):
        return locale_code(info, root.locale_id)

    def resolve_is_fallback(root, info):
        return root.locale_id != batch_of(root).locale.id

    def resolve_url(root, info):
        return root.get_url(request=info.context)

    def resolve_seo(root, info):
        head = page_head(page=root, request=info.context)
        head.locale = batch_of(root).locale
        return head

    def resolve_translations(root, info):
        pages = batch_of(root).load(_load_translations)
        return [
            Translation(locale=locale_code(info, p.locale_id), url=p.get_url(request=info.context))
            for p in pages.get(root.translation_key, [])
            if p.pk != root.pk
        ]


class GenericPage(graphene.ObjectType):
    """A routable page with no type of its own in the API (index pages)."""

    class Meta:
        interfaces = (PageInterface,)


class ImageFormat(graphene.Enum):
    """The file format of a rendition."""

    WEBP = "webp"
    JPEG = "jpeg"

    @property
    def description(self):
        return {"webp": "WebP: smaller, for every current browser", "jpeg": "JPEG"}[self.value]


class Rendition(graphene.ObjectType):
    """A resized copy of an image."""

    url = graphene.String(required=True, description="The resized file")
    width = graphene.Int(required=True, description="In pixels")
    height = graphene.Int(required=True, description="In pixels")


def _check_width(width):
    if width not in IMAGE_WIDTHS:
        allowed = ", ".join(str(w) for w in IMAGE_WIDTHS)
        raise coded_error(
            f"Image width {width} is not allowed. Allowed widths: {allowed}.",
            IMAGE_WIDTH_NOT_ALLOWED,
        )


def _format(value):
    return getattr(value, "value", value) or ImageFormat.WEBP.value


def _renditions(image, specs):
    """Renditions of `image`, with those of its whole batch fetched in one query. While the
    media store is down a rendition not made yet is a MEDIA_UNAVAILABLE error: the image
    field answers null (its rendition and srcset are non-null) and the answer is not cached."""
    prefetched = batch_of(image).load(_load_renditions, tuple(specs))
    renditions = rendition_or_none(prefetched.get(image.pk, image), *specs)
    if renditions is None:
        raise GraphQLError(
            "This image is temporarily unavailable; try again in a few minutes.",
            extensions={"code": "MEDIA_UNAVAILABLE"},
        )
    return renditions


def _load_renditions(batch, specs):
    images = get_image_model().objects.filter(pk__in=[i.pk for i in batch.objects])
    return {i.pk: i for i in images.prefetch_renditions(*specs)}


class Image(graphene.ObjectType):
    """An image. Renditions come only in widths 320, 640, 960, 1280 and 1920 and in WebP or
    JPEG; a rendition is never wider than the original."""

    url = graphene.String(required=True, description="The original file")
    width = graphene.Int(required=True, description="Width of the original, in pixels")
    height = graphene.Int(required=True, description="Height of the original, in pixels")
    alt = graphene.String(
        required=True, description="Alternative text (empty for a decorative image)"
    )
    rendition = graphene.Field(
        graphene.NonNull(Rendition),
        width=graphene.Int(required=True, description="One of 320, 640, 960, 1280, 1920"),
        format=ImageFormat(default_value=ImageFormat.WEBP.value),
        description="The image resized to one of the allowed widths",
    )
    srcset = graphene.String(
        required=True,
        widths=graphene.List(graphene.NonNull(graphene.Int), description="Default: all"),
        format=ImageFormat(default_value=ImageFormat.WEBP.value),
        description="For <img srcset>: 'url 320w, url 640w, ...'",
    )

    def resolve_url(root, info):
        return root.file.url

    def resolve_alt(root, info):
        return getattr(root, "contextual_alt_text", None) or root.default_alt_text or ""

    def resolve_rendition(root, info, width, format=None):
        _check_width(width)
        spec = f"width-{width}|format-{_format(format)}"
        rendition = _renditions(root, [spec])[spec]
        return Rendition(url=rendition.url, width=rendition.width, height=rendition.height)

    def resolve_srcset(root, info, widths=None, format=None):
        widths = sorted(set(widths or IMAGE_WIDTHS))
        for width in widths:
            _check_width(width)
        specs = [f"width-{w}|format-{_format(format)}" for w in widths]
        renditions = _renditions(root, specs)
        return ", ".join(f"{renditions[s].url} {renditions[s].width}w" for s in specs)


def load_images(batch, attr):
    """{image id: image} of the images behind the foreign key `attr` of the batch's objects;
    images in private collections are left out."""
    ids = {getattr(o, f"{attr}_id") for o in batch.objects} - {None}
    images = list(public_files(get_image_model()).filter(pk__in=ids)) if ids else []
    batch.child(images)
    return {i.pk: i for i in images}


def html_field(attr, description="HTML"):
    """A rich-text field for `attr`: HTML with internal links into the requested locale, and
    links to invisible pages or private documents without their target."""

    def resolve(root, info):
        return html(getattr(root, attr), root)

    return graphene.String(required=True, description=description, resolver=resolve)


def image_field(attr, description=None):
    """An `Image` field for the foreign key `attr`; one query for a whole list of parents."""

    def resolve(root, info):
        image_id = getattr(root, f"{attr}_id")
        if image_id is None:
            return None
        return batch_of(root).load(load_images, attr).get(image_id)

    return graphene.Field(Image, description=description, resolver=resolve)


class CountedConnection(relay.Connection):
    """A page of a list: `edges` and their `node`s are never null."""

    class Meta:
        abstract = True

    total_count = graphene.Int(required=True, description="Items in the whole list")

    @classmethod
    def __init_subclass_with_meta__(cls, node=None, description=None, **options):
        name = getattr(node, "_meta", None) and node._meta.name
        description = description or f"A page of {name} items, `first` after the cursor `after`"
        super().__init_subclass_with_meta__(
            node=node, description=description, strict_types=True, **options
        )

    def resolve_total_count(root, info):
        return root.queryset.count()


def page_window(*, first=None, after=None):
    """core.pagination.window, its errors as GraphQL errors."""
    try:
        return window(first=first, after=after)
    except PaginationError as error:
        raise pagination_error(error) from None


def page_info(*, edges, page, has_next):
    return relay.PageInfo(
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
        has_previous_page=page.offset > 0,
        has_next_page=has_next,
    )


def paginate(queryset, *, connection, locale, first=None, after=None):
    """A page of `queryset` as `connection`, with offset cursors (core/pagination.py)."""
    page = page_window(first=first, after=after)
    items, has_next = take(queryset, page=page)
    Batch(items, locale=locale)
    edges = [connection.Edge(node=item, cursor=page.cursor(i)) for i, item in enumerate(items)]
    result = connection(edges=edges, page_info=page_info(edges=edges, page=page, has_next=has_next))
    result.queryset = queryset
    return result
