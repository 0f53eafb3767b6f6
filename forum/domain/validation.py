"""What the forum refuses: editions that end before they start or repeat a year, sessions
outside their edition's days, rooms and speakers in two places at once. Registered with
core.validation in forum/apps.py; each rule returns {field: message}."""

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.validation import other_edition
from forum.models import ForumEditionPage, SessionPage, SessionSpeaker


def _day(value):
    return date_format(value, "j E Y")


def _time(value):
    return date_format(timezone.localtime(value), "j E, H:i")


def edition_errors(*, page, parent):
    """An edition's days run forward within its year, and its language has no other
    edition of that year (`forum(year:)` must find one)."""
    errors = {}
    start, end, year = page.start_date, page.end_date, page.year
    if start and end and end < start:
        errors["end_date"] = _("The last day (%(end)s) is before the first day (%(start)s).") % {
            "end": _day(end),
            "start": _day(start),
        }
    if start and year and start.year != year:
        errors["start_date"] = _("The first day is not in %(year)s, the edition's year.") % {
            "year": year
        }
    if year and page.locale_id:
        twin = other_edition(model=ForumEditionPage, page=page, year=year)
        if twin is not None:
            errors["year"] = (
                _("There is already a forum edition of %(year)s in this language: “%(title)s”.")
                if twin.locale_id == page.locale_id
                else _(
                    "There is already a forum edition of %(year)s in %(language)s, a language "
                    "of this edition's translations: “%(title)s”."
                )
            ) % {"year": year, "title": twin.title, "language": twin.locale.get_display_name()}
    return errors


def _overlapping(*, page, parent):
    """Other sessions of the same edition that share some of the page's time."""
    return (
        SessionPage.objects.child_of(parent)
        .filter(starts_at__lt=page.ends_at, ends_at__gt=page.starts_at)
        .exclude(pk=page.pk)
        .order_by("starts_at", "pk")
    )


def session_errors(*, page, parent):
    """A session ends after it starts, on one of its edition's days, in a room no other
    session of the edition uses at that time."""
    errors = {}
    starts, ends = page.starts_at, page.ends_at
    if not (starts and ends):
        return errors
    if ends <= starts:
        errors["ends_at"] = _("The session ends (%(end)s) before it starts (%(start)s).") % {
            "end": _time(ends),
            "start": _time(starts),
        }
        return errors
    if not isinstance(parent, ForumEditionPage):
        return errors
    first, last = timezone.localtime(starts).date(), timezone.localtime(ends).date()
    if parent.start_date and parent.end_date:
        if first < parent.start_date or last > parent.end_date:
            errors["starts_at"] = _(
                "The session is on %(day)s, outside the days of %(edition)s (%(start)s – %(end)s)."
            ) % {
                "day": _day(first),
                "edition": parent.title,
                "start": _day(parent.start_date),
                "end": _day(parent.end_date),
            }
    if page.room_id:
        room = page.room
        clash = (
            _overlapping(page=page, parent=parent)
            .filter(Q(room_id=room.pk) | Q(room__translation_key=room.translation_key))
            .first()
        )
        if clash is not None:
            errors["room"] = _(
                "%(room)s is taken at this time by “%(session)s” (%(start)s – %(end)s)."
            ) % {
                "room": room,
                "session": clash.title,
                "start": _time(clash.starts_at),
                "end": _time(clash.ends_at),
            }
    return errors


def speaker_rows_errors(*, page, parent, rows):
    """Each speaker of the session, as typed, speaks nowhere else in the edition at that
    time. Returns {row index: {"speaker": message}}."""
    starts, ends = page.starts_at, page.ends_at
    if not (starts and ends and ends > starts and isinstance(parent, ForumEditionPage)):
        return {}
    speakers = {i: row["speaker"] for i, row in enumerate(rows) if row.get("speaker")}
    keys = {speaker.translation_key for speaker in speakers.values()}
    busy = {}
    for role in (
        SessionSpeaker.objects.filter(
            session__in=_overlapping(page=page, parent=parent),
            speaker__translation_key__in=keys,
        )
        .select_related("session", "speaker")
        .order_by("session__starts_at", "pk")
    ):
        busy.setdefault(role.speaker.translation_key, role.session)
    errors = {}
    for index, speaker in speakers.items():
        other = busy.get(speaker.translation_key)
        if other is not None:
            errors[index] = {
                "speaker": _(
                    "%(speaker)s speaks at this time in “%(session)s” (%(start)s – %(end)s)."
                )
                % {
                    "speaker": speaker.title,
                    "session": other.title,
                    "start": _time(other.starts_at),
                    "end": _time(other.ends_at),
                }
            }
    return errors
