"""Keep each session's search entry in step with its speakers' visibility: the index holds
the names of visible speakers only (SessionPage.speaker_names)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from forum.models import SessionPage


def reindex_sessions_of_speakers_under(*, path):
    """Re-index the sessions whose speakers are at or below `path`, after the commit."""
    from wagtail.search.index import insert_or_update_object

    def run():
        sessions = SessionPage.objects.filter(speaker_roles__speaker__path__startswith=path)
        for session in sessions.distinct():
            insert_or_update_object(session)

    transaction.on_commit(run)


def _on_page_change(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.path:
        reindex_sessions_of_speakers_under(path=instance.path)


def _on_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page is not None:
        reindex_sessions_of_speakers_under(path=page.path)


def connect():
    uid = "forum.reindex_sessions"
    page_published.connect(_on_page_change, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_on_page_change, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_on_page_change, dispatch_uid=f"{uid}.moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _on_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"{uid}.restriction.{signal is post_save}",
        )
