"""Changing the status of many prize entries at once (finalist → laureate → winner), as the
edit form would for each: a new revision, published by a user who may publish, else sent
to the tree's moderation workflow, else kept as a draft."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from wagtail.models import WorkflowState

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
        workflow = draft.get_workflow()
        if draft.permissions_for_user(user).can_publish():
            revision.publish(user=user)
            result.published.append(title)
        elif workflow is not None:
            state = draft.current_workflow_state
            if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                state.resume(user)
            elif state is None:
                workflow.start(draft, user)
            result.submitted.append(title)
        else:
            result.drafts.append(title)
    return result
