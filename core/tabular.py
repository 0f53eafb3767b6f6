"""Tables in and out of the admin: CSV (standard library) and XLSX (openpyxl), for the apps'
imports and exports (forum/domain/exchange.py, prize/domain/exchange.py).

Every cell is text on the way in (XLSX numbers and dates are turned into the text the
export writes), so both formats go through the same parsing. On the way out a text cell
that a spreadsheet would run as a formula (starting with = + - @, a tab or a return) gets a
leading apostrophe; reading takes that apostrophe off again, so an export re-imports
unchanged."""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class TableError(Exception):
    """The file cannot be read as a table of the expected columns; `message` says why, in
    the active language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Column:
    """A column of an import or export: its `name` (the header, the same in every
    language), what it holds (`help`, shown in the admin) and whether a row needs it."""

    name: str
    help: str = ""
    required: bool = False


def safe_cell(value):
    """The value as written to a file: text that a spreadsheet would run as a formula gets
    a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unsafe_cell(text):
    """The inverse of safe_cell for text read back."""
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_START:
        return text[1:]
    return text


def write_table(*, columns, rows, fmt):
    """The rows (dicts by column name; values text, whole numbers or None) as a file of
    `fmt` ("csv" or "xlsx"): bytes."""
    names = [column.name for column in columns]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if row.get(n) is None else safe_cell(str(row[n])) for n in names])
        # With the byte-order mark, Excel opens UTF-8 (Cyrillic) correctly.
        return buffer.getvalue().encode("utf-8-sig")
    import openpyxl  # on use: about 20 MiB per worker that only imports and exports need

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(names)
    for row in rows:
        sheet.append([safe_cell(row.get(n)) for n in names])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(
            _("The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.")
        ) from None
    if "\x00" in text:
        raise TableError(_("The file is not a CSV table."))
    first = text.split("\n", 1)[0]
    # Russian Excel separates with semicolons.
    delimiter = max([",", ";", "\t"], key=first.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise TableError(_("The file is not a CSV table.")) from None


def _xlsx_rows(data):
    import openpyxl  # on use, as above

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        workbook.close()
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, OSError):
        raise TableError(_("The file is not a readable XLSX workbook.")) from None


def read_table(*, upload, columns):
    """The rows of an uploaded file (CSV or XLSX, by its name) as [(line number, {column
    name: text})], empty rows left out. Raises TableError for a file too big, of another
    type, unreadable, or whose header lacks a required column or has an unknown one."""
    name = (getattr(upload, "name", "") or "").lower()
    if not name.endswith((".csv", ".xlsx")):
        raise TableError(_("Upload a .csv or .xlsx file."))
    if upload.size is not None and upload.size > MAX_BYTES:
        raise TableError(
            _("The file is larger than %(size)s MB.") % {"size": MAX_BYTES // (1024 * 1024)}
        )
    data = upload.read()
    if not data:
        raise TableError(_("The file is empty."))
    raw = _csv_rows(data) if name.endswith(".csv") else _xlsx_rows(data)
    raw = [(n, row) for n, row in enumerate(raw, start=1) if any(str(c).strip() for c in row)]
    if not raw:
        raise TableError(_("The file is empty."))
    header = [str(cell).strip().lower() for cell in raw[0][1]]
    known = {column.name for column in columns}
    unknown = [h for h in header if h and h not in known]
    missing = [c.name for c in columns if c.required and c.name not in header]
    if unknown or missing:
        parts = []
        if missing:
            parts.append(_("missing columns: %(names)s") % {"names": ", ".join(missing)})
        if unknown:
            parts.append(_("unknown columns: %(names)s") % {"names": ", ".join(unknown)})
        raise TableError(
            _("The header does not match (%(problems)s). Expected columns: %(expected)s.")
            % {"problems": "; ".join(parts), "expected": ", ".join(c.name for c in columns)}
        )
    if len(header) != len(set(header)):
        raise TableError(_("A column appears twice in the header."))
    if len(raw) - 1 > MAX_ROWS:
        raise TableError(_("The file has more than %(count)s rows.") % {"count": MAX_ROWS})
    rows = []
    for number, cells in raw[1:]:
        values = {c.name: "" for c in columns}
        for position, cell in enumerate(cells):
            if position < len(header) and header[position]:
                values[header[position]] = unsafe_cell(str(cell).strip())
        rows.append((number, values))
    return rows
