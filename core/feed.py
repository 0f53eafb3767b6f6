"""What an offline app needs besides the pages themselves: why a page it stored is gone, and
which pages will appear or disappear on their own later (a scheduled publish, an expiry),
so it can hide them on time without a connection. Read by the API's `changes` feed."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Revision

from core.visibility import hiding_sections

# Why a page left the public: values of DeletedObject.reason.
DELETED = "DELETED"
UNPUBLISHED = "UNPUBLISHED"
EXPIRED = "EXPIRED"
RESTRICTED = "RESTRICTED"
SECTION_HIDDEN = "SECTION_HIDDEN"


def gone_reasons(*, ids, now=None):
    """{page id: reason} for pages the public may no longer see (two queries): DELETED when
    the page no longer exists, else UNPUBLISHED, EXPIRED or RESTRICTED for the page itself,
    else SECTION_HIDDEN (a page above it is unpublished, expired or restricted)."""
    now = now or timezone.now()
    ids = set(ids)
    restricted = set(
        PageViewRestriction.objects.filter(page_id__in=ids).values_list("page_id", flat=True)
    )
    reasons = {}
    rows = Page.objects.filter(pk__in=ids).values_list("pk", "live", "expire_at")
    for pk, live, expire_at in rows:
        if not live:
            reasons[pk] = UNPUBLISHED
        elif expire_at is not None and expire_at <= now:
            reasons[pk] = EXPIRED
        elif pk in restricted:
            reasons[pk] = RESTRICTED
        else:
            reasons[pk] = SECTION_HIDDEN
    return {pk: reasons.get(pk, DELETED) for pk in ids}


@dataclass(frozen=True)
class ScheduledChange:
    """`page` (a page id of `model`) will be published (PUBLISH) or expire (EXPIRE) at `at`."""

    model: type
    page: int
    action: str
    at: object


def scheduled_changes(*, models, now=None):
    """The ScheduledChanges of pages of `models` after `now`, soonest first (two queries per
    model): approved scheduled publishes, and expiries of pages visible now. Pages in a
    hidden section stay hidden whatever their own schedule, and are left out."""
    now = now or timezone.now()
    hidden = hiding_sections(now=now)
    changes = []
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        expiring = model.objects.filter(live=True, expire_at__gt=now).values_list(
            "pk", "path", "expire_at"
        )
        changes += [
            ScheduledChange(model=model, page=pk, action="EXPIRE", at=at)
            for pk, path, at in expiring
            if not any(path.startswith(h) for h in hidden)
        ]
        publishing = Revision.page_revisions.filter(
            approved_go_live_at__gt=now,
            content_type=content_type,
        ).values_list("object_id", "approved_go_live_at")
        changes += [
            ScheduledChange(model=model, page=int(pk), action="PUBLISH", at=at)
            for pk, at in publishing
        ]
    return sorted(changes, key=lambda c: (c.at, c.page))
