"""Speakers and their parts in sessions, resolved into the reader's language."""

from wagtail.models import Page


def localize_pages(*, pages, locale, model=None):
    """Map each page to its live translation in `locale`, falling back to the page itself.

    One query whatever the number of pages."""
    pages = list(pages)
    keys = {p.translation_key for p in pages if p.locale_id != locale.id}
    translated = {}
    if keys:
        queryset = (
            (model or Page).objects.live().public().filter(translation_key__in=keys, locale=locale)
        )
        translated = {p.translation_key: p for p in queryset}
    return [translated.get(p.translation_key, p) if p.locale_id != locale.id else p for p in pages]


def attach_localized_snippets(*, sessions, locale):
    """Set `session.shown_theme` and `session.shown_room` to their translations in `locale`
    (falling back to the source), in one query per snippet model."""
    from api.locales import localize_snippets
    from forum.models import Room, Theme

    sessions = list(sessions)
    themes = localize_snippets(model=Theme, ids={s.theme_id for s in sessions}, locale=locale)
    rooms = localize_snippets(model=Room, ids={s.room_id for s in sessions}, locale=locale)
    for session in sessions:
        session.shown_theme = themes.get(session.theme_id)
        session.shown_room = rooms.get(session.room_id)
    return sessions


def attach_localized_speakers(*, sessions, locale):
    """Set `session.speaker_list` to (role label, speaker page) pairs in `locale`.

    Speakers that are not live are left out. Two queries for any number of sessions."""
    from forum.models import SessionSpeaker, SpeakerPage

    sessions = list(sessions)
    roles = (
        SessionSpeaker.objects.filter(session__in=sessions)
        .select_related("speaker", "speaker__photo", "speaker__locale")
        .order_by("session_id", "sort_order", "pk")
    )
    roles = [r for r in roles if r.speaker.live]
    speakers = localize_pages(pages=[r.speaker for r in roles], locale=locale, model=SpeakerPage)
    by_session = {}
    for role, speaker in zip(roles, speakers, strict=True):
        by_session.setdefault(role.session_id, []).append((role, speaker))
    for session in sessions:
        session.speaker_list = by_session.get(session.pk, [])
    return sessions


def sessions_of_speaker(*, speaker):
    """Every live session the speaker takes part in, in any edition, in the speaker page's
    language where translated, newest edition first."""
    from forum.models import SessionPage

    session_ids = SessionPage.objects.filter(
        speaker_roles__speaker__translation_key=speaker.translation_key
    ).values_list("translation_key", flat=True)
    sessions = list(
        SessionPage.objects.live()
        .public()
        .filter(translation_key__in=session_ids)
        .select_related("theme", "room")
        .order_by("-starts_at")
    )
    # One session per translation key: the speaker's language if it exists, else the source.
    chosen = {}
    for session in sessions:
        current = chosen.get(session.translation_key)
        if current is None or session.locale_id == speaker.locale_id:
            chosen[session.translation_key] = session
    result = sorted(chosen.values(), key=lambda s: s.starts_at, reverse=True)
    return result
