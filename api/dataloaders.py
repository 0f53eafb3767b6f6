"""Batch resolution without DataLoaders: objects listed together load their relations
together, one query per relation whatever the length of the list.

A root resolver wraps what it returns in a `Batch`, which also carries the requested
locale; a nested resolver calls `batch_of(obj).load(key, loader)`, which runs
`loader(batch)` once per batch and caches the result (usually a dict keyed by id). A loader
wraps the objects it returns in a new `Batch` with the same locale, so relations of
relations stay batched too."""


class Batch:
    def __init__(self, objects, *, locale):
        self.objects = list(objects)
        self.locale = locale
        self._cache = {}
        for obj in self.objects:
            obj._api_batch = self

    def load(self, key, loader):
        if key not in self._cache:
            self._cache[key] = loader(self)
        return self._cache[key]

    def child(self, objects):
        """A batch of related objects, in the same locale."""
        return Batch(objects, locale=self.locale)


def batch_of(obj):
    """The batch `obj` was listed in (every object the API returns is in one)."""
    return obj._api_batch


def group_by(items, key):
    """{key(item): [items]} keeping order."""
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def visible(model):
    """Live pages outside private sections: the only pages the API ever shows.

    Like `.live().public()`, also hiding expired pages; the privacy test is a subquery
    rather than a query for the restrictions each time, so it costs nothing however often
    a request uses it."""
    from django.db.models import Exists, F, OuterRef, Q
    from django.db.models.functions import Substr
    from django.utils import timezone
    from wagtail.models import Page, PageViewRestriction

    restricted_ancestor = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    ).filter(page__path=F("prefix"))
    # Past their expiry time but not yet unpublished by `publish_scheduled`: hidden too.
    expired = Q(expire_at__lte=timezone.now())
    return model.objects.live().exclude(expired).exclude(Exists(restricted_ancestor))


def children_q(paths):
    """Pages directly below any of the pages at `paths`."""
    from django.db.models import Q
    from wagtail.models import Page

    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    return q


def ancestor_path(page, levels=1):
    return page.path[: -page.steplen * levels]


def tree_position(page):
    """Sort key of a page among its siblings, comparable across translated trees."""
    return (page.path[-page.steplen :], page.pk)


def localized_children(batch, *, model, filters=None, order_by=()):
    """{parent translation key: [children]}: the visible `model` pages directly below any
    translation of each page of the batch, one per translation key, in the batch's locale,
    in `order_by` order or else in the editors' tree order. Three queries for any number of
    parents."""
    from api.locales import localize

    keys = {p.translation_key for p in batch.objects}
    parents = dict(
        visible(type(batch.objects[0]))
        .filter(translation_key__in=keys)
        .values_list("path", "translation_key")
    )
    children = visible(model).filter(children_q(parents))
    if filters is not None:
        children = children.filter(filters)
    children = list(localize(children, locale=batch.locale).order_by(*order_by))
    if not order_by:
        children.sort(key=tree_position)
    batch.child(children)
    return group_by(children, lambda c: parents.get(ancestor_path(c)))


def localized_ancestors(batch, *, model, levels=1):
    """{ancestor path: the visible ancestor `levels` up, in the batch's locale} for a list of
    pages (e.g. the nomination of entries). Three queries for any number of pages."""
    from api.locales import localize

    paths = {ancestor_path(p, levels) for p in batch.objects}
    rows = dict(model.objects.filter(path__in=paths).values_list("path", "translation_key"))
    found = localize(visible(model).filter(translation_key__in=rows.values()), locale=batch.locale)
    by_key = {a.translation_key: a for a in found}
    batch.child(by_key.values())
    return {path: by_key.get(key) for path, key in rows.items()}
