"""The admin's image form: every picture on this site carries meaning (a speaker's face, an
entry's project, a partner's logo), so its alt text is asked for on upload and on edit.

Wagtail keeps the alt text in `Image.description`; templates and the API read it through
`default_alt_text` ({% picture %}, Image.alt). Wagtail's multiple upload already handles a
required field: the file waits as an UploadedFile until the editor fills it in."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = _("Alt text")
            field.help_text = _(
                "What the picture shows, for people who cannot see it: "
                "“Elena Petrova speaking at the 2023 plenary”, not “photo”."
            )
