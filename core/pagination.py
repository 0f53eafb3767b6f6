"""One pagination rule for the API's connections and search: `first` items after an opaque
offset cursor, at most MAX_PAGE_SIZE."""

import base64
import json
from dataclasses import dataclass

from graphql_relay import cursor_to_offset, offset_to_cursor

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20


class PaginationError(ValueError):
    """`first` out of range."""


class InvalidCursor(PaginationError):
    """A cursor this list did not give."""


@dataclass(frozen=True)
class Window:
    first: int
    offset: int

    def cursor(self, index):
        """The cursor of the item at `index` within this window."""
        return offset_to_cursor(self.offset + index)


def window(*, first=None, after=None):
    """The Window for `first` and `after`; a PaginationError names what is wrong."""
    first = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= first <= MAX_PAGE_SIZE:
        raise PaginationError(f"`first` must be between 0 and {MAX_PAGE_SIZE}, got {first}.")
    if after is None:
        return Window(first=first, offset=0)
    position = cursor_to_offset(after)
    if position is None or position < 0:
        raise InvalidCursor(f"Invalid cursor '{after}'.")
    return Window(first=first, offset=position + 1)


def take(items, *, page):
    """(the window's items, whether more follow) from a sliceable `items`, one slice."""
    found = list(items[page.offset : page.offset + page.first + 1])
    return found[: page.first], len(found) > page.first


def keyset_cursor(values):
    """An opaque cursor holding JSON-able `values` (a position in a list whose items can
    come and go between requests, such as the changes feed)."""
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def read_keyset_cursor(cursor):
    """The values of a `keyset_cursor`; a PaginationError when it is not one."""
    try:
        return json.loads(base64.urlsafe_b64decode(cursor.encode()).decode())
    except (ValueError, UnicodeError):
        raise InvalidCursor(f"Invalid cursor '{cursor}'.") from None
