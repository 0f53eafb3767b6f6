"""The images the site and the API hand out: the allowed sizes, their Wagtail filter specs,
one `srcset` for both, absolute media URLs and the tiny placeholder.

- Widths 320, 640, 960, 1280 and 1920 (IMAGE_WIDTHS), WebP or JPEG; a list of widths for an
  image keeps only those not wider than its original, so a 320 px original gives one entry
  ("320w"), never five files of the same width.
- Focal-point crops (`fill`) in FILL_SIZES only: an allowed width in one of FILL_RATIOS
  (Wagtail's fill keeps the focal point in the crop).
- `media_url`: an absolute URL for clients that have no page to resolve a path against (the
  API, a React Native app): MEDIA_BASE_URL when set, else the request's own origin, else
  WAGTAILADMIN_BASE_URL. S3/CDN URLs are absolute already and stay as they are.
- `placeholders`: dominant colour and a 16 px blurred data URI, computed once per original
  file and kept in the cache (not recomputed per request)."""

import base64
import contextlib
import contextvars
import io
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape

from core.media import rendition_or_none
from core.visibility import is_public_file

logger = logging.getLogger(__name__)

IMAGE_WIDTHS = (320, 640, 960, 1280, 1920)
FORMATS = ("webp", "jpeg")
# Crop shapes (width:height); every allowed width gives a whole-pixel height in each.
FILL_RATIOS = {"1:1": (1, 1), "4:3": (4, 3), "16:9": (16, 9), "4:5": (4, 5)}
FILL_SIZES = tuple(
    (width, width * h // w) for w, h in FILL_RATIOS.values() for width in IMAGE_WIDTHS
)
PLACEHOLDER_WIDTH = 16


class ImageSizeNotAllowed(ValueError):
    """A width, or a crop size, outside the allowed ones."""

    code = "IMAGE_SIZE_NOT_ALLOWED"


def check_width(width):
    if width not in IMAGE_WIDTHS:
        allowed = ", ".join(str(w) for w in IMAGE_WIDTHS)
        raise ImageSizeNotAllowed(f"Image width {width} is not allowed. Allowed widths: {allowed}.")


def check_fill(width, height):
    if (width, height) not in FILL_SIZES:
        ratios = ", ".join(FILL_RATIOS)
        raise ImageSizeNotAllowed(
            f"Crop {width}x{height} is not allowed. Allowed: a width of "
            f"{', '.join(str(w) for w in IMAGE_WIDTHS)} in the shape {ratios} "
            f"(e.g. 640x360 for 16:9)."
        )


def widths_for(*, original_width, wanted=IMAGE_WIDTHS):
    """The distinct allowed widths of `wanted` not wider than the original, smallest first;
    the smallest allowed width when none is (its rendition keeps the original's width)."""
    fitting = sorted({w for w in wanted if w in IMAGE_WIDTHS and w <= original_width})
    return fitting or [min(IMAGE_WIDTHS)]


def spec(*, width, format="webp", height=None):
    """Wagtail filter spec: `width-W|format-F`, or the focal-point crop `fill-WxH|format-F`."""
    size = f"fill-{width}x{height}" if height else f"width-{width}"
    return f"{size}|format-{format}"


def srcset(renditions, *, url=None):
    """`<img srcset>` of `renditions`: each distinct width once, narrowest first."""
    url = url or (lambda value: value)
    by_width = {}
    for rendition in sorted(renditions, key=lambda r: r.width):
        by_width.setdefault(rendition.width, rendition)
    return ", ".join(f"{url(r.url)} {w}w" for w, r in by_width.items())


def picture_data(image, *, widths=(320, 640, 960)):
    """{"webp": srcset, "jpeg": srcset, "src", "width", "height"} of `image` (URLs through
    media_url), or None when it cannot be shown (absent, private, or its renditions fail).
    The one source of `<picture>` data: the `{% picture %}` tag and rich-text images."""
    if image is None or not is_public_file(image):
        return None
    specs = {
        (w, f): spec(width=w, format=f)
        for w in widths_for(original_width=image.width, wanted=widths)
        for f in FORMATS
    }
    try:
        renditions = rendition_or_none(image, *specs.values())
        found = {key: renditions[s] for key, s in specs.items()} if renditions else None
    except Exception:  # noqa: BLE001 - a broken file must not break the page
        found = None
    if found is None:
        logger.warning("Renditions of image %s failed; a placeholder is shown", image.pk)
        return None
    sets = {
        f: srcset([r for (_, fmt), r in found.items() if fmt == f], url=media_url) for f in FORMATS
    }
    largest = found[(max(w for w, _ in found), "jpeg")]
    return {**sets, "src": media_url(largest.url), "width": largest.width, "height": largest.height}


def picture_html(data, *, alt, sizes="100vw", css_class="", loading="lazy"):
    """The `<picture>` element of picture_data() (pages/includes/picture.html for templates)."""
    return (
        f'<picture class="picture {escape(css_class)}">'
        f'<source type="image/webp" srcset="{escape(data["webp"])}" sizes="{escape(sizes)}">'
        f'<img src="{escape(data["src"])}" srcset="{escape(data["jpeg"])}" '
        f'sizes="{escape(sizes)}" width="{data["width"]}" height="{data["height"]}" '
        f'alt="{escape(alt)}" loading="{escape(loading)}" decoding="async"></picture>'
    )


# Absolute media URLs ---------------------------------------------------------------------

_absolute_base = contextvars.ContextVar("absolute_media_base", default=None)


def media_base_url(*, request=None):
    """The origin relative media URLs are completed with (no trailing slash)."""
    configured = getattr(settings, "MEDIA_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None and hasattr(request, "build_absolute_uri"):
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def media_url(url, *, request=None):
    """`url` made absolute when the caller asked for absolute URLs (`request` given, or
    inside `absolute_media_urls`); URLs with a scheme (S3, CDN) are left as they are."""
    if not url or url.startswith(("http://", "https://", "//", "data:")):
        return url
    base = _absolute_base.get() if request is None else media_base_url(request=request)
    return url if base is None else base + url


@contextlib.contextmanager
def absolute_media_urls(*, request=None):
    """Within the block, media_url() completes relative URLs (rich text rendered for the API)."""
    token = _absolute_base.set(media_base_url(request=request))
    try:
        yield
    finally:
        _absolute_base.reset(token)


# Placeholders ----------------------------------------------------------------------------


def _placeholder_key(image):
    return f"image-placeholder:v1:{image.pk}:{image.file_hash or image.file.name}"


def _compute_placeholder(image):
    from PIL import Image as PILImage
    from PIL import ImageFilter

    with image.open_file() as file:
        picture = PILImage.open(file)
        picture.draft("RGB", (PLACEHOLDER_WIDTH * 4, PLACEHOLDER_WIDTH * 4))  # JPEG: decode small
        picture = picture.convert("RGB")
    height = max(1, round(picture.height * PLACEHOLDER_WIDTH / max(picture.width, 1)))
    tiny = picture.resize((PLACEHOLDER_WIDTH, height), PILImage.Resampling.BOX)
    counts = tiny.quantize(colors=4).convert("RGB").getcolors(PLACEHOLDER_WIDTH * height)
    red, green, blue = max(counts)[1]
    buffer = io.BytesIO()
    tiny.filter(ImageFilter.GaussianBlur(1)).save(buffer, format="JPEG", quality=60)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    color = f"#{red:02x}{green:02x}{blue:02x}"
    return {"color": color, "data_uri": f"data:image/jpeg;base64,{data}"}


def placeholders(images):
    """{image id: {"color": "#rrggbb", "data_uri": "data:image/jpeg;base64,..."}} for
    `images`: one cache read for all of them; a missing one is computed from its original
    once and kept. An image whose original cannot be read (media store down) is left out."""
    images = [i for i in images if i is not None]
    keys = {_placeholder_key(i): i for i in images}
    try:
        found = cache.get_many(list(keys))
    except Exception:  # noqa: BLE001 - a cache outage costs a recomputation, not the answer
        found = {}
    result = {}
    for key, image in keys.items():
        if key in found:
            result[image.pk] = found[key]
            continue
        try:
            result[image.pk] = _compute_placeholder(image)
        except OSError:  # MediaUnavailable, a missing or unreadable file
            logger.warning("Placeholder of image %s not computed", image.pk)
            continue
        with contextlib.suppress(Exception):
            cache.set(key, result[image.pk], timeout=None)
    return result
