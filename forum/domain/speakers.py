"""Speakers and their parts in sessions, in the reader's language: one answer for the site
and the API."""

from django.db.models import F

from core.compiled import compiled_list
from core.lean import lean
from core.locales import FEW, localize, localize_snippets, translations_of_few
from core.ordering import ASC, order_by
from core.tree import children_q
from core.visibility import visible
from forum.models import ForumEditionPage, Room, SessionPage, SessionSpeaker, SpeakerPage, Theme


def _roles(*, ids):
    return (
        lean(SessionSpeaker.objects.filter(session__in=ids))
        .annotate(speaker_key=F("speaker__translation_key"))
        .order_by("session_id", "sort_order", "pk")
    )


def _speakers(photos):
    def build(*, keys):
        found = visible(SpeakerPage).filter(translation_key__in=keys)
        return found.select_related("photo") if photos else found

    return build


def session_speakers(*, sessions, locale, photos=True):
    """{session id: [(SessionSpeaker, speaker page)]} in the editors' order, each speaker in
    `locale` where translated, with their photo loaded unless `photos` is False (the API
    loads images on their own). Speakers the public may not see are left out with
    everything about them. Two queries for any number of sessions."""
    ids = sorted(s.pk for s in sessions)
    if len(ids) <= FEW:
        roles = compiled_list(key="forum.session_roles", build=_roles, values={"ids": ids})
        keys = {r.speaker_key for r in roles}
        found = translations_of_few(
            key=("forum.speakers", photos), build=_speakers(photos), keys=keys, locale=locale
        )
    else:
        roles = list(_roles(ids=ids))
        # A programme's speakers by a subquery, not a list of ~900 keys: PostgreSQL plans
        # such a list slowly (7 ms) and then filters every page by it (17 ms).
        keys = SessionSpeaker.objects.filter(session__in=ids).values("speaker__translation_key")
        found = localize(_speakers(photos)(keys=keys), locale=locale)
    by_key = {s.translation_key: s for s in found}
    result = {}
    for role in roles:
        if role.speaker_key in by_key:
            result.setdefault(role.session_id, []).append((role, by_key[role.speaker_key]))
    return result


def _pairs(*, keys):
    return SessionSpeaker.objects.filter(speaker__translation_key__in=keys).values_list(
        "speaker__translation_key", "session__translation_key"
    )


def _sessions(*, keys):
    return visible(SessionPage).filter(translation_key__in=keys).select_related("theme", "room")


def speaker_sessions(*, speakers, locale):
    """{speaker translation key: [visible sessions in `locale`]}, newest first, in every
    edition. Two queries for any number of speakers."""
    keys = sorted({s.translation_key for s in speakers}, key=str)
    if len(keys) <= FEW:
        pairs = compiled_list(key="forum.speaker_pairs", build=_pairs, values={"keys": keys})
    else:
        pairs = _pairs(keys=keys)
    pairs = set(pairs)
    session_keys = {s for _, s in pairs}
    found = translations_of_few(
        key="forum.speaker_sessions", build=_sessions, keys=session_keys, locale=locale
    )
    by_key = {s.translation_key: s for s in found}
    result = {}
    for speaker_key, session_key in pairs:
        if session_key in by_key:
            result.setdefault(speaker_key, []).append(by_key[session_key])
    for items in result.values():
        items.sort(key=lambda s: (s.starts_at, s.title, s.pk), reverse=True)
    return result


def speakers_of_year(*, year):
    """Translation keys of the speakers of visible sessions of the `year` forum (subquery)."""
    editions = visible(ForumEditionPage).filter(year=year).values_list("path", flat=True)
    sessions = visible(SessionPage).filter(children_q(editions))
    return SessionSpeaker.objects.filter(session__in=sessions).values("speaker__translation_key")


SPEAKER_ORDERS = {"name": ("title",), "date": ("first_published_at",)}


def speaker_list(*, locale, forum_year=None, order="name", direction=ASC):
    """Visible speakers in `locale` (a queryset), by name or by `order` ("name", "date":
    first published) in `direction`; of one forum year when given."""
    speakers = visible(SpeakerPage)
    if forum_year is not None:
        speakers = speakers.filter(translation_key__in=speakers_of_year(year=forum_year))
    speakers = localize(speakers, locale=locale)
    return order_by(speakers, keys=SPEAKER_ORDERS, key=order, direction=direction)


def session_snippets(*, sessions, locale):
    """({theme id: theme}, {room id: room}) in `locale`, one query per snippet model."""
    themes = localize_snippets(model=Theme, ids={s.theme_id for s in sessions}, locale=locale)
    rooms = localize_snippets(model=Room, ids={s.room_id for s in sessions}, locale=locale)
    return themes, rooms


def attach_session_details(*, sessions, locale, themes=None):
    """For templates: set `speaker_list` [(role, speaker)], `shown_theme` and `shown_room` on
    each session, in `locale`. Four queries for any number of sessions; three when the
    caller has the sessions' themes in `locale` already ({theme id: theme})."""
    speakers = session_speakers(sessions=sessions, locale=locale)
    if themes is None:
        themes, rooms = session_snippets(sessions=sessions, locale=locale)
    else:
        rooms = localize_snippets(model=Room, ids={s.room_id for s in sessions}, locale=locale)
    for session in sessions:
        session.speaker_list = speakers.get(session.pk, [])
        session.shown_theme = themes.get(session.theme_id)
        session.shown_room = rooms.get(session.room_id)
    return sessions
