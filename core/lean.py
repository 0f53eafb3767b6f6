"""Model instances built without `Model.__init__`, for the lists every path reads.

Django builds each row through `Model.from_db` -> `Model.__init__`: the pre_init and
post_init signals, a `setattr` through a descriptor per field, and for Wagtail pages
modelcluster's scan of the child relations. For a programme of 300 sessions with 900
speakers that was about a quarter of an API request. `LeanModelIterable` fills the
instance's `__dict__` from the row directly, which is what `__init__` ends up doing for a
row from the database, when that is equivalent: only for models with no init signal
receivers, and fields with a descriptor of their own (a StreamField converts its JSON) still
go through `setattr`. Anything else gets Django's own `from_db`.

`visible()` returns lean querysets, so the site, the API, search and the feeds share it;
instances are ordinary model instances (saving, `.specific`, lazy relations all work)."""

from django.db.models import signals
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query import ModelIterable, get_related_populators
from django.db.models.query_utils import DeferredAttribute

_PLAIN = (DeferredAttribute, ForeignKeyDeferredAttribute)
_plans = {}  # (model, attnames) -> (direct attnames, attnames set through descriptors) | None


def _descriptor(model, attname):
    for klass in model.__mro__:
        if attname in klass.__dict__:
            return klass.__dict__[attname]
    return None


def _plan(model, attnames):
    key = (model, attnames)
    if key not in _plans:
        if signals.pre_init.has_listeners(model) or signals.post_init.has_listeners(model):
            _plans[key] = None
        else:
            slow = {a for a in attnames if type(_descriptor(model, a)) not in _PLAIN}
            _plans[key] = (tuple(a for a in attnames if a not in slow), slow)
    return _plans[key]


def from_db(model, db, attnames, values):
    """An instance of `model` loaded from the database with `values` for `attnames` (a
    tuple), as `model.from_db` would return it."""
    plan = _plan(model, attnames)
    if plan is None:
        return model.from_db(db, list(attnames), values)
    direct, slow = plan
    obj = model.__new__(model)
    state = ModelState()
    state.adding = False
    state.db = db
    obj._state = state
    if slow:
        for attname, value in zip(attnames, values, strict=True):
            if attname in slow:
                setattr(obj, attname, value)
            else:
                obj.__dict__[attname] = value
    else:
        obj.__dict__.update(zip(direct, values, strict=True))
    return obj


class _LeanModel:
    """Stands in for a model class in Django's RelatedPopulator (select_related)."""

    def __init__(self, model):
        self.model = model
        self.attnames = None

    def from_db(self, db, init_list, values):
        if self.attnames is None:
            self.attnames = tuple(init_list)
        return from_db(self.model, db, self.attnames, values)


def _lean_populators(populators):
    for populator in populators:
        populator.model_cls = _LeanModel(populator.model_cls)
        _lean_populators(populator.related_populators)
    return populators


def instances(compiler, rows):
    """Model instances (with select_related objects and annotations) from the rows of a
    compiled model query, as Django's ModelIterable builds them, through `from_db` above."""
    db = compiler.using
    select, klass_info = compiler.select, compiler.klass_info
    model_cls = klass_info["model"]
    select_fields = klass_info["select_fields"]
    start, end = select_fields[0], select_fields[-1] + 1
    attnames = tuple(f[0].target.attname for f in select[start:end])
    populators = _lean_populators(get_related_populators(klass_info, select, db))
    annotation_col_map = compiler.annotation_col_map
    annotations = tuple(annotation_col_map.items()) if annotation_col_map else ()
    for row in rows:
        obj = from_db(model_cls, db, attnames, row[start:end])
        for populator in populators:
            populator.populate(row, obj)
        for name, position in annotations:
            setattr(obj, name, row[position])
        yield obj


class LeanModelIterable(ModelIterable):
    """Django's ModelIterable (Django 5.2), building instances with `from_db` above."""

    def __iter__(self):
        queryset = self.queryset
        if queryset._known_related_objects:
            # Rare (reverse managers): Django's own iterable handles them.
            yield from ModelIterable(queryset, self.chunked_fetch, self.chunk_size)
            return
        compiler = queryset.query.get_compiler(using=queryset.db)
        results = compiler.execute_sql(chunked_fetch=self.chunked_fetch, chunk_size=self.chunk_size)
        yield from instances(compiler, compiler.results_iter(results))


def lean(queryset):
    """`queryset` building its instances through LeanModelIterable (model instances only:
    `.values()` and the like keep their own iterables)."""
    if queryset._iterable_class is ModelIterable:
        queryset._iterable_class = LeanModelIterable
    return queryset
