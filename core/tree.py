"""Shared query helpers over the page tree: children and ancestors of many pages at once,
in a reader's language, through the one visibility rule. A few queries for any number of
pages, so lists never cost a query per item."""

from django.db.models import Q
from wagtail.models import Page

from core.compiled import compiled_list
from core.locales import FEW, localize, translations_of_few
from core.visibility import visible


def group_by(items, key):
    """{key(item): [items]} keeping order."""
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def children_q(paths):
    """A Q for the pages directly below any of the pages at `paths`."""
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    return q


def descendants_q(paths):
    """A Q for the pages anywhere below any of the pages at `paths`."""
    q = Q(pk__in=[])
    for path in paths:
        q |= Q(path__startswith=path) & ~Q(path=path)
    return q


def ancestor_path(page, levels=1):
    return page.path[: -page.steplen * levels]


def tree_position(page):
    """Sort key of a page among its siblings, comparable across translated trees."""
    return (page.path[-page.steplen :], page.pk)


def localized_children(*, parents, model, locale, filters=None, order_by=()):
    """{parent translation key: [children]}: the visible `model` pages directly below any
    visible translation of each of `parents`, one per translation key, in `locale`, in
    `order_by` order or else in the editors' tree order. Two queries for any number of
    parents."""
    keys = {p.translation_key for p in parents}
    by_path = dict(
        visible(Page).filter(translation_key__in=keys).values_list("path", "translation_key")
    )
    children = visible(model).filter(children_q(by_path))
    if filters is not None:
        children = children.filter(filters)
    children = list(localize(children, locale=locale).order_by(*order_by))
    if not order_by:
        children.sort(key=tree_position)
    return group_by(children, lambda c: by_path.get(ancestor_path(c)))


def _paths_and_keys(model):
    def build(*, paths):
        return model.objects.filter(path__in=paths).values_list("path", "translation_key")

    return build


def _translations(model):
    def build(*, keys):
        return visible(model).filter(translation_key__in=keys)

    return build


def localized_ancestors(*, pages, model, locale, levels=1):
    """{ancestor path: the visible `model` ancestor `levels` up, in `locale`, or None} for a
    list of pages (e.g. the nomination of each entry). Two queries for any number of pages,
    kept compiled for a few ancestors (core/compiled.py)."""
    paths = sorted({ancestor_path(p, levels) for p in pages})
    build = _paths_and_keys(model)
    if len(paths) <= FEW:
        found = compiled_list(
            key=("ancestors", model._meta.label), build=build, values={"paths": paths}
        )
    else:
        found = build(paths=paths)
    rows = dict(found)
    ancestors = translations_of_few(
        key=("ancestor-translations", model._meta.label),
        build=_translations(model),
        keys=set(rows.values()),
        locale=locale,
    )
    by_key = {a.translation_key: a for a in ancestors}
    return {path: by_key.get(key) for path, key in rows.items()}
