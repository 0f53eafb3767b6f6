"""What the prize refuses: a second edition of a year and track, a timeline out of order or
outside the edition's year, a grant above the nomination's limit, a place for an entry that
did not reach the final. Registered with core.validation in prize/apps.py; each rule
returns {field: message}."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.validation import other_edition
from prize.choices import EntryStatus, StageKind
from prize.models import NominationPage, PrizeEditionPage
from prize.templatetags.humanize_rub import rub

# Statuses that may carry a place: the final and above.
PLACED_STATUSES = (EntryStatus.FINALIST, EntryStatus.LAUREATE, EntryStatus.WINNER)
STAGE_ORDER = {kind: rank for rank, kind in enumerate(StageKind.values)}


def _day(value):
    return date_format(value, "j E Y")


def edition_errors(*, page, parent):
    """A language has one edition per year and track (`prize(year:, track:)` finds one)."""
    if not (page.year and page.track and page.locale_id):
        return {}
    twin = other_edition(model=PrizeEditionPage, page=page, year=page.year, track=page.track)
    if twin is None:
        return {}
    message = (
        _(
            "There is already a prize edition of %(year)s for this track in this language: "
            "“%(title)s”."
        )
        if twin.locale_id == page.locale_id
        else _(
            "There is already a prize edition of %(year)s for this track in %(language)s, a "
            "language of this edition's translations: “%(title)s”."
        )
    )
    return {
        "year": message
        % {"year": page.year, "title": twin.title, "language": twin.locale.get_display_name()}
    }


def stage_rows_errors(*, page, parent, rows):
    """The timeline as typed: each stage ends after it starts, within the edition's year,
    and no stage starts before one that comes earlier in the prize's course (applications,
    expert review, semi-final, finals, ceremony). Returns {row index: {field: message}}."""
    errors = {}
    for index, row in enumerate(rows):
        start, end = row.get("start_date"), row.get("end_date")
        if start and end and end < start:
            errors.setdefault(index, {})["end_date"] = _(
                "The stage ends (%(end)s) before it starts (%(start)s)."
            ) % {"end": _day(end), "start": _day(start)}
        outside = [d for d in (start, end) if d and page.year and d.year != page.year]
        if outside:
            errors.setdefault(index, {})["start_date" if start in outside else "end_date"] = _(
                "The stage's dates must be in %(year)s, the edition's year."
            ) % {"year": page.year}
    dated = [(i, row) for i, row in enumerate(rows) if row.get("start_date") and row.get("kind")]
    for index, row in dated:
        earlier = [
            other
            for _, other in dated
            if STAGE_ORDER.get(other["kind"], 0) < STAGE_ORDER.get(row["kind"], 0)
            and other["start_date"] > row["start_date"]
        ]
        if earlier and "start_date" not in errors.get(index, {}):
            errors.setdefault(index, {})["start_date"] = _(
                "%(stage)s starts before %(earlier)s (%(date)s), which comes first."
            ) % {
                "stage": StageKind(row["kind"]).label,
                "earlier": StageKind(earlier[0]["kind"]).label,
                "date": _day(earlier[0]["start_date"]),
            }
    return errors


def entry_errors(*, page, parent):
    """A place only for finalists and better; a grant only up to the nomination's limit."""
    errors = {}
    if page.place is not None and page.status not in PLACED_STATUSES:
        errors["place"] = _(
            "Only finalists, laureates and winners have a place; this entry is “%(status)s”."
        ) % {"status": EntryStatus(page.status).label if page.status else "—"}
    if page.grant_amount and isinstance(parent, NominationPage):
        limit = parent.effective_grant_limit()
        if limit is None:
            errors["grant_amount"] = _("The nomination “%(nomination)s” gives no grant.") % {
                "nomination": parent.title
            }
        elif page.grant_amount > limit:
            errors["grant_amount"] = _(
                "The grant is above the limit of the nomination “%(nomination)s”: %(limit)s."
            ) % {"nomination": parent.title, "limit": rub(limit)}
    return errors
