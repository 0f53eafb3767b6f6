"""`{% picture %}`: one responsive image for every template of the site.

WebP `<source>` and a JPEG `<img>` fallback, both with a `srcset` of the widths the API
allows (api.types.IMAGE_WIDTHS, never wider than the original), `width` and `height` set so
the page does not shift while loading, `loading="lazy"` unless told otherwise, and alt text
from the caller or the image's description. A missing, private or unreadable image (storage
down, file gone) renders a placeholder instead: this is the one place that catches it."""

import logging

from django import template
from wagtail.images import get_image_model

from api.types import IMAGE_WIDTHS
from core.visibility import is_public_file, public_files

logger = logging.getLogger(__name__)
register = template.Library()

FORMATS = ("webp", "jpeg")


def _specs(image_width, widths):
    return [f"width-{w}|format-{f}" for w in _widths_for(image_width, widths) for f in FORMATS]


def _widths_for(image_width, wanted):
    allowed = [w for w in wanted if w in IMAGE_WIDTHS and w <= image_width]
    return allowed or [min(IMAGE_WIDTHS)]


def picture_data(image, *, widths=(320, 640, 960)):
    """{"webp": srcset, "jpeg": srcset, "src", "width", "height"} of `image`, or None when it
    cannot be shown (absent, private, or its renditions fail)."""
    if image is None or not is_public_file(image):
        return None
    specs = {
        (w, f): f"width-{w}|format-{f}" for w in _widths_for(image.width, widths) for f in FORMATS
    }
    try:
        renditions = image.get_renditions(*specs.values())
        found = {key: renditions[spec] for key, spec in specs.items()}
    except Exception:  # noqa: BLE001 - storage or a broken file must not break the page
        logger.warning("Renditions of image %s failed; a placeholder is shown", image.pk)
        return None
    srcsets = {
        f: ", ".join(f"{r.url} {r.width}w" for (w, fmt), r in sorted(found.items()) if fmt == f)
        for f in FORMATS
    }
    largest = found[(max(w for w, _ in found), "jpeg")]
    return {**srcsets, "src": largest.url, "width": largest.width, "height": largest.height}


@register.inclusion_tag("pages/includes/picture.html")
def picture(
    image,
    *,
    alt=None,
    sizes="100vw",
    widths="320,640,960",
    loading="lazy",
    css_class="",
    placeholder="",
    shape="wide",
):
    """A `<picture>` of `image`, or a placeholder showing `placeholder` (e.g. initials).

    `alt=""` marks the image decorative; without `alt`, the image's description (its title
    when it has none) is used. `shape` (wide, square, logo) sizes the placeholder."""
    wanted = [int(w) for w in str(widths).split(",") if w.strip().isdigit()]
    data = picture_data(image, widths=wanted)
    if alt is None and image is not None:
        alt = image.default_alt_text
    return {
        "data": data,
        "alt": alt or "",
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
        "placeholder": placeholder,
        "shape": shape,
    }


@register.filter
def initials(name):
    """ "Pavel Savchuk" -> "PS": the placeholder of a person without a photo."""
    return "".join(word[0] for word in str(name or "").split()[:2] if word).upper()


@register.simple_tag
def prefetch_pictures(items, attr, widths="320,640,960"):
    """Load the images behind `attr` of every item (a page, or a tuple ending with one) and
    their renditions in two queries, so a list of N pictures does not cost 2N. Images in
    private collections are left unloaded and then shown as placeholders. Renders nothing."""
    objects = [i[-1] if isinstance(i, tuple | list) else i for i in items or ()]
    ids = {getattr(o, f"{attr}_id", None) for o in objects} - {None}
    if not ids:
        return ""
    wanted = [int(w) for w in str(widths).split(",") if w.strip().isdigit()]
    specs = {s for w in wanted for s in _specs(max(IMAGE_WIDTHS), [w])}
    try:
        images = public_files(get_image_model()).filter(pk__in=ids).prefetch_renditions(*specs)
        found = {i.pk: i for i in images}
    except Exception:  # noqa: BLE001 - each picture then tries, and fails, on its own
        logger.warning("Prefetching images failed")
        return ""
    for obj in objects:
        image = found.get(getattr(obj, f"{attr}_id", None))
        if image is not None:
            image.__dict__["_is_public_file"] = True
            setattr(obj, attr, image)
    return ""
