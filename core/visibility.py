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

A queryset filtered by the rule stays one SQL query however often a request uses it: the
(rare) hidden sections and restricted pages are path prefixes known in advance, kept in
memory per version of the page tree (while the shared cache is unreachable, restrictions are
tested by a subquery instead).
"""

import contextlib
import contextvars
import logging
import threading
import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, F, Min, OuterRef, Q
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Revision,
)

from core.lean import lean

VERSION_KEY = "core:visibility-version"
logger = logging.getLogger(__name__)
_memo = {}
_remembered = {}  # key -> (version, value): see `remembered`
REMEMBERED_LIMIT = 256  # keys per version (sites are looked up by the request's host name)
_request = threading.local()  # this thread's request: whether one is running, its version


def hiding_sections(*, now):
    """Paths of the unpublished or expired pages with children: each hides everything below
    it. Almost always none, so they are kept in memory rather than tested in SQL (where the
    test made every list query several times slower): recomputed when a page is saved,
    published, unpublished, moved or deleted in any process (a version in the shared
    cache, see `bump_visibility_version`), and when a section's `expire_at` passes."""
    version = _shared_version()
    memo = _memo.get("sections")
    fresh = memo is not None and version is not None and memo[0] == version
    if fresh and (memo[2] is None or now < memo[2]):
        return memo[1]
    # One query: the sections that hide now, and when the next live one expires.
    rows = Page.objects.filter(numchild__gt=0, depth__gt=1).filter(
        Q(live=False) | Q(expire_at__isnull=False)
    )
    paths, expiries = [], []
    for path, live, expire_at in rows.values_list("path", "live", "expire_at"):
        if not live or expire_at <= now:
            paths.append(path)
        else:
            expiries.append(expire_at)
    next_expiry = min(expiries, default=None)
    _memo["sections"] = (version, paths, next_expiry)
    return paths


def _shared_version():
    """The visibility version in the shared cache, read once per request (a list query uses
    the rule several times); None when the cache is unreachable, and then nothing is kept in
    memory (each use asks the database)."""
    if getattr(_request, "version", None) is not None:
        return _request.version
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY)
    except Exception:  # noqa: BLE001 - an outage of the cache must not hide or break pages
        logger.warning("Cache unreachable: hidden sections are read from the database")
        return None
    if getattr(_request, "active", False):
        _request.version = version
    return version


def start_request(**kwargs):
    """A request began (request_started): read the shared version afresh, once."""
    _request.active, _request.version = True, None


def finish_request(**kwargs):
    """A request ended (request_finished): outside requests, read the version at each use."""
    _request.active, _request.version = False, None


def bump_visibility_version(**kwargs):
    """Recompute the hiding sections (and what `remembered` keeps) on next use, in every
    process: now, and again when the transaction commits (a request between the two could
    have read the old rows)."""
    _bump()
    transaction.on_commit(_bump)


def forget_hidden_sections():
    """Drop this process's copy of the hidden sections and of everything `remembered`
    (tests start from a clean state)."""
    _memo.pop("sections", None)
    _remembered.clear()
    _request.version = None


def remembered(key, compute):
    """`compute()`, kept in this process until the page tree, a locale or a site changes in
    any process (the version `bump_visibility_version` replaces): for tables read on every
    request that almost never change (locales, sites). Computed afresh each time while the
    shared cache is unreachable. At most REMEMBERED_LIMIT keys are kept per version."""
    version = _shared_version()
    if version is None:
        return compute()
    found = _remembered.get(key)
    if found is not None and found[0] == version:
        return found[1]
    value = compute()
    if key not in _remembered and len(_remembered) >= REMEMBERED_LIMIT:
        stale = [k for k, (v, _) in _remembered.items() if v != version]
        for k in stale:
            del _remembered[k]
        if len(_remembered) >= REMEMBERED_LIMIT:
            return value
    _remembered[key] = (version, value)
    return value


def _bump():
    forget_hidden_sections()
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # noqa: BLE001 - the local copy is dropped already
        logger.warning("Cache unreachable: other processes keep their hidden sections")


# The moment written into the SQL of `hidden_q` when no `now` is given: a placeholder while
# core/compiled.py compiles a query it runs again later with the current time.
_sql_now = contextvars.ContextVar("visibility_sql_now", default=None)


@contextlib.contextmanager
def sql_now(placeholder):
    """Within the block, `hidden_q` without `now` writes `placeholder` into its SQL for the
    current time (the hidden sections are still those of the current time)."""
    token = _sql_now.set(placeholder)
    try:
        yield
    finally:
        _sql_now.reset(token)


def tree_version():
    """What the rule's SQL depends on besides the time: the shared version (None while the
    cache is unreachable) and the paths of the sections hiding now."""
    version = _shared_version()
    return version and (version, tuple(hiding_sections(now=timezone.now())))


