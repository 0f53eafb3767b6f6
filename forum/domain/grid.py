"""The admin's programme grid of a forum edition: its days × rooms, each session a block
placed by its Moscow time, with clashes (a room or a speaker in two sessions at once)
labelled. Sessions appear as their latest revision has them (a moved session that waits
for moderation shows where it will be). A fixed number of queries for any number of
sessions."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Revision

from forum.models import Room, SessionPage, SessionSpeaker, SpeakerPage

DEFAULT_HOURS = (9, 18)  # an empty day's extent, Moscow time


@dataclass
class GridBlock:
    session: SessionPage
    starts_at: datetime.datetime  # Moscow time
    ends_at: datetime.datetime
    room: Room | None
    speakers: list = field(default_factory=list)
    clashes: list = field(default_factory=list)  # visible labels: "Room clash: ..."
    draft: bool = False
    top: int = 0  # minutes from the start of the day's grid
    height: int = 0  # minutes
    lane: int = 0  # side by side when sessions share a room and a time
    lanes: int = 1


@dataclass
class GridColumn:
    room: Room | None
    blocks: list = field(default_factory=list)


@dataclass
class GridDay:
    date: datetime.date
    columns: list
    start_hour: int
    end_hour: int
    outside: bool = False  # not one of the edition's days (data from before the rules)

    @property
    def minutes(self):
        return (self.end_hour - self.start_hour) * 60

    @property
    def hours(self):
        return [
            {"label": f"{hour:02d}:00", "top": (hour - self.start_hour) * 60}
            for hour in range(self.start_hour, self.end_hour)
        ]


@dataclass
class Grid:
    edition: object
    days: list
    rooms: list  # the columns' rooms, None for sessions without a room
    blocks: list

    @property
    def clash_count(self):
        return sum(1 for block in self.blocks if block.clashes)


def _edition_days(edition):
    if not (edition.start_date and edition.end_date) or edition.end_date < edition.start_date:
        return []
    count = (edition.end_date - edition.start_date).days + 1
    return [edition.start_date + datetime.timedelta(days=n) for n in range(min(count, 31))]


def _current_versions(sessions):
    """[(session, is a draft)] with each session's time, room, title and speakers as its
    latest revision has them: one query for all the drafts' revisions."""
    drafts = {s.pk for s in sessions if s.has_unpublished_changes and s.latest_revision_id}
    revision_ids = [s.latest_revision_id for s in sessions if s.pk in drafts]
    contents = dict(Revision.objects.filter(pk__in=revision_ids).values_list("pk", "content"))
    current, speaker_ids = [], {}
    for session in sessions:
        content = contents.get(session.latest_revision_id) if session.pk in drafts else None
        if content:
            # Not with_content_json(): that reads the parent and the comments of each page.
            draft = SessionPage.from_serializable_data(content, check_fks=False)
            for name in ("title", "starts_at", "ends_at", "room_id"):
                setattr(session, name, getattr(draft, name))
            speaker_ids[session.pk] = [row.speaker_id for row in draft.speaker_roles.all()]
        current.append((session, bool(content)))
    return current, speaker_ids


def _speaker_ids(current, draft_speakers):
    """{session pk: [speaker pks]}: the drafts' own rows, and one query for the rest."""
    ids = {session.pk: list(draft_speakers.get(session.pk, [])) for session, _draft in current}
    saved = [session.pk for session, draft in current if not draft]
    for session_id, speaker_id in (
        SessionSpeaker.objects.filter(session_id__in=saved)
        .order_by("sort_order", "pk")
        .values_list("session_id", "speaker_id")
    ):
        ids[session_id].append(speaker_id)
    return ids


def _overlap(a, b):
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _room_key(room):
    return room.translation_key if room is not None else None


def _flag_clashes(blocks):
    """Label each block that shares its room or a speaker with another at the same time."""
    for a in blocks:
        for b in blocks:
            if a is b or not _overlap(a, b):
                continue
            if a.room is not None and _room_key(a.room) == _room_key(b.room):
                a.clashes.append(
                    _("Room clash: %(room)s also has “%(session)s” at this time.")
                    % {"room": a.room, "session": b.session.title}
                )
            shared = {s.translation_key for s in a.speakers} & {
                s.translation_key for s in b.speakers
            }
            for speaker in a.speakers:
                if speaker.translation_key in shared:
                    a.clashes.append(
                        _("Speaker clash: %(speaker)s also speaks in “%(session)s” at this time.")
                        % {"speaker": speaker.title, "session": b.session.title}
                    )


