"""Moving a session to another day, time or room from the programme grid: the same rules as
the edit form (forum/domain/validation.py through core/validation.py, the speakers' rows
included), then a new revision through the normal publish rules (core/revisions.py)."""

import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone

from core.revisions import latest_draft, save_by_publish_rules
from forum.domain.validation import speaker_rows_errors

# The page fields the rules name, as the grid's quick form calls them.
MOVE_FIELDS = {"starts_at": "start", "ends_at": "end", "room": "room"}


def moscow_datetime(*, day, time):
    """`day` at `time` in the site's time zone (Moscow)."""
    return timezone.make_aware(datetime.datetime.combine(day, time))


def move_session(*, session, day, start, end, room, user):
    """Move `session` (a SessionPage of its edition) to `day` from `start` to `end` (times)
    in `room` (a Room or None), keeping its other pending edits, by `user` who may edit it.

    Raises ValidationError({quick form field or NON_FIELD_ERRORS: [messages]}) with nothing
    saved when a rule refuses; returns "published", "submitted" or "draft"."""
    page = latest_draft(page=session)
    page.starts_at = moscow_datetime(day=day, time=start)
    page.ends_at = moscow_datetime(day=day, time=end)
    page.room = room
    errors = {}
    try:
        page.full_clean()
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.setdefault(MOVE_FIELDS.get(name, NON_FIELD_ERRORS), []).extend(messages)
    rows = [{"speaker": role.speaker} for role in page.speaker_roles.all()]
    parent = page.get_parent().specific
    for row_errors in speaker_rows_errors(page=page, parent=parent, rows=rows).values():
        errors.setdefault(NON_FIELD_ERRORS, []).extend(row_errors.values())
    if errors:
        raise ValidationError(errors)
    return save_by_publish_rules(page=page, user=user)
