"""The personal agenda: rendered on the server from the link's `?s=` (it works without
JavaScript and opens the same agenda anywhere), and as an .ics of the same selection. The
browser keeps the visitor's stars (static/schedule/agenda.js) and only builds the link."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from schedule.domain.agenda import build_agenda, parse_selection
from schedule.domain.export import edition_schedule
from schedule.domain.ical import feed_calendar
from schedule.views.feeds import ICS, current_locale, feed_response


def _agenda(request, year):
    schedule = edition_schedule(year=year, locale=current_locale(), request=request)
    if schedule is None:
        raise Http404("No forum edition of that year")
    return build_agenda(schedule=schedule, guids=parse_selection(request.GET.get("s")))


def _query(agenda):
    # GUIDs need no escaping; commas stay readable in a shared link.
    return "?s=" + ",".join(agenda.guids) if agenda.items else ""


def agenda(request, year):
    """ "My agenda" for the edition of `year`: the sessions in `?s=`, clashes marked."""
    found = _agenda(request, year)
    days = {}
    for item in found.items:
        days.setdefault(item.event.starts_at.date(), []).append(item)
    path = reverse("schedule:agenda", args=[year])
    context = {
        "year": year,
        "agenda": found,
        "days": sorted(days.items()),
        "share_url": request.build_absolute_uri(path + _query(found)),
        "ics_url": reverse("schedule:agenda_ics", args=[year]) + _query(found),
        "edition_url": found.schedule.url,
    }
    return render(request, "schedule/agenda.html", context)


def agenda_ics(request, year):
    """The agenda in `?s=` as an iCalendar file."""
    found = _agenda(request, year)
    body = feed_calendar(
        name=_("My agenda: %(edition)s") % {"edition": found.schedule.title},
        language=found.schedule.language,
        events=found.events,
    )
    return feed_response(
        request,
        body=body,
        content_type=ICS,
        last_modified=found.schedule.last_modified,
        filename=f"{found.schedule.acronym}-agenda-{found.schedule.language}.ics",
    )
