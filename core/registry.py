"""What each app declares about its content, filled in `AppConfig.ready()`: every page type
(the API's route listing filters by them), those that search facets and the changes feed
name, the snippets the changes feed sends, and the snippet models whose changes alter what
visitors see. The search app and the API read it; adding an app adds entries here without
touching either."""

from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class ContentType:
    """A page type: `name` in search facets, `search` whether it is a search facet, `feed`
    the field of the changes feed that lists it (None: not in the feed)."""

    name: str
    model: type
    label: str | Promise
    order: int
    feed: str | None = None
    search: bool = True


_content_types = {}
_snippets = set()


def register_content_type(*, name, model, label, order, feed=None, search=True):
    _content_types[name] = ContentType(
        name=name, model=model, label=label, order=order, feed=feed, search=search
    )


def content_types():
    """Every registered page type, in their `order`."""
    return sorted(_content_types.values(), key=lambda t: t.order)


def searchable_content_types():
    """The registered page types that are search facets, in their `order`."""
    return [t for t in content_types() if t.search]


@dataclass(frozen=True)
class FeedSnippet:
    """A translatable snippet the changes feed sends in field `feed` (themes, rooms): it
    needs an `updated_at` that moves on every save."""

    feed: str
    model: type
    order: int


_feed_snippets = {}


def register_feed_snippet(*, feed, model, order):
    _feed_snippets[feed] = FeedSnippet(feed=feed, model=model, order=order)


def feed_snippets():
    """The registered FeedSnippets, in their `order`."""
    return sorted(_feed_snippets.values(), key=lambda t: t.order)


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
