"""GraphQL types shared by the apps: the Page interface, images, connections, body blocks."""

import graphene
from graphene import relay
from graphql import GraphQLError
from wagtail.images import get_image_model
from wagtail.models import Page as WagtailPage

from api import cache
from api.batching import Batch, batch_of
from api.errors import coded_error, pagination_error
from api.locales import html, locale_code, locale_field
from api.scalars import DateTime
from core.images import (
    FILL_RATIOS,
    IMAGE_WIDTHS,
    ImageSizeNotAllowed,
    check_fill,
    check_width,
    media_url,
    placeholders,
    spec,
    srcset,
    widths_for,
)
from core.media import rendition_or_none
from core.page_urls import page_url
from core.pagination import PaginationError, take, window
from core.structured_data import page_head
from core.tree import group_by
from core.visibility import public_files, visible

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
        return page_url(root, request=info.context)

    def resolve_seo(root, info):
        head = page_head(page=root, request=info.context)
        head.locale = batch_of(root).locale
        return head

    def resolve_translations(root, info):
        pages = batch_of(root).load(_load_translations)
        return [
            Translation(
                locale=locale_code(info, p.locale_id), url=page_url(p, request=info.context)
            )
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

    url = graphene.String(required=True, description="The resized file (absolute URL)")
    width = graphene.Int(required=True, description="In pixels")
    height = graphene.Int(required=True, description="In pixels")


class ImagePlaceholder(graphene.ObjectType):
    """What to show while the image loads; computed once per original file and cached."""

    color = graphene.String(required=True, description="Dominant colour, '#rrggbb'")
    data_uri = graphene.String(
        required=True,
        description="A 16 px wide blurred JPEG as a data: URI (a few hundred bytes), to "
        "stretch over the image's box",
    )


def _size_error(error):
    return coded_error(str(error), error.code)


def _format(value):
    return getattr(value, "value", value) or ImageFormat.WEBP.value


def _renditions(image, specs, *, prefetch=None):
    """Renditions of `image`, with those of its whole batch fetched in one query. While the
    media store is down a rendition not made yet is a MEDIA_UNAVAILABLE error: the image
    field answers null (its rendition and srcset are non-null) and the answer is not cached."""
    prefetched = batch_of(image).load(_load_renditions, tuple(prefetch or specs))
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


def _load_placeholders(batch):
    return placeholders(batch.objects)


FILL_SIZES_TEXT = ", ".join(
    f"{name} ({', '.join(f'{w}x{w * h // r}' for w in IMAGE_WIDTHS)})"
    for name, (r, h) in FILL_RATIOS.items()
)


class Image(graphene.ObjectType):
    """An image. All URLs are absolute (MEDIA_BASE_URL, the CDN, or the API's own origin).
    Renditions come only in widths 320, 640, 960, 1280 and 1920, in WebP or JPEG, and crops
    (`fill`) only in the sizes listed on `rendition`; a rendition is never wider than the
    original. Other sizes are refused with the error code IMAGE_SIZE_NOT_ALLOWED."""

    url = graphene.String(required=True, description="The original file (absolute URL)")
    width = graphene.Int(required=True, description="Width of the original, in pixels")
    height = graphene.Int(required=True, description="Height of the original, in pixels")
    alt = graphene.String(
        required=True, description="Alternative text (empty for a decorative image)"
    )
    rendition = graphene.Field(
        graphene.NonNull(Rendition),
        width=graphene.Int(required=True, description="One of 320, 640, 960, 1280, 1920"),
        height=graphene.Int(description="With fill: true, the crop's height"),
        fill=graphene.Boolean(
            default_value=False,
            description="Crop to exactly width x height around the image's focal point (its "
            "centre when none is set). Allowed sizes: " + FILL_SIZES_TEXT,
        ),
        format=ImageFormat(default_value=ImageFormat.WEBP.value),
        description="The image resized to one of the allowed widths",
    )
    srcset = graphene.String(
        required=True,
        widths=graphene.List(graphene.NonNull(graphene.Int), description="Default: all"),
        format=ImageFormat(default_value=ImageFormat.WEBP.value),
        description="For <img srcset>: 'url 320w, url 640w, ...', each distinct width once "
        "and none wider than the original (a 320 px original lists one file)",
    )
    placeholder = graphene.Field(
        ImagePlaceholder,
        description="Dominant colour and a tiny blurred preview; null while the original "
        "cannot be read",
    )

    def resolve_url(root, info):
        return media_url(root.file.url, request=info.context)

    def resolve_alt(root, info):
        return getattr(root, "contextual_alt_text", None) or root.default_alt_text or ""

    def resolve_rendition(root, info, width, height=None, fill=False, format=None):
        try:
            check_width(width)
            if fill or height is not None:
                if not fill or height is None:
                    raise ImageSizeNotAllowed("A crop needs both fill: true and a height.")
                check_fill(width, height)
        except ImageSizeNotAllowed as error:
            raise _size_error(error) from None
        key = spec(width=width, height=height if fill else None, format=_format(format))
        rendition = _renditions(root, [key])[key]
        return Rendition(
            url=media_url(rendition.url, request=info.context),
            width=rendition.width,
            height=rendition.height,
        )

    def resolve_srcset(root, info, widths=None, format=None):
        try:
            for width in widths or ():
                check_width(width)
        except ImageSizeNotAllowed as error:
            raise _size_error(error) from None
        asked = sorted(set(widths or IMAGE_WIDTHS))
        wanted = widths_for(original_width=root.width, wanted=asked)
        specs = [spec(width=w, format=_format(format)) for w in wanted]
        # One prefetch for the whole batch, whatever each original's width.
        every = [spec(width=w, format=_format(format)) for w in sorted({*asked, *wanted})]
        renditions = _renditions(root, specs, prefetch=every)
        return srcset(
            [renditions[s] for s in specs], url=lambda u: media_url(u, request=info.context)
        )

    def resolve_placeholder(root, info):
        found = batch_of(root).load(_load_placeholders).get(root.pk)
        if found is None:  # the original could not be read: ask again later, do not keep null
            cache.mark_uncacheable(request=info.context)
            return None
        return ImagePlaceholder(**found)


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
        return html(getattr(root, attr), root, request=info.context)

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
