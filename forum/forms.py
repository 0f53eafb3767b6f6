"""Admin form of a forum edition: the themes and partners to choose from are those of the
edition's language, each theme labelled with its language."""

from django.db.models import Case, Q, Value, When
from django.utils.translation import gettext as _

from core.validation import ValidatedPageForm


class EditionForm(ValidatedPageForm):
    """Themes and partners of the edition's own language only (the snippets of every
    language share one list), plus any the edition already has in another language, so
    that saving keeps them until the editor unticks them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for name in ("themes", "partners"):
            field = self.fields.get(name)
            if field is None or own is None:
                continue
            chosen = list(self.initial.get(name) or [])
            chosen_ids = [getattr(obj, "pk", obj) for obj in chosen]
            field.queryset = (
                field.queryset.filter(Q(locale_id=own) | Q(pk__in=chosen_ids))
                .select_related("locale")
                .order_by(
                    Case(When(locale_id=own, then=Value(0)), default=Value(1)),
                    *field.queryset.model._meta.ordering,
                )
            )
        themes = self.fields.get("themes")
        if themes is not None:
            themes.label_from_instance = lambda theme: (
                _("%(name)s (%(language)s)")
                % {"name": theme.name, "language": theme.locale.get_display_name()}
            )
