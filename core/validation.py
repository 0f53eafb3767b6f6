"""Rules that refuse impossible data, with the error on the field the editor must fix.

Models must not import their app's domain modules (the domain imports the models), so an
app registers its rules per model in `AppConfig.ready()`:

- `register_rule(model, rule)`: `rule(*, page, parent)` returns {field name: message} for
  the page's own fields. `ValidatedPageMixin.clean()` runs them, so they hold for every
  save (the admin form, the demo loader, translations) and Wagtail shows them on the field.
- `register_rows_rule(model, relation, rule)`: `rule(*, page, parent, rows)` checks the
  rows of an inline panel as the editor typed them (`rows` is a list of the rows'
  cleaned data, deleted rows left out) and returns {row index: {field: message}}.
  Only the admin form has the typed rows: the model's own children are the saved ones.

`parent` is the page's parent (the one it is being added under, in the create form)."""

from django.core.exceptions import ValidationError
from django.db.models import Case, Value, When
from django.forms.models import construct_instance
from wagtail.admin.forms import WagtailAdminPageForm

_rules = {}
_rows_rules = {}


def register_rule(model, rule):
    _rules.setdefault(model, []).append(rule)


def register_rows_rule(model, relation, rule):
    _rows_rules.setdefault(model, []).append((relation, rule))


def other_edition(*, model, page, **same):
    """Another page of `model` with the `same` field values, in the page's language or in a
    language it is translated into (translations share those values, so each language may
    hold one such page): the first found, or None."""
    locales = {page.locale_id} | set(
        model.objects.filter(translation_key=page.translation_key).values_list(
            "locale_id", flat=True
        )
    )
    others = model.objects.filter(locale_id__in=locales, **same).exclude(
        translation_key=page.translation_key
    )
    return (
        others.select_related("locale")
        .order_by(Case(When(locale_id=page.locale_id, then=Value(0)), default=Value(1)), "pk")
        .first()
    )


def page_parent(page):
    """The page's parent as its specific class: where the admin form adds it, else in the
    tree; None for a page that has neither yet."""
    parent = getattr(page, "_parent_for_rules", None)
    if parent is None and page.path:
        parent = page.get_parent()
    return parent.specific if parent is not None else None


class ValidatedPageMixin:
    """Runs the rules registered for the page type in `clean()`."""

    def clean(self):
        super().clean()
        errors = {}
        rules = _rules.get(type(self), [])
        parent = page_parent(self) if rules else None
        for rule in rules:
            for name, message in rule(page=self, parent=parent).items():
                errors.setdefault(name, []).append(message)
        if errors:
            raise ValidationError(errors)


class ValidatedPageForm(WagtailAdminPageForm):
    """The admin form of a page with rules: tells the page where it is being added, and
    checks the typed rows of its inline panels."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        self.instance._parent_for_rules = parent_page

    def clean(self):
        cleaned_data = super().clean()
        for relation, rule in _rows_rules.get(type(self.instance), []):
            formset = self.formsets.get(relation)
            if formset is None or not formset.is_valid():
                continue
            forms = [
                form
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            ]
            rows = [form.cleaned_data for form in forms]
            # The model form copies the typed values to the page only after clean().
            page = construct_instance(self, self.instance, self._meta.fields, self._meta.exclude)
            for index, errors in rule(page=page, parent=page_parent(page), rows=rows).items():
                for name, message in errors.items():
                    forms[index].add_error(name, message)
        return cleaned_data
