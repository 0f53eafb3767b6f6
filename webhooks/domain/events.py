"""What is sent: the event bodies for page and snippet changes, recorded in the same
transaction as the change (so a change that rolls back sends nothing, and one that commits
is never lost) and sent once it commits (webhooks/domain/delivery.py).

Bodies follow the Standard Webhooks form `{"type", "timestamp", "data"}`. A page's `data`
has its id, type (app_label.Model), locale, path and absolute url on the site, and
translation key; the page's descendants may have changed with it (an unpublished, moved or
restricted section), which receivers handle by revalidating below `path`."""

import json

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.locales import UnknownLocale, content_locale
from webhooks.domain.delivery import dispatch
from webhooks.models import Delivery, DeliveryStatus, Endpoint, Event, EventType


def locale_code(obj):
    """The language code of a page or translatable snippet, normalised by core.locales."""
    locale = getattr(obj, "locale", None)
    if locale is None:
        return None
    try:
        return content_locale(code=locale, ids={}).code
    except UnknownLocale:
        return locale.language_code


def page_location(page):
    """(path on its site, absolute URL), or (None, None) for a page no site serves."""
    parts = page.get_url_parts()
    if parts is None:
        return None, None
    _site_id, root_url, path = parts
    return path, f"{root_url}{path}" if root_url else None


def page_data(*, page):
    """The `data` of a page event."""
    path, url = page_location(page)
    return {
        "id": page.pk,
        "type": page.specific_class._meta.label if page.specific_class else None,
        "locale": locale_code(page),
        "path": path,
        "url": url,
        "translation_key": str(page.translation_key),
    }


def record(*, type, data, dedupe_key=None):
    """Record an event for the active endpoints subscribed to `type` and send it once the
    current transaction commits; the Event, or None when nobody listens (or an event with
    `dedupe_key` exists already)."""
    endpoints = [e for e in Endpoint.objects.filter(active=True) if e.subscribes_to(type)]
    if not endpoints:
        return None
    if dedupe_key and Event.objects.filter(dedupe_key=dedupe_key).exists():
        return None
    now = timezone.now()
    body = {"type": type, "timestamp": now.isoformat(), "data": data}
    try:
        with transaction.atomic():  # a savepoint: a concurrent twin of a deduplicated event
            event = Event.objects.create(
                type=type, body=json.dumps(body, ensure_ascii=False), dedupe_key=dedupe_key
            )
    except IntegrityError:
        return None
    deliveries = [
        Delivery.objects.create(
            event=event, endpoint=endpoint, status=DeliveryStatus.PENDING, next_attempt_at=now
        )
        for endpoint in endpoints
    ]
    dispatch(deliveries=deliveries)
    return event


def expiry_key(page):
    return f"expired:{page.pk}:{page.expire_at.isoformat()}"


def page_published(*, page):
    return record(type=EventType.PAGE_PUBLISHED, data=page_data(page=page))


def page_unpublished(*, page):
    """An unpublish by an editor, or by `publish_scheduled` at the page's `expire_at` (then
    `reason` is "expired", and nothing is sent when `announce_expired` sent it already).
    Unpublishes that are not saved (Wagtail's, just before a live page is deleted) send
    nothing: the deletion is the event."""
    if Page.objects.filter(pk=page.pk, live=True).exists():
        return None
    expired = bool(page.expired and page.expire_at)
    data = {**page_data(page=page), "reason": "expired" if expired else "unpublished"}
    key = expiry_key(page) if expired else None
    return record(type=EventType.PAGE_UNPUBLISHED, data=data, dedupe_key=key)


def announce_expired(*, now=None):
    """Send `page.unpublished` (reason "expired") for the live pages whose `expire_at` has
    passed: the public stopped seeing them then (core.visibility), before `publish_scheduled`
    unpublishes them. Each expiry is sent once. The number of events recorded."""
    now = now or timezone.now()
    sent = 0
    for page in Page.objects.filter(live=True, expire_at__lte=now).specific():
        data = {**page_data(page=page), "reason": "expired"}
        if record(type=EventType.PAGE_UNPUBLISHED, data=data, dedupe_key=expiry_key(page)):
            sent += 1
    return sent


def page_deleted(*, page):
    return record(type=EventType.PAGE_DELETED, data=page_data(page=page))


def page_moved(*, page, old_path, old_url):
    data = {**page_data(page=page), "old_path": old_path, "old_url": old_url}
    return record(type=EventType.PAGE_MOVED, data=data)


def page_privacy_changed(*, page):
    """A view restriction on `page` was added, changed or removed; `restricted` tells
    whether the page (through itself or a page above) is restricted now."""
    restricted = PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ).exists()
    data = {**page_data(page=page), "restricted": restricted}
    return record(type=EventType.PAGE_PRIVACY_CHANGED, data=data)


def snippet_changed(*, snippet, action):
    """A content snippet (core.registry) was saved or deleted (`action`)."""
    key = getattr(snippet, "translation_key", None)
    data = {
        "model": snippet._meta.label,
        "id": snippet.pk,
        "locale": locale_code(snippet),
        "translation_key": str(key) if key else None,
        "action": action,
    }
    return record(type=EventType.SNIPPET_CHANGED, data=data)
