"""The leaderboard as a table for the jury: CSV or XLSX (openpyxl)."""

import csv
import io

from django.utils.translation import gettext as _

from applications.domain.scoring import leaderboard


def _number(value):
    return None if value is None else round(value, 3)


def result_rows(*, nomination):
    """Header and one row per application, in leaderboard order."""
    header = [
        _("Rank"), _("Application"), _("Applicant"), _("State"), _("Reviews"),
        _("Weighted mean"), _("Median"), _("Standard deviation"), _("Disagreement"),
        _("Normalised score"),
    ]  # fmt: skip
    rows = [header]
    for r in leaderboard(nomination=nomination):
        a = r.application
        rows.append([
            r.rank or "", a.title, a.organisation, a.get_state_display(), r.review_count,
            _number(r.mean), _number(r.median), _number(r.spread),
            _("yes") if r.disagreement else "", _number(r.normalised),
        ])  # fmt: skip
    return rows


def _safe(cell):
    """A text cell starting with =, +, - or @ would be a formula in a spreadsheet."""
    return "'" + cell if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@") else cell


def as_csv(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([_safe(c) for c in row])
    return buffer.getvalue().encode("utf-8-sig")


def as_xlsx(rows):
    # On use: openpyxl costs each worker about 20 MiB that only the jury's export needs.
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Results")[:31]
    for row in rows:
        sheet.append(["" if c is None else _safe(c) for c in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
