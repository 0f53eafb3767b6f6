"""What the programme feeds export: the visible sessions of a forum edition (or of a speaker)
in the reader's language, with their visible speakers, theme, room and stable identifiers,
grouped by Moscow day and room. The JSON, XML and iCalendar renderers all start from here;
visibility and language come from forum's domain functions."""

import datetime
import html
import re
import uuid
import zoneinfo
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from core.locales import choice_label, localized_by_slug
from core.tree import localized_ancestors
from forum.choices import SpeakerRole
from forum.domain.calendar import place, session_uid
from forum.domain.program import edition_of_year, edition_sessions
from forum.domain.speakers import session_snippets, session_speakers, speaker_sessions
from forum.models import ForumEditionPage, SpeakerPage
from schedule.domain.ids import legacy_id, room_guid, session_guid, speaker_guid, venue_guid

TIME_ZONE_NAME = "Europe/Moscow"
MOSCOW = zoneinfo.ZoneInfo(TIME_ZONE_NAME)
TIMESLOT_DURATION = "00:15"
# Track slugs both formats accept (c3voc JSON `^[a-z0-9_-]+[a-z0-9]$`, frab XML `[a-z][a-z0-9-]+`).
_TRACK_SLUG = re.compile(r"^[a-z][a-z0-9-]*[a-z0-9]$")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)


@dataclass(frozen=True)
class ExportRoom:
    guid: uuid.UUID
    name: str


@dataclass(frozen=True)
class ExportPerson:
    guid: uuid.UUID
    id: int
    name: str
    role: str
    url: str


