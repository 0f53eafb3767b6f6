"""One rule for "visible to the public", used by the site, search, the sitemap, the API, the
caches and the changes feed.

A page is visible when
- it is live and not past its `expire_at` (even before `publish_scheduled` unpublishes it);
- no page above it (below the root) is unpublished or past its `expire_at`: unpublishing a
  section hides everything in it, although Wagtail leaves the children marked live;
- neither it nor any page above it carries a view restriction (password, login, groups).

A document or image is public when neither its collection nor any collection above it carries
a view restriction. Anything reachable only through an invisible page or a private file is
invisible with it: callers list related pages through `visible()`.

Every test is a subquery, so a queryset filtered by it stays one SQL query however often a
request uses it; the inner sets (restrictions, hidden sections) are small.
"""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction


def _prefix_of_outer(*, depth, steplen):
    """The outer row's path cut to the length of a node at `depth` (an F expression)."""
    return Substr(OuterRef("path"), 1, F(depth) * steplen)


def hidden_q(*, now=None, restrictions=True):
    """A Q matching the pages of a Page queryset that the public may not see. Without
    `restrictions`, pages under a view restriction count as visible (Wagtail's own check
    then asks for the password or login when such a page is served)."""
    now = now or timezone.now()
    restricted = PageViewRestriction.objects.annotate(
        _prefix=_prefix_of_outer(depth="page__depth", steplen=Page.steplen)
    ).filter(page__path=F("_prefix"))
    # Only pages with children can hide others, which keeps the inner set small.
    hidden_sections = (
        Page.objects.filter(depth__gt=1, numchild__gt=0)
        .filter(Q(live=False) | Q(expire_at__lte=now))
        .annotate(_prefix=_prefix_of_outer(depth="depth", steplen=Page.steplen))
        .filter(path=F("_prefix"))
    )
    hidden = Q(live=False) | Q(expire_at__lte=now) | Exists(hidden_sections)
    return hidden | Exists(restricted) if restrictions else hidden


def visible(model=Page, *, now=None, restrictions=True):
    """The pages of `model` the public may see, as a lazy queryset."""
    return model.objects.exclude(hidden_q(now=now, restrictions=restrictions))


def visible_ids(*, ids, now=None):
    """The subset of page `ids` the public may see (one query)."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return set()
    return set(visible(Page, now=now).filter(pk__in=ids).values_list("pk", flat=True))


def is_visible(page, *, now=None):
    """Whether the public may see `page` (one query)."""
    return page is not None and bool(page.pk) and page.pk in visible_ids(ids={page.pk}, now=now)


def private_collections():
    """A queryset of the collections under a view restriction, or below one."""
    restricted = CollectionViewRestriction.objects.annotate(
        _prefix=_prefix_of_outer(depth="collection__depth", steplen=Collection.steplen)
    ).filter(collection__path=F("_prefix"))
    return Collection.objects.filter(Exists(restricted))


def public_files(model):
    """Documents or images (`model`) outside private collections, as a lazy queryset."""
    return model.objects.exclude(collection__in=private_collections())


def is_public_file(obj):
    """Whether a document or image may be shown to the public (one query)."""
    if obj is None:
        return False
    return not private_collections().filter(pk=obj.collection_id).exists()


def next_visibility_change(*, now=None):
    """The first moment after `now` at which a page appears or disappears on its own (an
    `expire_at` of a live page, or a scheduled publish), or None. Caches live no longer."""
    from django.db.models import Min
    from wagtail.models import Revision

    now = now or timezone.now()
    expiring = Page.objects.filter(live=True, expire_at__gt=now).aggregate(t=Min("expire_at"))["t"]
    scheduled = Revision.page_revisions.filter(approved_go_live_at__gt=now).aggregate(
        t=Min("approved_go_live_at")
    )["t"]
    moments = [t for t in (expiring, scheduled) if t is not None]
    return min(moments) if moments else None
