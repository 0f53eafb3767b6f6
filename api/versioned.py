"""Values computed once per content version: the parts every visitor page repeats (the
site's menu, home page, footer, language switcher, the organiser's data) are built once,
kept in the shared cache and in each process's memory under the content version of
api/cache.py, and rebuilt after any publish, unpublish, move, delete, view restriction,
image or registered snippet change (the rule that purges the API's and the pages' caches).

`seconds` (0: off, as in the tests, where fixtures change content without publishing)
bounds how long an unchanged version's value is kept in the shared cache."""

import hashlib

from django.core.cache import cache

from api.cache import content_version, lifetime

PREFIX = "versioned:"
LOCAL_ENTRIES = 256
_local = {}  # name -> (version, value): this process's copies


def versioned(*, name, build, seconds, request=None):
    """`build()`'s value for `name` under the current content version, built at most once
    per version across processes; built afresh when off or the cache is unreachable.
    `name` must hold everything the value depends on besides content (site, host,
    language). The version is read once per `request`."""
    if not seconds:
        return build()
    version = _version(request)
    if version is None:
        return build()
    local = _local.get(name)
    if local is not None and local[0] == version:
        return local[1]
    key = PREFIX + hashlib.sha256(f"{version}\n{name}".encode()).hexdigest()
    found = cache.get(key)
    if found is None:
        found = (build(),)  # a tuple: a value of None is cached too
        cache.set(key, found, timeout=lifetime(seconds))
    if len(_local) >= LOCAL_ENTRIES:
        _local.clear()
    _local[name] = (version, found[0])
    return found[0]


def _version(request):
    if request is None:
        return content_version()
    version = getattr(request, "_content_version", None)
    if version is None:
        version = request._content_version = content_version()
    return version


def forget():
    """Drop this process's copies (tests)."""
    _local.clear()
