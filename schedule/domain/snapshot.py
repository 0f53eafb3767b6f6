"""An EditionSchedule as JSON-able data and back: what a release stores, so its feeds are
rendered again, byte for byte, from the frozen programme rather than from the pages."""

import datetime
import uuid

from schedule.domain.export import (
    MOSCOW,
    EditionSchedule,
    ExportEvent,
    ExportPerson,
    ExportRoom,
    build_days,
)


def _moment(value):
    return None if value is None else value.isoformat()


def _parse_moment(value):
    return None if value is None else datetime.datetime.fromisoformat(value).astimezone(MOSCOW)


def _room(room):
    return {"guid": str(room.guid), "name": room.name}


def _parse_room(data):
    return ExportRoom(guid=uuid.UUID(data["guid"]), name=data["name"])


def _event(event):
    return {
        "guid": str(event.guid),
        "id": event.id,
        "title": event.title,
        "abstract": event.abstract,
        "description": event.description,
        "starts_at": _moment(event.starts_at),
        "ends_at": _moment(event.ends_at),
        "room": _room(event.room),
        "track": event.track,
        "type": event.type,
        "language": event.language,
        "url": event.url,
        "persons": [
            {"guid": str(p.guid), "id": p.id, "name": p.name, "role": p.role, "url": p.url}
            for p in event.persons
        ],
        "location": event.location,
        "updated_at": _moment(event.updated_at),
        "uid": event.uid,
    }


def _parse_event(data):
    return ExportEvent(
        **{
            **data,
            "guid": uuid.UUID(data["guid"]),
            "starts_at": _parse_moment(data["starts_at"]),
            "ends_at": _parse_moment(data["ends_at"]),
            "updated_at": _parse_moment(data["updated_at"]),
            "room": _parse_room(data["room"]),
            "persons": [
                ExportPerson(**{**p, "guid": uuid.UUID(p["guid"])}) for p in data["persons"]
            ],
        }
    )


def schedule_data(*, schedule):
    """The JSON-able data of an EditionSchedule."""
    return {
        "acronym": schedule.acronym,
        "title": schedule.title,
        "language": schedule.language,
        "url": schedule.url,
        "dates": [day.date.isoformat() for day in schedule.days],
        "rooms": [_room(r) for r in schedule.rooms],
        "tracks": [list(t) for t in schedule.tracks],
        "events": [_event(e) for e in schedule.events],
        "last_modified": _moment(schedule.last_modified),
    }


def schedule_from_data(*, data, release=None):
    """The EditionSchedule stored as `data`, named after `release`."""
    events = [_parse_event(e) for e in data["events"]]
    days = build_days(dates=[datetime.date.fromisoformat(d) for d in data["dates"]], events=events)
    return EditionSchedule(
        acronym=data["acronym"],
        title=data["title"],
        language=data["language"],
        url=data["url"],
        start=days[0].date,
        end=days[-1].date,
        rooms=[_parse_room(r) for r in data["rooms"]],
        tracks=[tuple(t) for t in data["tracks"]],
        days=days,
        events=events,
        last_modified=_parse_moment(data["last_modified"]),
        release=release,
    )
