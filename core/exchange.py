"""Importing rows of a table as pages, the same way for every app: each row is parsed by the
app's *kind* (forum/domain/exchange.py, prize/domain/exchange.py), matched by its key to an
existing page, compared, and saved as the admin would save it (the model's rules, a new
revision, published when the user may publish, else sent to the page's moderation workflow,
else kept as a draft).

A dry run does exactly the same inside a transaction that is rolled back, so the preview
shows what applying will do, including rows that clash with earlier rows of the same file.
Applying is one transaction: one error anywhere and nothing is kept.

A kind provides:

- `columns` (core.tabular.Column list), `key_column`, `title_column`;
- `prepare(rows)`: loads what the rows refer to, in a few queries;
- `parse(result)`: the row's typed texts as {column: value}, adding errors to `result`;
- `existing(key)`: the page the key names (its latest revision), or None;
- `values(page)`: {column: value} of a page, comparable with what `parse` returns;
- `check(result, page, values)`: errors that need the current page (e.g. synchronised
  fields of a translation), added to `result`;
- `save(page, values, user)`: the page with the values set, saved or added to its parent
  (before publishing); returns it. May raise ValidationError.
- `field_columns`: {model field: column} for errors raised by the model's rules.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from core.revisions import publish_or_submit

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
ROW = "row"  # errors that belong to no column


@dataclass
class RowResult:
    """One row of the file: its line, what was typed, what happens to it and why not."""

    line: int
    typed: dict
    action: str = UNCHANGED
    errors: dict = field(default_factory=dict)
    changed: list = field(default_factory=list)
    outcome: str = ""  # "published", "submitted" or "draft" once saved

    def add_error(self, column, message):
        self.errors.setdefault(column, []).append(str(message))
        self.action = ERROR

    @property
    def key(self):
        return self.typed.get("key", "")


@dataclass
class ImportReport:
    rows: list
    applied: bool = False

    @property
    def has_errors(self):
        return any(row.errors for row in self.rows)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self):
        return {action: self.count(action) for action in (CREATE, UPDATE, UNCHANGED, ERROR)}

    @property
    def has_changes(self):
        return any(row.action in (CREATE, UPDATE) for row in self.rows)


def _add_validation_errors(*, result, error, kind):
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            column = kind.field_columns.get(name, ROW)
            for message in messages:
                result.add_error(column, message)
    else:
        for message in error.messages:
            result.add_error(ROW, message)


def _run_row(*, kind, result, user, dry_run, seen):
    key = kind.row_key(result)
    if not key:
        result.add_error(kind.key_column, _("A key or a title is needed to find the page."))
        return
    if key in seen:
        result.add_error(
            kind.key_column,
            _("The key “%(key)s” is also on line %(line)s.") % {"key": key, "line": seen[key]},
        )
        return
    seen[key] = result.line
    values = kind.parse(result)
    if result.errors:
        return
    page = kind.existing(key)
    if page is not None:
        current = kind.values(page)
        result.changed = [name for name, value in values.items() if current.get(name) != value]
        kind.check(result, page, values)
        if result.errors or not result.changed:
            return
        result.action = UPDATE
    else:
        result.action = CREATE
    try:
        with transaction.atomic():
            saved = kind.save(page=page, key=key, values=values, user=user)
            revision = saved.save_revision(user=user, log_action=True)
            result.outcome = publish_or_submit(
                page=saved, revision=revision, user=user, dry_run=dry_run
            )
    except ValidationError as error:
        _add_validation_errors(result=result, error=error, kind=kind)


def run_import(*, kind, rows, user, dry_run=True):
    """Import `rows` ([(line, {column: text})], as core.tabular.read_table gives them) with
    `kind`. Nothing is kept in a dry run, nor when any row has an error. Returns an
    ImportReport."""
    report = ImportReport(rows=[RowResult(line=line, typed=typed) for line, typed in rows])
    with transaction.atomic():
        kind.prepare(report.rows)
        seen = {}
        for result in report.rows:
            _run_row(kind=kind, result=result, user=user, dry_run=dry_run, seen=seen)
        if dry_run or report.has_errors:
            transaction.set_rollback(True)
        else:
            report.applied = True
    return report


def latest_version(page):
    """The page as its editors see it (its latest revision), without another query when the
    page was loaded with `select_related("latest_revision")`."""
    revision = page.latest_revision if page.has_unpublished_changes else None
    if revision is None:
        return page
    revision.content_object = page
    return revision.as_object()


def add_page(*, parent, page, user):
    """Add a new page under `parent` as the admin's create view does (a draft until its
    revision is published). Raises ValidationError from the model's rules."""
    page._parent_for_rules = parent  # core.validation's rules need it before the save
    page.live = False
    page.owner = user
    parent.add_child(instance=page)
    log(instance=page, action="wagtail.create", user=user)
    return page


