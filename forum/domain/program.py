"""The programme of a forum edition: sessions grouped by day, with filters."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from api.locales import localize_snippets
from forum.choices import SessionFormat
from forum.domain.speakers import attach_localized_snippets, attach_localized_speakers


@dataclass
class ProgramDay:
    date: datetime.date
    sessions: list = field(default_factory=list)


@dataclass
class Program:
    days: list
    themes: list
    formats: list
    dates: list
    selected_theme: str | None
    selected_format: str | None
    selected_day: datetime.date | None

    @property
    def session_count(self):
        return sum(len(day.sessions) for day in self.days)


def _parse_day(value):
    if isinstance(value, datetime.date) or value is None:
        return value
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def live_sessions(*, edition):
    """Live, public sessions of an edition, with theme and room in one query."""
    from forum.models import SessionPage

    return (
        SessionPage.objects.live()
        .public()
        .child_of(edition)
        .select_related("theme__locale", "room__locale", "locale")
        .order_by("starts_at", "title")
    )


def build_program(*, edition, theme=None, session_format=None, day=None):
    """Group the edition's live sessions by local (Moscow) day, filtered by theme slug,
    format and ISO date. Unknown filter values match nothing rather than failing."""
    from forum.models import Theme

    sessions = live_sessions(edition=edition)
    all_sessions = list(sessions)
    day = _parse_day(day)

    themes = {s.theme.slug: s.theme for s in all_sessions if s.theme}
    formats = sorted({s.format for s in all_sessions})
    dates = sorted({timezone.localtime(s.starts_at).date() for s in all_sessions})

    selected = [
        s
        for s in all_sessions
        if (theme is None or (s.theme and s.theme.slug == theme))
        and (session_format is None or s.format == session_format)
        and (day is None or timezone.localtime(s.starts_at).date() == day)
    ]
    attach_localized_speakers(sessions=selected, locale=edition.locale)
    attach_localized_snippets(sessions=selected, locale=edition.locale)
    shown_themes = localize_snippets(
        model=Theme, ids={t.pk for t in themes.values()}, locale=edition.locale
    )

    days = {}
    for session in selected:
        date = timezone.localtime(session.starts_at).date()
        days.setdefault(date, ProgramDay(date=date)).sessions.append(session)
    return Program(
        days=[days[d] for d in sorted(days)],
        themes=sorted(shown_themes.values(), key=lambda t: t.name),
        formats=[(f, SessionFormat(f).label) for f in formats],
        dates=dates,
        selected_theme=theme,
        selected_format=session_format,
        selected_day=day,
    )
