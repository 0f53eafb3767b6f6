"""A process's memory of the bodies it served last: the GraphQL hits of api/fasthits.py and
the visitor pages of api/pagecache.py. Each entry is a tuple holding the content version it
was built under and its body bytes; the least recently served entry is dropped first once the
bodies pass the given limit, and keeping an entry of another version drops all the others
(none could be served again: both callers serve a copy only under the current version)."""

import threading
from collections import OrderedDict
from operator import itemgetter


class RecentBodies:
    """{key: entry}, bounded by the bytes of the entries' bodies (`body(entry)`); the
    entry's content version is `version(entry)`."""

    def __init__(self, *, version, body):
        self._version_of, self._body_of = version, body
        self._entries = OrderedDict()
        self._bytes = 0
        self._version = None
        self._lock = threading.Lock()

    def get(self, key):
        """The entry of `key`, now the most recently served, or None."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry, *, limit):
        """Keep `entry` unless its body alone passes `limit`."""
        size = len(self._body_of(entry))
        if size > limit:
            return
        with self._lock:
            version = self._version_of(entry)
            if version != self._version:
                self._clear(version)
            self._drop(key)
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > limit:
                self._drop(next(iter(self._entries)))

    def drop(self, key):
        with self._lock:
            self._drop(key)

    def clear(self):
        with self._lock:
            self._clear(None)

    def __contains__(self, key):
        return key in self._entries

    def __iter__(self):
        return iter(list(self._entries))

    def __len__(self):
        return len(self._entries)

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(self._body_of(entry))

    def _clear(self, version):
        self._entries.clear()
        self._bytes = 0
        self._version = version


def by_position(*, version, body):
    """A RecentBodies of tuples with the version and the body at these positions."""
    return RecentBodies(version=itemgetter(version), body=itemgetter(body))
