"""Stable identifiers of the exported objects: UUIDs (and the legacy integer ids some apps
still need) derived from Wagtail translation keys, so a session, a room or a speaker has one
identifier in every language and in every export, however often it is edited."""

import uuid

# Fixed for ever: changing it would change every identifier the apps have stored.
NAMESPACE = uuid.UUID("6f1b2c64-3d0e-5a8e-9c41-7a5e0f2d9b13")

# Legacy integer ids: 7 to 10 digits, below 2**31 (frab's and the apps' integer columns).
_ID_BASE = 1_000_000
_ID_SPAN = 2**31 - 1 - _ID_BASE


def _guid(kind, translation_key):
    return uuid.uuid5(NAMESPACE, f"{kind}:{translation_key}")


def session_guid(*, session):
    """The session's UUID, shared by its translations."""
    return _guid("session", session.translation_key)


def room_guid(*, room):
    """The room's UUID, shared by its translations."""
    return _guid("room", room.translation_key)


def venue_guid(*, edition):
    """The UUID of the pseudo-room of an edition's sessions that have no room."""
    return _guid("venue", edition.translation_key)


def speaker_guid(*, speaker):
    """The speaker's UUID, shared by their translations."""
    return _guid("speaker", speaker.translation_key)


def legacy_id(*, guid):
    """A positive integer derived from `guid`, for the formats' deprecated `id`."""
    return _ID_BASE + guid.int % _ID_SPAN
