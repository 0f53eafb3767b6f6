"""Changing the status of many prize entries at once (finalist → laureate → winner), as the
edit form would for each: a new revision, published by a user who may publish, else sent
to the tree's moderation workflow, else kept as a draft."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from core.revisions import DRAFT, PUBLISHED, SUBMITTED, publish_or_submit
from prize.models import EntryPage


@dataclass
class StatusChange:
    """What happened to each entry: titles published, sent to moderation, saved as
    drafts, and refused with the reason (an entry's rules, e.g. a place without the final)."""

    published: list = field(default_factory=list)
    submitted: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    refused: list = field(default_factory=list)


def change_entry_status(*, entries, status, user):
    """Set `status` on each of `entries` (pages the user may edit) from its latest draft,
    so pending edits are kept. Returns a StatusChange."""
    result = StatusChange()
    for entry in entries:
        page = entry.specific
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        if not isinstance(draft, EntryPage):
            continue
        title = draft.get_admin_display_title()
        draft.status = status
        try:
            revision = draft.save_revision(user=user, log_action=True)
        except ValidationError as error:
            result.refused.append((title, " ".join(error.messages)))
            continue
        outcome = publish_or_submit(page=draft, revision=revision, user=user)
        {PUBLISHED: result.published, SUBMITTED: result.submitted, DRAFT: result.drafts}[
            outcome
        ].append(title)
    return result
