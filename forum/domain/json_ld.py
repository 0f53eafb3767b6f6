"""The forum as schema.org JSON-LD: editions and sessions as Events, speakers as Persons.
Built from what the pages show (visible speakers and sessions only)."""

from django.utils import timezone, translation

from core.structured_data import SCHEMA, page_description, share_image
from forum.domain.speakers import session_speakers, speaker_sessions


def _place(*, edition, room=None):
    name = ", ".join(part for part in [room.name if room else "", edition.venue] if part)
    return {
        "@type": "Place",
        "name": name or edition.city,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": edition.city,
            "addressCountry": "RU",
        },
    }


def _iso(value):
    return timezone.localtime(value).isoformat()


def person(*, speaker, request):
    """A speaker as a schema.org Person."""
    data = {
        "@type": "Person",
        "@id": f"{speaker.get_full_url(request)}#person",
        "name": speaker.title,
        "url": speaker.get_full_url(request),
    }
    if speaker.position:
        data["jobTitle"] = speaker.position
    if speaker.organisation:
        data["worksFor"] = {"@type": "Organization", "name": speaker.organisation}
    if speaker.country:
        data["nationality"] = {"@type": "Country", "name": speaker.country}
    if speaker.photo_id:
        data["image"] = share_image(page=speaker, request=request)[0]
    description = page_description(page=speaker)
    if description:
        data["description"] = description
    return data


def speaker_person(*, speaker, sessions, request):
    """A speaker's page: the Person and the sessions they take part in."""
    data = {"@context": SCHEMA, **person(speaker=speaker, request=request)}
    data["performerIn"] = [
        {
            "@type": "Event",
            "name": session.title,
            "url": session.get_full_url(request),
            "startDate": _iso(session.starts_at),
        }
        for session in sessions
    ]
    return data


def edition_event(*, edition, request, organizer):
    """A forum edition as a schema.org Event. The edition has days, not hours, so its
    dates are ISO 8601 calendar dates; its sessions carry times with the Moscow offset."""
    url = edition.get_full_url(request) or ""
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "@id": f"{url}#event",
        "name": edition.title,
        "url": url,
        "startDate": edition.start_date.isoformat(),
        "endDate": edition.end_date.isoformat(),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": _place(edition=edition),
        "organizer": organizer,
        "image": [share_image(page=edition, request=request)[0]],
        "inLanguage": edition.locale.language_code,
    }
    description = page_description(page=edition)
    if description:
        data["description"] = description
    return data


def session_event(*, session, speakers, request, organizer):
    """A session as a schema.org Event within its edition; `speakers` are (role, page)."""
    edition = session.edition
    edition_url = edition.get_full_url(request) or ""
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "@id": f"{session.get_full_url(request)}#event",
        "name": session.title,
        "url": session.get_full_url(request),
        "startDate": _iso(session.starts_at),
        "endDate": _iso(session.ends_at),
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "eventAttendanceMode": f"{SCHEMA}/OfflineEventAttendanceMode",
        "location": _place(edition=edition, room=_shown(session, "room")),
        "organizer": organizer,
        "performer": [person(speaker=speaker, request=request) for _, speaker in speakers],
        "superEvent": {"@type": "Event", "@id": f"{edition_url}#event", "name": edition.title},
        "inLanguage": session.language.split("-"),
        "image": [share_image(page=edition, request=request)[0]],
    }
    theme = _shown(session, "theme")
    if theme:
        data["about"] = theme.name
    description = page_description(page=session)
    if description:
        data["description"] = description
    return data


def _shown(session, name):
    """The session's theme or room in the reader's language: the one the page's view
    attached (`shown_theme`, `shown_room`) when the page is read in its own language, else
    the snippet's translation into the active language."""
    shown = getattr(session, f"shown_{name}", None)
    if shown is not None and session.locale.language_code == translation.get_language():
        return shown
    snippet = getattr(session, name)
    return snippet.localized if snippet else None


# The builders the page <head> and the API's `seo` use (registered in forum/apps.py).


def edition_json_ld(*, page, request, locale, organizer):
    return edition_event(edition=page, request=request, organizer=organizer)


def session_json_ld(*, page, request, locale, organizer):
    """The session with its visible speakers, in the page's language (those the page's view
    attached already when it did)."""
    speakers = getattr(page, "speaker_list", None)
    if speakers is None:
        speakers = session_speakers(sessions=[page], locale=locale).get(page.pk, [])
    return session_event(session=page, speakers=speakers, request=request, organizer=organizer)


def speaker_json_ld(*, page, request, locale, organizer):
    """The speaker with their visible sessions, in the page's language."""
    sessions = speaker_sessions(speakers=[page], locale=locale).get(page.translation_key, [])
    return speaker_person(speaker=page, sessions=sessions, request=request)