def hidden_q(*, now=None, restrictions=True):
    """A Q matching the pages of a Page queryset that the public may not see. Without
    `restrictions`, pages under a view restriction count as visible (Wagtail's own check
    then asks for the password or login when such a page is served)."""
    given, now = now, now or timezone.now()
    moment = given or _sql_now.get() or now  # the SQL's moment: a placeholder when compiling
    hidden = Q(live=False) | Q(expire_at__lte=moment)
    for path in hiding_sections(now=now):
        hidden |= Q(path__startswith=path)
    if restrictions:
        paths = restricted_sections()
        if paths is None:  # the cache is unreachable: test the (few) restrictions in SQL
            restricted = PageViewRestriction.objects.annotate(
                _prefix=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
            ).filter(page__path=F("_prefix"))
            hidden |= Exists(restricted)
        for path in paths or ():
            hidden |= Q(path__startswith=path)
    return hidden


def _restricted_paths():
    paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
    # A restriction below another restricted page adds nothing.
    return tuple(p for i, p in enumerate(paths) if not any(p.startswith(q) for q in paths[:i]))


def restricted_sections():
    """Paths of the pages carrying a view restriction (password, login, groups): each
    hides itself and everything below it. One query, then kept in memory until the page
    tree or a restriction changes in any process; None while the shared cache is
    unreachable."""
    if _shared_version() is None:
        return None
    return remembered("restricted-sections", _restricted_paths)


def _alias_sections():
    return tuple(
        Page.objects.filter(alias_of__isnull=False, numchild__gt=0).values_list("path", flat=True)
    )


_wagtail_get_view_restrictions = Page.get_view_restrictions


def _view_restrictions(self):
    """Wagtail's `Page.get_view_restrictions()` (2 queries: the ancestors' aliases, then the
    restrictions), answered from memory with no restriction when neither the page nor a page
    above it carries one and none of them is an alias (an alias follows its source page's
    restrictions: Wagtail's own query then)."""
    paths = restricted_sections()
    if paths is None or self.pk is None or self.alias_of_id is not None:
        return _wagtail_get_view_restrictions(self)
    above = (*paths, *remembered("alias-sections", _alias_sections))
    if any(self.path.startswith(path) for path in above):
        return _wagtail_get_view_restrictions(self)
    return PageViewRestriction.objects.none()


def remember_view_restrictions():
    """Make Wagtail's `Page.get_view_restrictions` (its check before serving each page) use
    the remembered restricted sections (core/apps.py, at start-up)."""
    Page.get_view_restrictions = _view_restrictions


def visible(model=Page, *, now=None, restrictions=True):
    """The pages of `model` the public may see, as a lazy queryset (of instances built
    without `Model.__init__`: core/lean.py)."""
    return lean(model.objects.exclude(hidden_q(now=now, restrictions=restrictions)))


def shows(page, *, now=None):
    """Whether the public may see `page`, a page just read from the database, leaving view
    restrictions aside: `visible(restrictions=False)`'s rule tested in memory (its fields
    and the hidden sections), without a query."""
    now = now or timezone.now()
    if not page.live or (page.expire_at is not None and page.expire_at <= now):
        return False
    return not any(page.path.startswith(path) for path in hiding_sections(now=now))


def visible_ids(*, ids, now=None):
    """The subset of page `ids` the public may see (one query)."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return set()
    return set(visible(Page, now=now).filter(pk__in=ids).values_list("pk", flat=True))


def private_collections():
    """A queryset of the collections under a view restriction, or below one."""
    restricted = CollectionViewRestriction.objects.annotate(
        _prefix=Substr(OuterRef("path"), 1, F("collection__depth") * Collection.steplen)
    ).filter(collection__path=F("_prefix"))
    return Collection.objects.filter(Exists(restricted))


def public_files(model):
    """Documents or images (`model`) outside private collections, as a lazy queryset."""
    return model.objects.exclude(collection__in=private_collections())


def _private_collection_ids():
    return frozenset(private_collections().values_list("pk", flat=True))


def is_public_file(obj):
    """Whether a document or image may be shown to the public. The private collections are
    one query, then kept in this process until a collection or a restriction changes
    (`remembered`; core/apps.py watches them)."""
    if obj is None:
        return False
    if "_is_public_file" in obj.__dict__:  # loaded through public_files() (picture_tags)
        return obj.__dict__["_is_public_file"]
    return obj.collection_id not in remembered("private-collections", _private_collection_ids)


def next_visibility_change(*, now=None):
    """The first moment after `now` at which a page appears or disappears on its own (an
    `expire_at` of a live page, or a scheduled publish), or None. Caches live no longer."""
    now = now or timezone.now()
    expiring = Page.objects.filter(live=True, expire_at__gt=now).aggregate(t=Min("expire_at"))["t"]
    scheduled = Revision.page_revisions.filter(approved_go_live_at__gt=now).aggregate(
        t=Min("approved_go_live_at")
    )["t"]
    moments = [t for t in (expiring, scheduled) if t is not None]
    return min(moments) if moments else None
