"""One rule for sorting lists by a client's choice: every key NULLS LAST in both directions
(SQLite sorts nulls first and PostgreSQL last by default, so both are told), ties broken by
the primary key so that pages of a list never overlap."""

from django.db.models import F

ASC = "asc"
DESC = "desc"


class UnknownOrder(ValueError):
    pass


def order_by(queryset, *, keys, key, direction, tail=()):
    """`queryset` ordered by `keys[key]` (a tuple of field names) in `direction` ("asc" or
    "desc"), then by `tail` expressions and the primary key."""
    if key not in keys:
        raise UnknownOrder(f"Unknown order '{key}'. Available: {', '.join(keys)}.")
    if direction not in (ASC, DESC):
        raise UnknownOrder(f"Unknown direction '{direction}'. Available: asc, desc.")
    fields = [
        F(name).desc(nulls_last=True) if direction == DESC else F(name).asc(nulls_last=True)
        for name in keys[key]
    ]
    return queryset.order_by(*fields, *tail, "pk")


def sort_items(items, *, keys, key, direction):
    """A list of objects sorted like `order_by` (for lists already in memory): by the
    attributes `keys[key]`, None last in both directions, then by pk."""
    if key not in keys:
        raise UnknownOrder(f"Unknown order '{key}'. Available: {', '.join(keys)}.")
    descending = direction == DESC
    # Stable sorts from the last key to the first; pk ascending breaks ties.
    result = sorted(items, key=lambda item: item.pk)
    for name in reversed(keys[key]):
        present = [i for i in result if getattr(i, name) is not None]
        missing = [i for i in result if getattr(i, name) is None]
        present.sort(key=lambda item: getattr(item, name), reverse=descending)
        result = present + missing
    return result
