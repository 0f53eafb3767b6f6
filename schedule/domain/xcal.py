"""frab's schedule.xcal of an EditionSchedule: the XML calendar (xCal with pentabarf
extensions) that frab and c3voc publish beside schedule.xml, for older apps that read it."""

from xml.etree import ElementTree

from schedule.domain.export import event_slug
from schedule.domain.ical import PRODID

XCAL = "urn:ietf:params:xml:ns:xcal"
PENTABARF = "http://pentabarf.org"
ElementTree.register_namespace("pentabarf", PENTABARF)


def _local(moment):
    return moment.strftime("%Y%m%dT%H%M%S")


def _text(parent, tag, value):
    element = ElementTree.SubElement(parent, tag)
    element.text = "" if value is None else str(value)
    return element


def _hours(event):
    minutes = (event.ends_at - event.starts_at).total_seconds() / 60
    return f"{int(minutes // 60):02d}.{int(minutes % 60) * 100 // 60:02d}00"


def _event(parent, *, schedule, event):
    vevent = ElementTree.SubElement(parent, "vevent")
    pentabarf = f"{{{PENTABARF}}}"
    _text(vevent, "method", "PUBLISH")
    _text(vevent, "uid", event.uid)
    _text(vevent, pentabarf + "event-id", event.id)
    _text(vevent, pentabarf + "event-slug", event_slug(acronym=schedule.acronym, event_id=event.id))
    _text(vevent, pentabarf + "title", event.title)
    _text(vevent, pentabarf + "subtitle", "")
    _text(vevent, pentabarf + "language", event.language)
    _text(vevent, pentabarf + "language-code", event.language)
    _text(vevent, "dtstart", _local(event.starts_at))
    _text(vevent, "dtend", _local(event.ends_at))
    _text(vevent, "duration", _hours(event))
    _text(vevent, "summary", event.title)
    _text(vevent, "description", event.abstract or event.description)
    _text(vevent, "class", "PUBLIC")
    _text(vevent, "status", "CONFIRMED")
    _text(vevent, "category", event.type)
    _text(vevent, "url", event.url)
    _text(vevent, "location", event.room.name)
    for person in event.persons:
        _text(vevent, "attendee", person.name)


def schedule_xcal(*, schedule):
    """schedule.xcal of `schedule` as UTF-8 bytes (times are Moscow local times)."""
    root = ElementTree.Element("iCalendar")
    # Declared on the root as frab does, though only pentabarf's prefix is used below.
    root.set("xmlns:xCal", XCAL)
    calendar = ElementTree.SubElement(root, "vcalendar")
    _text(calendar, "version", "2.0")
    _text(calendar, "prodid", PRODID)
    _text(calendar, "x-wr-caldesc", schedule.title)
    _text(calendar, "x-wr-calname", schedule.title)
    for event in schedule.events:
        _event(calendar, schedule=schedule, event=event)
    ElementTree.indent(root, space=" ")
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
