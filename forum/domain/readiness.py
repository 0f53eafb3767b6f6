"""What a forum edition still lacks, for the admin's home panels (forum/admin_panels.py):
sessions without speakers, room or theme, speakers without photo or biography, and how much
of it is translated (core/translation_coverage.py).

Editors prepare drafts too, so the edition's pages are counted whatever their status (as
last saved: a draft revision's changes count once published)."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.html import strip_tags
from wagtail.models import Locale

from core.translation_coverage import translation_coverage
from forum.models import ForumEditionPage, Room, SessionPage, SpeakerPage, Theme


@dataclass
class Readiness:
    """One edition's gaps: each a list of the pages concerned (sessions by start time,
    speakers by name)."""

    edition: object
    sessions: list = field(default_factory=list)
    speakers: list = field(default_factory=list)
    sessions_without_speakers: list = field(default_factory=list)
    sessions_without_room: list = field(default_factory=list)
    sessions_without_theme: list = field(default_factory=list)
    speakers_without_photo: list = field(default_factory=list)
    speakers_without_biography: list = field(default_factory=list)

    @property
    def gaps(self):
        """(key, pages) of every check, in the order the panel shows them."""
        return [
            ("sessions_without_speakers", self.sessions_without_speakers),
            ("sessions_without_room", self.sessions_without_room),
            ("sessions_without_theme", self.sessions_without_theme),
            ("speakers_without_photo", self.speakers_without_photo),
            ("speakers_without_biography", self.speakers_without_biography),
        ]


def editions_to_prepare(*, today: datetime.date):
    """The default language's editions under way on `today` and the next one to come (the
    latest when there is neither), drafts included. One query."""
    editions = list(
        ForumEditionPage.objects.filter(locale=Locale.get_default()).order_by("start_date", "pk")
    )
    ongoing = [e for e in editions if e.start_date <= today <= e.end_date]
    upcoming = [e for e in editions if e.start_date > today][:1]
    return (ongoing + upcoming) or editions[-1:]


def edition_readiness(*, edition):
    """The Readiness of `edition`. Two queries, whatever its size."""
    sessions = list(
        SessionPage.objects.child_of(edition)
        .annotate(speaker_count=Count("speaker_roles"))
        .order_by("starts_at", "path")
    )
    speakers = list(
        SpeakerPage.objects.filter(session_roles__session__in=[s.pk for s in sessions])
        .distinct()
        .order_by("title", "pk")
    )
    return Readiness(
        edition=edition,
        sessions=sessions,
        speakers=speakers,
        sessions_without_speakers=[s for s in sessions if not s.speaker_count],
        sessions_without_room=[s for s in sessions if s.room_id is None],
        sessions_without_theme=[s for s in sessions if s.theme_id is None],
        speakers_without_photo=[s for s in speakers if s.photo_id is None],
        speakers_without_biography=[s for s in speakers if not strip_tags(s.biography).strip()],
    )


def edition_translation_coverage(*, readiness):
    """{locale: {"pages": Coverage, "themes": Coverage, "rooms": Coverage}} of the edition
    of `readiness` (its page, sessions and their speakers; the edition's and sessions'
    themes; the sessions' rooms) in every other language. A few queries per language."""
    edition = readiness.edition
    session_ids = [s.pk for s in readiness.sessions]
    themes = list(
        Theme.objects.filter(Q(forumeditionpage=edition) | Q(sessions__in=session_ids))
        .distinct()
        .order_by("name", "pk")
    )
    rooms = list(Room.objects.filter(sessions__in=session_ids).distinct().order_by("name", "pk"))
    pages = [edition, *readiness.sessions, *readiness.speakers]
    return {
        locale: {
            "pages": translation_coverage(objects=pages, locale=locale),
            "themes": translation_coverage(objects=themes, locale=locale),
            "rooms": translation_coverage(objects=rooms, locale=locale),
        }
        for locale in Locale.objects.exclude(pk=edition.locale_id).order_by("language_code")
    }
