"""The programme feeds over HTTP: one URL per edition, format and language, and a speaker's
iCalendar. Each answer carries an ETag (a digest of its body) and Last-Modified; a matching
If-None-Match answers 304, so apps can poll cheaply."""

import hashlib

from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from core.locales import content_locale
from schedule.domain import frab
from schedule.domain.export import edition_schedule, speaker_schedule
from schedule.domain.ical import edition_calendar, speaker_calendar

JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
ICS = "text/calendar; charset=utf-8"


def _locale():
    return content_locale(code=translation.get_language())


def feed_response(request, *, body, content_type, last_modified, filename=None):
    """`body` with its validators, or 304 when the client's ETag matches. Only the ETag
    decides: Last-Modified cannot tell when a session was unpublished."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Caches keep the feed but ask again each time; the ETag makes asking cheap.
    patch_cache_control(response, public=True, no_cache=True)
    return get_conditional_response(request, etag=etag, response=response)


def _edition(request, year):
    schedule = edition_schedule(year=year, locale=_locale(), request=request)
    if schedule is None:
        raise Http404("No forum edition of that year")
    return schedule


def schedule_json(request, year):
    schedule = _edition(request, year)
    return feed_response(
        request,
        body=frab.schedule_json_bytes(schedule=schedule),
        content_type=JSON,
        last_modified=schedule.last_modified,
    )


def schedule_xml(request, year):
    schedule = _edition(request, year)
    return feed_response(
        request,
        body=frab.schedule_xml(schedule=schedule, feed_url=request.build_absolute_uri()),
        content_type=XML,
        last_modified=schedule.last_modified,
    )


def schedule_ics(request, year):
    schedule = _edition(request, year)
    return feed_response(
        request,
        body=edition_calendar(schedule=schedule),
        content_type=ICS,
        last_modified=schedule.last_modified,
        filename=f"{schedule.acronym}-{schedule.language}.ics",
    )


def speaker_ics(request, slug):
    schedule = speaker_schedule(slug=slug, locale=_locale(), request=request)
    if schedule is None:
        raise Http404("No such speaker")
    return feed_response(
        request,
        body=speaker_calendar(schedule=schedule),
        content_type=ICS,
        last_modified=schedule.last_modified,
        filename=f"speaker-{schedule.speaker.pk}-{schedule.language}.ics",
    )
