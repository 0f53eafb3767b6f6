"""The c3voc schedule formats of an EditionSchedule: schedule.json (validated by the
`validator/json/schema.json` of github.com/voc/schedule) and frab's schedule.xml (its
`validator/xsd/schedule.xml.xsd`), read by Giggity, EventFahrplan, ConfClerk and the like."""

import json
from xml.etree import ElementTree

from schedule.domain.export import TIME_ZONE_NAME, TIMESLOT_DURATION, event_slug

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
GENERATOR = "wearetogether-cms"


def _event_json(*, schedule, event):
    return {
        "guid": str(event.guid),
        "id": event.id,
        "date": event.starts_at.isoformat(),
        "start": event.starts_at.strftime("%H:%M"),
        "end": event.ends_at.isoformat(),
        "duration": event.duration,
        "room": event.room.name,
        "slug": event_slug(acronym=schedule.acronym, event_id=event.id),
        "url": event.url,
        "title": event.title,
        "subtitle": "",
        "track": event.track,
        "type": event.type,
        "language": event.language,
        "abstract": event.abstract,
        "description": event.description,
        "persons": [{"guid": str(p.guid), "name": p.name, "url": p.url} for p in event.persons],
        "links": [],
    }


def schedule_json(*, schedule):
    """The c3voc schedule JSON document (a dict) of `schedule`."""
    tracks = [{"name": name, **({"slug": slug} if slug else {})} for name, slug in schedule.tracks]
    days = [
        {
            "index": day.index,
            "date": day.date.isoformat(),
            "day_start": day.start.isoformat(),
            "day_end": day.end.isoformat(),
            "rooms": {
                room.name: [_event_json(schedule=schedule, event=e) for e in events]
                for room, events in day.rooms
            },
        }
        for day in schedule.days
    ]
    conference = {
        "acronym": schedule.acronym,
        "title": schedule.title,
        "start": schedule.start.isoformat(),
        "end": schedule.end.isoformat(),
        "daysCount": len(schedule.days),
        "timeslot_duration": TIMESLOT_DURATION,
        "time_zone_name": TIME_ZONE_NAME,
        "url": schedule.url,
        "tracks": tracks,
        "rooms": [{"name": r.name, "guid": str(r.guid)} for r in schedule.rooms],
        "days": days,
    }
    return {
        "$schema": SCHEMA_URL,
        "generator": {"name": GENERATOR},
        "schedule": {"version": schedule.version, "conference": conference},
    }


def schedule_json_bytes(*, schedule):
    """schedule.json as UTF-8 bytes, the same bytes for the same programme."""
    return json.dumps(schedule_json(schedule=schedule), ensure_ascii=False, indent=1).encode()


def _text(parent, tag, value, **attributes):
    element = ElementTree.SubElement(parent, tag, {k: str(v) for k, v in attributes.items()})
    element.text = "" if value is None else str(value)
    return element


def _event_xml(parent, *, schedule, event):
    element = ElementTree.SubElement(parent, "event", id=str(event.id), guid=str(event.guid))
    _text(element, "room", event.room.name)
    _text(element, "title", event.title)
    _text(element, "subtitle", "")
    _text(element, "type", event.type)
    _text(element, "date", event.starts_at.isoformat())
    _text(element, "start", event.starts_at.strftime("%H:%M"))
    _text(element, "duration", event.duration)
    _text(element, "abstract", event.abstract)
    _text(element, "slug", event_slug(acronym=schedule.acronym, event_id=event.id))
    _text(element, "track", event.track)
    persons = ElementTree.SubElement(element, "persons")
    for person in event.persons:
        _text(persons, "person", person.name, id=person.id, guid=person.guid)
    _text(element, "language", event.language)
    _text(element, "description", event.description)
    ElementTree.SubElement(element, "links")
    _text(element, "url", event.url)


def schedule_xml(*, schedule, feed_url):
    """frab's schedule.xml of `schedule` as UTF-8 bytes; `feed_url` is its own address."""
    root = ElementTree.Element("schedule")
    ElementTree.SubElement(root, "generator", name=GENERATOR)
    _text(root, "url", feed_url)
    _text(root, "version", schedule.version)
    conference = ElementTree.SubElement(root, "conference")
    _text(conference, "title", schedule.title)
    _text(conference, "acronym", schedule.acronym)
    _text(conference, "start", schedule.start.isoformat())
    _text(conference, "end", schedule.end.isoformat())
    _text(conference, "days", len(schedule.days))
    _text(conference, "timeslot_duration", TIMESLOT_DURATION)
    _text(conference, "url", schedule.url)
    _text(conference, "time_zone_name", TIME_ZONE_NAME)
    for name, slug in schedule.tracks:
        _text(conference, "track", name, name=name, **({"slug": slug} if slug else {}))
    for day in schedule.days:
        day_element = ElementTree.SubElement(
            root,
            "day",
            index=str(day.index),
            date=day.date.isoformat(),
            start=day.start.isoformat(),
            end=day.end.isoformat(),
        )
        for room, events in day.rooms:
            room_element = ElementTree.SubElement(
                day_element, "room", name=room.name, guid=str(room.guid)
            )
            for event in events:
                _event_xml(room_element, schedule=schedule, event=event)
    ElementTree.indent(root, space=" ")
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
