"""Batch resolution: objects listed together load their relations together, one query per
relation whatever the length of the list.

A root resolver wraps what it returns in a `Batch`, which also carries the requested locale;
a nested resolver calls `batch_of(obj).load(loader)`, which runs `loader(batch)` once per
batch (per loader and arguments) and caches the result, usually a dict keyed by id or
translation key. Objects a loader returns go into a child batch with the same locale, so
relations of relations stay batched too."""

from core.tree import localized_ancestors, localized_children


class Batch:
    def __init__(self, objects, *, locale):
        self.objects = list(objects)
        self.locale = locale
        self._cache = {}
        for obj in self.objects:
            obj._api_batch = self

    def load(self, loader, *args):
        """`loader(self, *args)`, run once per batch for the same loader and arguments."""
        key = (loader, args)
        if key not in self._cache:
            self._cache[key] = loader(self, *args)
        return self._cache[key]

    def child(self, objects):
        """A batch of related objects, in the same locale."""
        return Batch(objects, locale=self.locale)


def batch_of(obj):
    """The batch `obj` was listed in (every object the API returns is in one)."""
    return obj._api_batch


def batched(objects, *, locale):
    """`objects` as a list, put in one batch."""
    return Batch(objects, locale=locale).objects


def children_loader(model, *, filters=None, order_by=()):
    """A loader: {parent translation key: [visible `model` children in the batch's locale]}."""

    def load(batch):
        found = localized_children(
            parents=batch.objects,
            model=model,
            locale=batch.locale,
            filters=filters,
            order_by=order_by,
        )
        batch.child([c for items in found.values() for c in items])
        return found

    return load


def ancestors_loader(model, *, levels=1):
    """A loader: {ancestor path: the visible `model` ancestor `levels` up, in the locale}."""

    def load(batch):
        found = localized_ancestors(
            pages=batch.objects, model=model, locale=batch.locale, levels=levels
        )
        batch.child([a for a in found.values() if a is not None])
        return found

    return load
