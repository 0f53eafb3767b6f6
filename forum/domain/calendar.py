"""iCalendar (.ics) export of sessions, for "add to calendar"."""

from django.http import HttpResponse
from django.utils.html import strip_tags


def session_uid(*, session):
    """The iCalendar UID of a session, the same in every language and every calendar that
    lists it (this file, and the programme feeds of schedule/)."""
    return f"session-{session.translation_key}@wearetogether"


def place(*, room, edition):
    """Where a session takes place as one line: room, venue, city (what exists of them)."""
    parts = [room.name if room else ""]
    if edition is not None:
        parts += [edition.venue, edition.city]
    return ", ".join(p for p in parts if p)


def session_calendar(*, session, url):
    """An iCalendar document with one VEVENT for the session."""
    # Imported on use, as in schedule/domain/ical.py: icalendar would add about 3 MiB to
    # every worker for the few requests that download a calendar.
    from icalendar import Calendar, Event, vText

    calendar = Calendar()
    calendar.add("prodid", "-//WEARETOGETHER//Forum programme//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", session_uid(session=session))
    event.add("summary", session.title)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("dtstamp", session.last_published_at or session.starts_at)
    description = session.summary or strip_tags(session.description)
    if description:
        event.add("description", description)
    location = place(room=session.room, edition=session.get_parent().specific)
    if location:
        event["location"] = vText(location)
    event.add("url", url)
    calendar.add_component(event)
    return calendar


def session_ics_response(*, session, request):
    url = session.get_full_url(request)
    body = session_calendar(session=session, url=url).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{session.slug}.ics"'
    return response
