"""`{% picture %}`: one responsive image for every template of the site.

WebP `<source>` and a JPEG `<img>` fallback, both with a `srcset` of the widths the API
allows (core/images.py: each distinct width once, never wider than the original), `width`
and `height` set so the page does not shift while loading, `loading="lazy"` unless told
otherwise, and alt text from the caller or the image's description. A missing, private or
unreadable image (storage down, file gone) renders a placeholder instead."""

import logging

from django import template
from wagtail.images import get_image_model

from core.images import FORMATS, IMAGE_WIDTHS, picture_data, spec
from core.visibility import public_files

logger = logging.getLogger(__name__)
register = template.Library()

__all__ = ["picture_data"]


def _specs(widths):
    return [spec(width=w, format=f) for w in widths if w in IMAGE_WIDTHS for f in FORMATS]


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
    specs = set(_specs(wanted))
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
