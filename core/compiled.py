"""Queries compiled once and run again with other values: for the single-object lookups
(a session or a speaker by slug, their speakers and sessions) the ORM spent more time
building and compiling the visible, localized queryset than PostgreSQL spent running it.

`compiled_list(key=, build=, values=)` is `list(build(**values))`. The first call of a
shape (which values are None or booleans, how long the lists are) builds the queryset twice
with two sets of placeholder values and compiles both: the SQL must be the same, and the
parameters that differ must be exactly the placeholders (as given, or as the backend adapts
them: a UUID's hex, a datetime's text on SQLite). Those positions are filled from the values
on later calls, and the current time goes where `hidden_q` wrote the time (core/visibility.py,
`sql_now`). Anything else (a placeholder the ORM rewrote, an empty result set, prefetching)
is simply not kept, and the queryset runs as usual.

Compiled queries are kept per thread (a compiler belongs to its thread's connection) and
per version of the page tree, hidden sections and view restrictions included
(`tree_version`): a publish, unpublish, move or restriction anywhere compiles them anew.
While the shared cache is unreachable nothing is kept."""

import datetime
import functools
import threading
import uuid
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.query import ModelIterable, ValuesListIterable
from django.db.models.sql.constants import MULTI
from django.utils import timezone

from core.lean import LeanModelIterable, instances
from core.visibility import sql_now, tree_version

NOW = "now"
LIMIT = 128  # compiled shapes kept per thread
_local = threading.local()


class Unsupported(Exception):
    """The queryset cannot be kept compiled (it then runs as usual)."""


@dataclass
class Compiled:
    version: object
    compiler: object
    sql: str
    params: tuple
    slots: tuple  # (position, value name, list index or None, form)
    tuples: bool = False  # a values_list() query: rows as tuples, not instances

    def run(self, values, now):
        params = list(self.params)
        for position, name, index, form in self.slots:
            value = now if name == NOW else values[name]
            params[position] = form(value if index is None else value[index])
        compiler = self.compiler
        compiler.as_sql = lambda *args, **kwargs: (self.sql, params)
        results = compiler.execute_sql(MULTI)
        if self.tuples:
            return list(compiler.results_iter(results, tuple_expected=True))
        return list(instances(compiler, compiler.results_iter(results)))


def _kind(value):
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return ("list", len(value))
    if isinstance(value, str | int | uuid.UUID):
        return type(value).__name__
    raise Unsupported(f"no placeholder for {type(value).__name__}")


def _placeholder(value, *, round, counter):
    if isinstance(value, str):
        # Of another length in each round: a constant derived from a value's length (a
        # depth from a tree path) then differs too and is caught.
        return f"\x00{counter}\x00" if round == 0 else f"\x00{counter}:{'~' * 9}\x00"
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=(0xC0FFEE << 96) | (round << 32) | counter)
    # Within the smallest integer field's range: the ORM drops out-of-range lookups.
    return 10000 + round * 10000 + counter


def _placeholders(values, round):
    out, counter = {}, 0
    for name, value in sorted(values.items()):
        kind = _kind(value)
        if kind is None or isinstance(kind, bool):
            out[name] = value
        elif isinstance(kind, tuple):
            out[name] = []
            for item in value:
                out[name].append(_placeholder(item, round=round, counter=counter))
                counter += 1
        else:
            out[name] = _placeholder(value, round=round, counter=counter)
            counter += 1
    if counter > 9999:
        raise Unsupported("too many values")
    return out


def _moment(round):
    return datetime.datetime(2999, 12, 31, 23, 59, round, 424242, tzinfo=datetime.UTC)


def _forms(connection):
    """How the ORM may pass a value: as it is, as text, a UUID's hex, a datetime as the
    backend stores it, a `startswith` pattern."""
    adapt = connection.ops.adapt_datetimefield_value
    like = connection.ops.prep_for_like_query
    return (
        lambda v: v,
        str,
        lambda v: v.hex if isinstance(v, uuid.UUID) else None,
        lambda v: adapt(v) if isinstance(v, datetime.datetime) else None,
        lambda v: like(v) + "%" if isinstance(v, str) else None,
    )


def _compile(build, placeholders, round):
    with sql_now(_moment(round)):
        queryset = build(**placeholders)
    if isinstance(queryset, KeptQuery):
        queryset = queryset.queryset
    if queryset._iterable_class is ValuesListIterable:
        query = queryset.query
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
        if list(queryset._fields) != names:
            raise Unsupported("values_list() with reordered columns")
    elif queryset._iterable_class not in (ModelIterable, LeanModelIterable):
        raise Unsupported("not a list of model instances or tuples")
    if queryset._prefetch_related_lookups or queryset._known_related_objects:
        raise Unsupported("prefetching")
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        raise Unsupported("empty") from None
    return queryset, compiler, sql, tuple(params)


