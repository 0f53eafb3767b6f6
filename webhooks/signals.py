"""Which changes send webhooks: Wagtail's page signals, view restrictions, content snippets
(core.registry) and deletions. Connected in WebhooksConfig.ready()."""

import threading

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core.registry import is_content_snippet
from webhooks.domain import events

_state = threading.local()  # pages being deleted; paths of pages being moved


def _deleting():
    if not hasattr(_state, "deleting"):
        _state.deleting, _state.moving = set(), {}
    return _state.deleting


def _moving():
    _deleting()
    return _state.moving


def on_published(sender, instance, **kwargs):
    events.page_published(page=instance)


def on_unpublished(sender, instance, **kwargs):
    events.page_unpublished(page=instance)


def before_move(sender, instance, **kwargs):
    _moving()[instance.pk] = events.page_location(instance)


def after_move(sender, instance, **kwargs):
    old_path, old_url = _moving().pop(instance.pk, (None, None))
    events.page_moved(page=instance, old_path=old_path, old_url=old_url)


def before_page_delete(sender, instance, **kwargs):
    # Django sends every pre_delete of a deletion before deleting anything: the cascaded
    # view restrictions of a deleted page then send no privacy event.
    _deleting().add(instance.pk)


def after_page_delete(sender, instance, **kwargs):
    _deleting().discard(instance.pk)
    events.page_deleted(page=instance)


def on_restriction_change(sender, instance, **kwargs):
    if instance.page_id in _deleting():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        events.page_privacy_changed(page=page.specific)


def on_snippet_saved(sender, instance, **kwargs):
    if is_content_snippet(sender) and not kwargs.get("raw"):
        events.snippet_changed(snippet=instance, action="saved")


def on_snippet_deleted(sender, instance, **kwargs):
    if is_content_snippet(sender):
        events.snippet_changed(snippet=instance, action="deleted")


def connect():
    uid = "webhooks"
    page_published.connect(on_published, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(on_unpublished, dispatch_uid=f"{uid}.unpublished")
    pre_page_move.connect(before_move, dispatch_uid=f"{uid}.pre_move")
    post_page_move.connect(after_move, dispatch_uid=f"{uid}.post_move")
    # Sent once per deleted page (sender Page exactly; subclasses' rows send their own).
    pre_delete.connect(before_page_delete, sender=Page, dispatch_uid=f"{uid}.pre_delete")
    post_delete.connect(after_page_delete, sender=Page, dispatch_uid=f"{uid}.post_delete")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_restriction_change, sender=PageViewRestriction, dispatch_uid=f"{uid}.pvr.{name}"
        )
    post_save.connect(on_snippet_saved, dispatch_uid=f"{uid}.snippet_saved")
    post_delete.connect(on_snippet_deleted, dispatch_uid=f"{uid}.snippet_deleted")
