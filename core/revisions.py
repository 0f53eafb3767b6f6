"""Saving a page changed outside its edit form (a grid move, a bulk action) as the edit form
would: a new revision, published by a user who may publish, else handed to the moderation
workflow that applies to the page, else kept as a draft."""

from wagtail.models import WorkflowState

PUBLISHED = "published"
SUBMITTED = "submitted"
DRAFT = "draft"


def latest_draft(*, page):
    """The page as its latest revision has it (the page itself when nothing is pending), so
    that a change made elsewhere keeps the editors' unpublished edits."""
    page = page.specific
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


def save_by_publish_rules(*, page, user):
    """Save `page` (already changed, e.g. from `latest_draft`) as a new revision by `user`
    and publish it or submit it by the rules above. Raises ValidationError (from the page's
    rules) with nothing saved. Returns PUBLISHED, SUBMITTED or DRAFT."""
    revision = page.save_revision(user=user, log_action=True)
    return publish_or_submit(page=page, revision=revision, user=user)


def publish_or_submit(*, page, revision, user, dry_run=False):
    """What the admin's save does after `revision` of `page` is saved: publish it when
    `user` may publish, else hand the page to its moderation workflow (resuming one that
    asked for changes; not in a dry run, which only tells what would happen), else keep
    the draft. Returns PUBLISHED, SUBMITTED or DRAFT."""
    if page.permissions_for_user(user).can_publish():
        revision.publish(user=user)
        return PUBLISHED
    workflow = page.get_workflow()
    if workflow is None:
        return DRAFT
    if not dry_run:
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        elif state is None:
            workflow.start(page, user)
    return SUBMITTED