@dataclass
class ExportEvent:
    guid: uuid.UUID
    id: int
    title: str
    abstract: str
    description: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    room: ExportRoom
    track: str | None
    type: str
    language: str
    url: str
    persons: list
    location: str
    updated_at: datetime.datetime | None
    uid: str

    @property
    def duration(self):
        """hh:mm, as both formats want it."""
        minutes = max(int((self.ends_at - self.starts_at).total_seconds() // 60), 0)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass
class ExportDay:
    index: int
    date: datetime.date
    start: datetime.datetime
    end: datetime.datetime
    rooms: list = field(default_factory=list)  # [(ExportRoom, [ExportEvent])]


@dataclass
class EditionSchedule:
    acronym: str
    title: str
    language: str
    url: str
    start: datetime.date
    end: datetime.date
    rooms: list
    tracks: list  # [(name, slug or None)]
    days: list
    events: list
    last_modified: datetime.datetime | None
    release: str | None = None  # the release's name when this is a frozen release

    @property
    def version(self):
        """The programme's version as the formats show it: the release's name, else when it
        last changed."""
        if self.release:
            return self.release
        if self.last_modified is None:
            return "1"
        return self.last_modified.astimezone(MOSCOW).strftime("%Y-%m-%d %H:%M")


@dataclass
class SpeakerSchedule:
    speaker: SpeakerPage
    title: str
    language: str
    events: list
    last_modified: datetime.datetime | None


def plain_text(value):
    """Rich text as plain text, one line per block."""
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", value or "")))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def acronym(*, edition):
    """The edition's conference acronym, the same in every language (`wearetogether2023`)."""
    return f"wearetogether{edition.year}"


def event_slug(*, acronym, event_id):
    """A slug both formats accept and that no translation changes."""
    return f"{acronym}-{event_id}"


def track_slug(theme):
    return theme.slug if theme is not None and _TRACK_SLUG.match(theme.slug or "") else None


def latest(moments):
    return max((m for m in moments if m is not None), default=None)


def _events(*, sessions, locale, request, editions):
    """ExportEvents for `sessions` (visible, in `locale`); `editions` maps a session's parent
    path to its edition. Speakers the public may not see are left out (session_speakers)."""
    speakers = session_speakers(sessions=sessions, locale=locale)
    themes, rooms = session_snippets(sessions=sessions, locale=locale)
    events = []
    for session in sessions:
        guid = session_guid(session=session)
        edition = editions.get(session.path[: -session.steplen])
        room = rooms.get(session.room_id)
        if room is not None:
            export_room = ExportRoom(guid=room_guid(room=room), name=room.name)
        else:
            export_room = ExportRoom(
                guid=venue_guid(edition=edition), name=edition.venue or edition.city
            )
        theme = themes.get(session.theme_id)
        persons = [
            ExportPerson(
                guid=(person_guid := speaker_guid(speaker=speaker)),
                id=legacy_id(guid=person_guid),
                name=speaker.title,
                role=str(choice_label(SpeakerRole, role.role, locale=locale)),
                url=speaker.get_full_url(request),
            )
            for role, speaker in speakers.get(session.pk, [])
        ]
        events.append(
            ExportEvent(
                guid=guid,
                id=legacy_id(guid=guid),
                title=session.title,
                abstract=session.summary,
                description=plain_text(session.description),
                starts_at=session.starts_at.astimezone(MOSCOW),
                ends_at=session.ends_at.astimezone(MOSCOW),
                room=export_room,
                track=theme.name if theme else None,
                type=session.format,
                language=session.language,
                url=session.get_full_url(request),
                persons=persons,
                location=place(room=room, edition=edition),
                updated_at=session.last_published_at,
                # The per-session .ics uses the same UID: a calendar that has one session and
                # subscribes to the programme shows it once.
                uid=session_uid(session=session),
            )
        )
    events.sort(key=lambda e: (e.starts_at, e.room.name, e.title))
    return events, themes, speakers


def edition_dates(*, edition):
    """Every date of the edition, first to last."""
    dates, day = [], edition.start_date
    while day <= edition.end_date:
        dates.append(day)
        day += datetime.timedelta(days=1)
    return dates


def build_days(*, dates, events):
    """ExportDays: every one of `dates` and every day with a session, in Moscow time."""
    by_day = {}
    for event in events:
        by_day.setdefault(event.starts_at.date(), []).append(event)
    dates = set(by_day) | set(dates)
    days = []
    for index, date in enumerate(sorted(dates), start=1):
        day_events = by_day.get(date, [])
        midnight = datetime.datetime.combine(date, datetime.time(), tzinfo=MOSCOW)
        rooms = {}
        for event in day_events:
            rooms.setdefault(event.room, []).append(event)
        days.append(
            ExportDay(
                index=index,
                date=date,
                start=min((e.starts_at for e in day_events), default=midnight),
                end=max(
                    (e.ends_at for e in day_events),
                    default=midnight + datetime.timedelta(hours=23, minutes=59),
                ),
                rooms=sorted(rooms.items(), key=lambda item: item[0].name),
            )
        )
    return days


def edition_schedule(*, year, locale, request):
    """The EditionSchedule of the visible forum edition of `year` in `locale`, or None."""
    edition = edition_of_year(year=year, locale=locale)
    if edition is None:
        return None
    return schedule_of_edition(edition=edition, locale=locale, request=request)


def schedule_of_edition(*, edition, locale, request):
    """The EditionSchedule of `edition` (visible, in `locale`) as its pages are now."""
    sessions = edition_sessions(editions=[edition], locale=locale).get(edition.translation_key, [])
    # A session may come from the edition's other translation (fallback): map both paths.
    editions = {s.path[: -s.steplen]: edition for s in sessions}
    events, themes, speakers = _events(
        sessions=sessions, locale=locale, request=request, editions=editions
    )
    days = build_days(dates=edition_dates(edition=edition), events=events)
    rooms = sorted({e.room for e in events}, key=lambda r: r.name)
    tracks = sorted(
        {(t.name, track_slug(t)) for t in themes.values()}, key=lambda t: (t[0], t[1] or "")
    )
    shown_speakers = [speaker for pairs in speakers.values() for _, speaker in pairs]
    return EditionSchedule(
        acronym=acronym(edition=edition),
        title=edition.title,
        language=locale.code,
        url=edition.get_full_url(request),
        start=days[0].date,
        end=days[-1].date,
        rooms=rooms,
        tracks=tracks,
        days=days,
        events=events,
        last_modified=latest(
            [edition.last_published_at]
            + [s.last_published_at for s in sessions]
            + [s.last_published_at for s in shown_speakers]
        ),
    )


def speaker_schedule(*, slug, locale, request):
    """The SpeakerSchedule of the visible speaker with `slug` (in any language) in `locale`,
    with their visible sessions of every edition, or None."""
    speaker = localized_by_slug(model=SpeakerPage, slug=slug, locale=locale)
    if speaker is None:
        return None
    sessions = speaker_sessions(speakers=[speaker], locale=locale).get(speaker.translation_key, [])
    editions = localized_ancestors(pages=sessions, model=ForumEditionPage, locale=locale)
    sessions = [s for s in sessions if editions.get(s.path[: -s.steplen]) is not None]
    events, _, speakers = _events(
        sessions=sessions, locale=locale, request=request, editions=editions
    )
    shown_speakers = [s for pairs in speakers.values() for _, s in pairs]
    return SpeakerSchedule(
        speaker=speaker,
        title=speaker.title,
        language=locale.code,
        events=events,
        last_modified=latest(
            [speaker.last_published_at]
            + [s.last_published_at for s in sessions]
            + [s.last_published_at for s in shown_speakers]
            + [e.last_published_at for e in editions.values() if e is not None]
        ),
    )
