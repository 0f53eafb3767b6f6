"""Batch loaders of the forum's GraphQL types: each calls the domain function the site
uses, once for every object of a batch."""

from core.locales import localize_related_snippets
from forum.domain.partners import edition_partners
from forum.domain.program import (
    edition_sessions,
    edition_themes,
    order_sessions,
    select_sessions,
)
from forum.domain.speakers import session_speakers, speaker_sessions


def load_session_speakers(batch):
    """{session id: [(role, speaker)]}."""
    found = session_speakers(sessions=batch.objects, locale=batch.locale, photos=False)
    batch.child({speaker.pk: speaker for items in found.values() for _, speaker in items}.values())
    return found


def load_speaker_sessions(batch):
    """{speaker translation key: [sessions]}, newest first."""
    found = speaker_sessions(speakers=batch.objects, locale=batch.locale)
    batch.child({s.pk: s for items in found.values() for s in items}.values())
    return found


def load_edition_sessions(batch, day, theme, session_format, order, direction):
    """{edition translation key: [sessions]} filtered as the site filters, in `order`."""
    found = edition_sessions(editions=batch.objects, locale=batch.locale)
    if day is not None or theme is not None or session_format is not None:
        found = {
            key: select_sessions(items, theme=theme, session_format=session_format, day=day)
            for key, items in found.items()
        }
    found = {
        key: order_sessions(items, order=order, direction=direction) for key, items in found.items()
    }
    batch.child([s for items in found.values() for s in items])
    return found


def load_snippets(batch, model, attr):
    """{id: translated snippet} behind the foreign key `attr` of the batch's objects (no
    query when they came with the objects in the batch's locale)."""
    return localize_related_snippets(objects=batch.objects, attr=attr, locale=batch.locale)


def load_edition_themes(batch):
    """{edition id: [themes by name]}."""
    return edition_themes(editions=batch.objects, locale=batch.locale)


def load_edition_partners(batch):
    """{edition id: [partners in the batch's locale]}."""
    found = edition_partners(editions=batch.objects, locale=batch.locale)
    batch.child([p for items in found.values() for p in items])
    return found