class PageKind:
    """What the kinds share: the key (the page's slug, made from the title when the row
    has none), parsing of texts, and translations' synchronised fields."""

    key_column = "key"
    title_column = "title"
    columns = ()
    field_columns = {}
    synchronised = ()  # columns copied from the source page to its translations
    translated_keys = frozenset()  # translation keys of pages that are translations

    def row_key(self, result):
        key = result.typed.get(self.key_column, "").strip()
        if key:
            return key
        return slugify(result.typed.get(self.title_column, ""), allow_unicode=True)

    def check(self, result, page, values):
        """A translation keeps the values its source page gives it."""
        if page.translation_key not in self.translated_keys:
            return
        for name in self.synchronised:
            if name in result.changed:
                result.add_error(
                    name,
                    _(
                        "This value is copied from the page in the original language; "
                        "change it there."
                    ),
                )

    @staticmethod
    def text(result, name, *, max_length=None, required=False):
        value = result.typed.get(name, "").strip()
        if required and not value:
            result.add_error(name, _("This column cannot be empty."))
        elif max_length and len(value) > max_length:
            result.add_error(
                name,
                _("At most %(count)s characters (this has %(length)s).")
                % {"count": max_length, "length": len(value)},
            )
        return value

    @staticmethod
    def choice(result, name, choices, *, default=None):
        """A choice by its code or its label (in the active language)."""
        typed = result.typed.get(name, "").strip()
        if not typed:
            if default is None:
                result.add_error(name, _("This column cannot be empty."))
            return default
        for value, label in choices:
            if typed.lower() in (str(value).lower(), str(label).lower()):
                return value
        result.add_error(
            name,
            _("“%(value)s” is not one of: %(choices)s.")
            % {"value": typed, "choices": ", ".join(str(value) for value, _label in choices)},
        )
        return default

    @staticmethod
    def number(result, name):
        """A whole number of zero or more, or None when empty (spaces allowed: 600 000)."""
        typed = result.typed.get(name, "").strip().replace(" ", "").replace("\u00a0", "")
        if not typed:
            return None
        if not typed.isdigit():
            result.add_error(name, _("“%(value)s” is not a whole number.") % {"value": typed})
            return None
        return int(typed)

    @staticmethod
    def moment(result, name):
        """A date and time in the site's time zone: 2024-12-03 10:00 (or 03.12.2024 10:00)."""
        typed = result.typed.get(name, "").strip()
        if not typed:
            result.add_error(name, _("This column cannot be empty."))
            return None
        for pattern in MOMENT_FORMATS:
            try:
                value = datetime.datetime.strptime(typed, pattern)
            except ValueError:
                continue
            return timezone.make_aware(value)
        result.add_error(
            name,
            _("“%(value)s” is not a date and time like 2024-12-03 10:00.") % {"value": typed},
        )
        return None


MOMENT_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M")


def moment_text(value):
    """A date and time as the files write it, in the site's time zone."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def reference(result, name, index, *, required=False):
    """The object the typed text names in `index` ({lower-case slug or name: object}), or
    None with an error when it names none."""
    typed = result.typed.get(name, "").strip()
    if not typed:
        if required:
            result.add_error(name, _("This column cannot be empty."))
        return None
    found = index.get(typed.lower())
    if found is None:
        result.add_error(name, _("Nothing called “%(value)s” in this language.") % {"value": typed})
    return found
