"""The programme feeds over HTTP: one URL per edition, format and language (what the edition
publishes: its latest release, or live), one per release, and a speaker's iCalendar. Each
answer carries an ETag (a digest of its body) and Last-Modified; a matching If-None-Match
answers 304, so apps can poll cheaply."""

import hashlib

from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from core.locales import content_locale
from schedule.domain import frab
from schedule.domain.export import speaker_schedule
from schedule.domain.ical import edition_calendar, speaker_calendar
from schedule.domain.releases import find_release, published_schedule, release_schedule
from schedule.domain.xcal import schedule_xcal

JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
ICS = "text/calendar; charset=utf-8"


def current_locale():
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


def _json(request, schedule):
    return frab.schedule_json_bytes(schedule=schedule), JSON, None


def _xml(request, schedule):
    return frab.schedule_xml(schedule=schedule, feed_url=request.build_absolute_uri()), XML, None


def _xcal(request, schedule):
    return schedule_xcal(schedule=schedule), XML, None


def _ics(request, schedule):
    name = "-".join(filter(None, [schedule.acronym, schedule.release, schedule.language]))
    return edition_calendar(schedule=schedule), ICS, f"{name}.ics"


RENDERERS = {"json": _json, "xml": _xml, "xcal": _xcal, "ics": _ics}


def _answer(request, schedule, kind):
    body, content_type, filename = RENDERERS[kind](request, schedule)
    return feed_response(
        request,
        body=body,
        content_type=content_type,
        last_modified=schedule.last_modified,
        filename=filename,
    )


def edition_feed(request, year, kind):
    """The edition's feed in `kind` (json, xml, xcal, ics): its latest release, or live."""
    schedule = published_schedule(year=year, locale=current_locale(), request=request)
    if schedule is None:
        raise Http404("No forum edition of that year")
    return _answer(request, schedule, kind)


def release_feed(request, year, version, kind):
    """A release's feed: the programme frozen when it was released."""
    locale = current_locale()
    release = find_release(year=year, version=version, locale=locale)
    if release is None:
        raise Http404("No such release")
    return _answer(request, release_schedule(release=release, locale=locale), kind)


def speaker_ics(request, slug):
    schedule = speaker_schedule(slug=slug, locale=current_locale(), request=request)
    if schedule is None:
        raise Http404("No such speaker")
    return feed_response(
        request,
        body=speaker_calendar(schedule=schedule),
        content_type=ICS,
        last_modified=schedule.last_modified,
        filename=f"speaker-{schedule.speaker.pk}-{schedule.language}.ics",
    )
