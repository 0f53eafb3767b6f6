"""iCalendar (.ics) export of sessions, for "add to calendar"."""

from django.http import HttpResponse
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vText


def session_calendar(*, session, url):
    """An iCalendar document with one VEVENT for the session."""
    calendar = Calendar()
    calendar.add("prodid", "-//WEARETOGETHER//Forum programme//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", f"session-{session.translation_key}@wearetogether")
    event.add("summary", session.title)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("dtstamp", session.last_published_at or session.starts_at)
    description = session.summary or strip_tags(session.description)
    if description:
        event.add("description", description)
    edition = session.get_parent().specific
    place = ", ".join(
        part
        for part in [session.room.name if session.room else "", edition.venue, edition.city]
        if part
    )
    if place:
        event["location"] = vText(place)
    event.add("url", url)
    calendar.add_component(event)
    return calendar


def session_ics_response(*, session, request):
    url = session.get_full_url(request)
    body = session_calendar(session=session, url=url).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{session.slug}.ics"'
    return response
