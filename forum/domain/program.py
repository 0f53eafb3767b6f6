"""The programme of a forum edition: its visible sessions in the reader's language, filtered
and grouped by Moscow day. The site's programme and the API's `sessions` both come from here."""

import datetime
from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone

from core.compiled import compiled_list
from core.locales import localize, localize_snippets, pick_translations
from core.ordering import ASC, sort_items
from core.tree import localized_children
from core.visibility import remembered, visible
from forum.choices import SessionFormat
from forum.domain.speakers import attach_session_details
from forum.models import ForumEditionPage, SessionPage, Theme

SESSION_ORDER = ("starts_at", "title", "pk")


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

    @property
    def speaker_roles(self):
        """Every (role, speaker) of the programme's sessions: the template loads all their
        photos at once (one prefetch per session was 2 queries per session)."""
        return [pair for day in self.days for s in day.sessions for pair in s.speaker_list]


def parse_day(value):
    """A date from a date or an ISO string; None for anything else."""
    if isinstance(value, datetime.date) or value is None:
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def local_day(session):
    """The Moscow date a session starts on."""
    return timezone.localtime(session.starts_at).date()


def edition_sessions(*, editions, locale):
    """{edition translation key: [visible sessions in `locale`]} in order of time, including
    sessions not yet translated into `locale` (they come in their source language). Two
    queries for any number of editions."""
    return localized_children(
        parents=editions, model=SessionPage, locale=locale, order_by=SESSION_ORDER
    )


def theme_slugs(sessions):
    """{theme id: slug} of the sessions' themes (one query; slugs are shared by translations)."""
    ids = {s.theme_id for s in sessions} - {None}
    return dict(Theme.objects.filter(pk__in=ids).values_list("pk", "slug")) if ids else {}


def select_sessions(sessions, *, theme=None, session_format=None, day=None):
    """The sessions matching a theme slug, a format and a Moscow date; an unknown value
    matches nothing rather than failing."""
    slugs = theme_slugs(sessions) if theme is not None else {}
    return [
        s
        for s in sessions
        if (theme is None or slugs.get(s.theme_id) == theme)
        and (session_format is None or s.format == session_format)
        and (day is None or local_day(s) == day)
    ]


SESSION_ORDERS = {"start_time": ("starts_at", "title"), "title": ("title", "starts_at")}


def order_sessions(sessions, *, order="start_time", direction=ASC):
    """A list of sessions sorted by `order` ("start_time" or "title") in `direction`, ties
    by id (core/ordering.py's rule for lists already in memory)."""
    return sort_items(sessions, keys=SESSION_ORDERS, key=order, direction=direction)


def build_program(*, edition, locale, theme=None, session_format=None, day=None):
    """The edition's programme page: filter options from every visible session, the
    selected sessions grouped by Moscow day with speakers, theme and room in `locale`. A day
    that is not a date is ignored."""
    all_sessions = edition_sessions(editions=[edition], locale=locale).get(
        edition.translation_key, []
    )
    day = parse_day(day)
    selected = select_sessions(all_sessions, theme=theme, session_format=session_format, day=day)
    by_id = localize_snippets(model=Theme, ids={s.theme_id for s in all_sessions}, locale=locale)
    attach_session_details(sessions=selected, locale=locale, themes=by_id)
    themes = by_id.values()
    days = {}
    for session in selected:
        date = local_day(session)
        days.setdefault(date, ProgramDay(date=date)).sessions.append(session)
    return Program(
        days=[days[d] for d in sorted(days)],
        themes=sorted({t.pk: t for t in themes}.values(), key=lambda t: t.name),
        formats=[(f, SessionFormat(f).label) for f in sorted({s.format for s in all_sessions})],
        dates=sorted({local_day(s) for s in all_sessions}),
        selected_theme=theme,
        selected_format=session_format,
        selected_day=day,
    )


def forum_editions(*, locale):
    """Visible forum editions in `locale`, newest first (a queryset)."""
    return localize(visible(ForumEditionPage), locale=locale).order_by("-year", "pk")


def edition_of_year(*, year, locale):
    """The visible forum edition of `year` in `locale`, or None."""
    return localize(visible(ForumEditionPage).filter(year=year), locale=locale).first()


class AmbiguousSlug(ValueError):
    """A session slug that names sessions in several editions."""


def _edition_years():
    return tuple(ForumEditionPage.objects.values_list("path", "year"))


def edition_years():
    """{path: year} of every forum edition, visible or not (a session under an invisible
    edition is invisible itself), kept in this process until the page tree changes."""
    return dict(remembered("forum.edition_years", _edition_years))


def _sessions_with_slug(*, slug, parents):
    """Every visible translation of the sessions with `slug` directly under one of the
    `parents` paths, each with `slug_parent`: the path of the edition the slug was found in."""
    parent_path = Substr("path", 1, Length("path") - SessionPage.steplen)
    found = visible(SessionPage).filter(slug=slug).annotate(parent=parent_path)
    found = found.filter(parent__in=parents)
    slug_parent = found.filter(translation_key=OuterRef("translation_key")).values("parent")
    sessions = visible(SessionPage).filter(translation_key__in=found.values("translation_key"))
    return sessions.annotate(slug_parent=Subquery(slug_parent[:1])).select_related(
        "locale", "theme", "room"
    )


def session_by_slug(*, slug, locale, year=None):
    """The visible session with `slug` (in any language), in `locale`, with its theme and
    room loaded; `year` picks the forum edition. None when not found; AmbiguousSlug when
    the slug names sessions of several editions and no year is given. One query (kept
    compiled, core/compiled.py): the sessions with the slug under an edition (of `year`)
    give their translation keys and the edition they were found in; of their visible
    translations, the one in `locale` is chosen in memory. The editions' paths and years
    are remembered per version of the tree, so the query carries them as values instead
    of a subquery per edition (PostgreSQL spent 3 ms planning those)."""
    years = edition_years()
    parents = sorted(path for path, y in years.items() if year is None or y == year)
    if not parents:
        return None
    candidates = pick_translations(
        compiled_list(
            key="forum.session_by_slug",
            build=_sessions_with_slug,
            values={"slug": slug, "parents": parents},
        ),
        locale=locale,
    )
    found_in = sorted({years.get(s.slug_parent) for s in candidates})
    if len(found_in) > 1:
        listed = ", ".join(str(y) for y in found_in)
        raise AmbiguousSlug(
            f"The slug '{slug}' names sessions of the {listed} forums: pass `forumYear`."
        )
    return candidates[0] if candidates else None


def edition_themes(*, editions, locale):
    """{edition id: [the themes editors chose for it, by name]}, each theme in `locale`
    where translated. One query for the links, one for the themes."""
    through = ForumEditionPage.themes.through
    rows = list(
        through.objects.filter(forumeditionpage_id__in=[e.pk for e in editions]).values_list(
            "forumeditionpage_id", "theme_id"
        )
    )
    themes = localize_snippets(model=Theme, ids={t for _, t in rows}, locale=locale)
    result = {}
    for edition_id, theme_id in rows:
        result.setdefault(edition_id, []).append(themes[theme_id])
    for items in result.values():
        items.sort(key=lambda t: t.name)
    return result
