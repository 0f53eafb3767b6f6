"""Admin form of a forum edition: the themes to choose from say their language."""

from django.db.models import Case, Value, When
from django.utils.translation import gettext as _

from core.validation import ValidatedPageForm


class EditionForm(ValidatedPageForm):
    """Themes of the edition's own language first; each labelled with its language, as
    the theme snippets of every language are listed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("themes")
        if field is None:
            return
        own = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        own_first = Case(When(locale_id=own, then=Value(0)), default=Value(1))
        field.queryset = field.queryset.select_related("locale").order_by(
            own_first, "locale_id", "name"
        )
        field.label_from_instance = lambda theme: (
            _("%(name)s (%(language)s)")
            % {
                "name": theme.name,
                "language": theme.locale.get_display_name(),
            }
        )
