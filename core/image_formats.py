"""Rich-text image embeds in the allowed sizes: Wagtail's three formats (full width, left,
right) render a `<picture>` with WebP and JPEG srcsets of the allowed widths (core/images.py)
instead of one `width-800`/`width-500` file, on the site and in the API's rich text (where
the URLs are absolute). A private or unreadable image renders as an empty `<img alt="">`, as
Wagtail does for a deleted one. Found by Wagtail's `image_formats` discovery."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.formats import Format, register_image_format, unregister_image_format

from core.images import picture_data, picture_html

# (name, label, CSS class, widths offered, `sizes`): the widths the box can show at most.
SIDE = "(min-width: 40em) 20rem, 100vw"
RICH_TEXT_FORMATS = (
    ("fullwidth", _("Full width"), "richtext-image full-width", (320, 640, 960, 1280), "100vw"),
    ("left", _("Left-aligned"), "richtext-image left", (320, 640), SIDE),
    ("right", _("Right-aligned"), "richtext-image right", (320, 640), SIDE),
)


class PictureFormat(Format):
    def __init__(self, name, label, classname, widths, sizes):
        super().__init__(name, label, classname, f"width-{max(widths)}")
        self.widths = widths
        self.sizes = sizes

    def image_to_html(self, image, alt_text, extra_attributes=None):
        if extra_attributes is not None:  # the editor's preview: Wagtail's own <img>
            return super().image_to_html(image, alt_text, extra_attributes)
        data = picture_data(image, widths=self.widths)
        if data is None:
            return '<img alt="">'
        return picture_html(
            data, alt=alt_text or image.default_alt_text, sizes=self.sizes, css_class=self.classname
        )


def _register():
    for name, label, classname, widths, sizes in RICH_TEXT_FORMATS:
        unregister_image_format(name)
        register_image_format(PictureFormat(name, label, classname, widths, sizes))


_register()
