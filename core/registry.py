"""What each app declares about its content, filled in `AppConfig.ready()`: the page types
that search facets and the changes feed name, and the snippet models whose changes alter
what visitors see. The search app and the API read it; adding an app adds entries here
without touching either."""

from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class ContentType:
    """A kind of page visitors look for: `name` in search facets and the API, `feed` the
    field of the changes feed that lists it (None: not in the feed)."""

    name: str
    model: type
    label: str | Promise
    order: int
    feed: str | None = None


_content_types = {}
_snippets = set()


def register_content_type(*, name, model, label, order, feed=None):
    _content_types[name] = ContentType(name=name, model=model, label=label, order=order, feed=feed)


def content_types():
    """The registered ContentTypes, in their `order`."""
    return sorted(_content_types.values(), key=lambda t: t.order)


def register_content_snippet(model):
    """A snippet (or image) model whose saves and deletes change published content."""
    _snippets.add(model)


def is_content_snippet(model):
    return model in _snippets


@dataclass(frozen=True)
class YearScope:
    """A search filter by year (`forum_year`, `prize_year`): `pages(year)` is a Q for the
    pages it keeps, `years(pks)` the years that have an edition among the page ids `pks`."""

    name: str
    pages: object
    years: object


_year_scopes = {}


def register_year_scope(*, name, pages, years):
    _year_scopes[name] = YearScope(name=name, pages=pages, years=years)


def year_scope(name):
    """The registered YearScope called `name`, or None."""
    return _year_scopes.get(name)
