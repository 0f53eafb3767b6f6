"""iCalendar feeds to subscribe to: every visible session of an edition, or of a speaker,
in Europe/Moscow time (named, with its VTIMEZONE), built with the `icalendar` library,
imported on use: it would add about 3 MiB to every worker for the few calendar requests."""

from schedule.domain.export import TIME_ZONE_NAME

PRODID = "-//WEARETOGETHER//Forum programme feed//EN"


def _description(event):
    lines = [event.abstract or event.description]
    if event.persons:
        lines.append("\n".join(f"{p.name} ({p.role})" for p in event.persons))
    return "\n\n".join(line for line in lines if line)


def _event(event):
    from icalendar import Event, vText

    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("summary", event.title)
    vevent.add("dtstart", event.starts_at)
    vevent.add("dtend", event.ends_at)
    # The same stamp for the same content, so an unchanged feed keeps its ETag.
    vevent.add("dtstamp", event.updated_at or event.starts_at)
    if event.updated_at:
        vevent.add("last-modified", event.updated_at)
    description = _description(event)
    if description:
        vevent.add("description", description)
    if event.location:
        vevent["location"] = vText(event.location)
    if event.track:
        vevent.add("categories", [event.track])
    vevent.add("url", event.url)
    return vevent


def feed_calendar(*, name, language, events):
    """An iCalendar document named `name` with one VEVENT per ExportEvent, as bytes."""
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE_NAME)
    calendar["x-wr-calname"].params["language"] = language
    for event in events:
        calendar.add_component(_event(event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def edition_calendar(*, schedule):
    """The iCalendar feed of an EditionSchedule."""
    return feed_calendar(name=schedule.title, language=schedule.language, events=schedule.events)


def speaker_calendar(*, schedule):
    """The iCalendar feed of a SpeakerSchedule."""
    return feed_calendar(name=schedule.title, language=schedule.language, events=schedule.events)
