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
