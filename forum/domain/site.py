"""Template context of the forum's pages, from the same domain functions as the API."""

from core.tree import localized_children
from forum.domain.partners import edition_partners
from forum.domain.program import build_program, edition_themes, forum_editions
from forum.domain.speakers import attach_session_details, speaker_sessions
from forum.models import SpeakerPage


def forum_index_context(*, page, request, locale):
    """The forum's editions, newest first."""
    return {"editions": list(forum_editions(locale=locale))}


def edition_context(*, page, request, locale):
    """The programme, filtered by the query string (`theme`, `format`, `day`), and the
    edition's themes and partners in the page's language."""
    return {
        "edition_themes": edition_themes(editions=[page], locale=locale).get(page.pk, []),
        "partners": edition_partners(editions=[page], locale=locale)[page.pk],
        "program": build_program(
            edition=page,
            locale=locale,
            theme=request.GET.get("theme") or None,
            session_format=request.GET.get("format") or None,
            day=request.GET.get("day") or None,
        ),
    }


def session_context(*, page, request, locale):
    """The session's visible speakers, theme and room in the page's language."""
    attach_session_details(sessions=[page], locale=locale)
    return {"speakers": page.speaker_list}


def speaker_index_context(*, page, request, locale):
    """Every visible speaker below any translation of the index, by name."""
    found = localized_children(
        parents=[page], model=SpeakerPage, locale=locale, order_by=("title", "pk")
    )
    return {"speakers": found.get(page.translation_key, [])}


def speaker_context(*, page, request, locale):
    """The speaker's visible sessions in every edition, newest first."""
    return {
        "sessions": speaker_sessions(speakers=[page], locale=locale).get(page.translation_key, [])
    }