def _assign_lanes(blocks):
    """Blocks that overlap in one column sit side by side."""
    blocks.sort(key=lambda b: (b.starts_at, b.ends_at, b.session.pk))
    group, group_end = [], None
    for block in [*blocks, None]:
        if block is None or (group_end is not None and block.starts_at >= group_end):
            lanes_end = []
            for member in group:
                for lane, end in enumerate(lanes_end):
                    if end <= member.starts_at:
                        member.lane, lanes_end[lane] = lane, member.ends_at
                        break
                else:
                    member.lane = len(lanes_end)
                    lanes_end.append(member.ends_at)
            for member in group:
                member.lanes = len(lanes_end)
            group, group_end = [], None
        if block is not None:
            group.append(block)
            group_end = max(group_end, block.ends_at) if group_end else block.ends_at


def edition_rooms(*, edition):
    """The rooms a session of `edition` may use: those in the edition's language."""
    return list(Room.objects.filter(locale_id=edition.locale_id).order_by("name", "pk"))


def build_grid(*, edition):
    """The programme grid of `edition` (its own sessions, in its language). Five queries
    however many sessions it has."""
    sessions = list(SessionPage.objects.child_of(edition).order_by("path"))
    current, draft_speakers = _current_versions(sessions)
    speaker_ids = _speaker_ids(current, draft_speakers)
    speakers = SpeakerPage.objects.filter(
        pk__in={pk for ids in speaker_ids.values() for pk in ids}
    ).only("pk", "title", "translation_key")
    speakers = {speaker.pk: speaker for speaker in speakers}
    room_ids = {session.room_id for session, _draft in current if session.room_id}
    rooms = {room.pk: room for room in Room.objects.filter(pk__in=room_ids)}

    blocks = [
        GridBlock(
            session=session,
            starts_at=timezone.localtime(session.starts_at),
            ends_at=timezone.localtime(session.ends_at),
            room=rooms.get(session.room_id),
            speakers=[speakers[pk] for pk in speaker_ids[session.pk] if pk in speakers],
            draft=draft,
        )
        for session, draft in current
        if session.starts_at and session.ends_at
    ]
    _flag_clashes(blocks)

    used = sorted(
        {block.room.pk: block.room for block in blocks if block.room}.values(),
        key=lambda room: (room.name, room.pk),
    )
    columns_rooms = used + ([None] if any(block.room is None for block in blocks) else [])
    edition_days = _edition_days(edition)
    dates = sorted(set(edition_days) | {block.starts_at.date() for block in blocks})
    days = []
    for date in dates:
        todays = [block for block in blocks if block.starts_at.date() == date]
        start_hour = min([DEFAULT_HOURS[0], *(b.starts_at.hour for b in todays)])
        end_hour = max(
            [
                DEFAULT_HOURS[1],
                *(
                    24 if b.ends_at.date() > date else b.ends_at.hour + bool(b.ends_at.minute)
                    for b in todays
                ),
            ]
        )
        columns = []
        for room in columns_rooms or [None]:
            key = room.pk if room else None
            column = GridColumn(
                room=room, blocks=[b for b in todays if (b.room.pk if b.room else None) == key]
            )
            for block in column.blocks:
                day_start = block.starts_at.replace(hour=start_hour, minute=0, second=0)
                block.top = int((block.starts_at - day_start).total_seconds() // 60)
                end = min(block.ends_at, day_start.replace(hour=0) + datetime.timedelta(days=1))
                block.height = max(int((end - block.starts_at).total_seconds() // 60), 15)
            _assign_lanes(column.blocks)
            columns.append(column)
        days.append(
            GridDay(
                date=date,
                columns=columns,
                start_hour=start_hour,
                end_hour=end_hour,
                outside=date not in edition_days,
            )
        )
    return Grid(edition=edition, days=days, rooms=columns_rooms, blocks=blocks)