def _slots(one, two, first, second, connection):
    """(position, name, index, form) of each parameter that differs between the two
    compilations (`first` and `second`, built from the placeholders `one` and `two`): each
    must be one placeholder, in one form, in both."""
    sources = [(NOW, None, _moment(0), _moment(1))]
    for name, value in one.items():
        if isinstance(value, list):
            sources += [(name, i, v, two[name][i]) for i, v in enumerate(value)]
        elif value is not None and not isinstance(value, bool):
            sources.append((name, None, value, two[name]))
    forms = _forms(connection)
    slots = []
    for position, (a, b) in enumerate(zip(first, second, strict=True)):
        if type(a) is type(b) and a == b:
            continue
        found = [
            (position, name, index, form)
            for name, index, x, y in sources
            for form in forms
            if form(x) is not None and form(x) == a and form(y) == b
        ]
        if not found:
            raise Unsupported(f"parameter {position} differs and is no placeholder")
        slots.append(found[0])
    return tuple(slots)


def _compiled(build, values, version):
    one, two = _placeholders(values, 0), _placeholders(values, 1)
    queryset, compiler, sql, params = _compile(build, one, 0)
    _, _, sql_two, params_two = _compile(build, two, 1)
    if sql != sql_two or len(params) != len(params_two):
        raise Unsupported("the SQL depends on the values")
    connection = connections[queryset.db]
    slots = _slots(one, two, params, params_two, connection)
    tuples = queryset._iterable_class is ValuesListIterable
    return Compiled(version, compiler, sql, params, slots, tuples)


def compiled_list(*, key, build, values, shape=None):
    """`list(build(**values, **shape))`: `build` returns a queryset of model instances
    (built lean) or of `values_list()` tuples, the same SQL for any `values` of the same
    shape (the rule above). `shape` holds arguments that change the SQL itself (an order,
    a language): each of their values is compiled on its own.

    `build` must not choose what to query by looking at a value (`if slug.isdigit()`):
    two placeholders cannot show that. Constants computed from a value (its length, a
    year + 1) differ between the two rounds and are refused."""
    shape = shape or {}
    values = {k: list(v) if isinstance(v, set | frozenset) else v for k, v in values.items()}
    bound = functools.partial(build, **shape) if shape else build
    version = tree_version()
    try:
        kinds = tuple((name, _kind(value)) for name, value in sorted(values.items()))
        key = (key, kinds, tuple(sorted(shape.items())))
        hash(key)
    except (Unsupported, TypeError):
        version = None
    if not version:
        return list(bound(**values))
    kept = getattr(_local, "compiled", None)
    if kept is None:
        kept = _local.compiled = {}
    found = kept.get(key)
    if found is None or found.version != version:
        if len(kept) >= LIMIT:
            kept.clear()
        try:
            found = kept[key] = _compiled(bound, values, version)
        except Exception:  # noqa: BLE001 - Unsupported, or a placeholder a field refused
            found = kept[key] = Compiled(version, None, "", (), ())
    if found.compiler is None:
        return list(bound(**values))
    return found.run(values, timezone.now())


class KeptQuery:
    """A list behind a queryset, `build(**values, **shape)`, for pagination: its slices
    and its iteration run compiled (`compiled_list`, one compiled query per window);
    `count()` and anything else go to the queryset itself."""

    def __init__(self, *, key, build, values, shape=None):
        self.key, self.build, self.values, self.shape = key, build, values, shape or {}

    @functools.cached_property
    def queryset(self):
        return self.build(**self.values, **self.shape)

    def _window(self, start, stop):
        def build(**values):
            return self.build(**values)[start:stop]

        return compiled_list(
            key=(self.key, start, stop), build=build, values=self.values, shape=self.shape
        )

    def __getitem__(self, item):
        if isinstance(item, slice) and item.step is None and (item.start or 0) >= 0:
            if item.stop is None or item.stop >= 0:
                return self._window(item.start or 0, item.stop)
        return self.queryset[item]

    def __iter__(self):
        return iter(self._window(0, None))

    def __len__(self):
        return len(self._window(0, None))

    def count(self):
        return self.queryset.count()


def forget_compiled():
    """Drop this thread's compiled queries (tests switch databases and settings)."""
    _local.compiled = {}
