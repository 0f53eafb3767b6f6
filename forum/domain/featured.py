"""The forum edition a visitor should see first: the one under way, else the next one, else
the latest. The home page and the API's `home` both ask here."""

import datetime
from dataclasses import dataclass

from forum.domain.program import forum_editions

ONGOING, UPCOMING, PAST = "ongoing", "upcoming", "past"


@dataclass
class ForumHighlight:
    """A forum edition seen from `today`: its state and, before it starts, the days to go."""

    edition: object
    state: str
    days_to_go: int | None


def edition_state(*, edition, today):
    """ONGOING, UPCOMING or PAST for `edition` on the date `today`."""
    if edition.start_date <= today <= edition.end_date:
        return ONGOING
    return UPCOMING if today < edition.start_date else PAST


def highlight_of(*, edition, today):
    """The ForumHighlight of one edition."""
    state = edition_state(edition=edition, today=today)
    days = (edition.start_date - today).days if state == UPCOMING else None
    return ForumHighlight(edition=edition, state=state, days_to_go=days)


def featured_forum(*, locale, today: datetime.date, edition=None):
    """The ForumHighlight of `edition` when given (an editor's choice, shown in `locale`),
    else of the visible edition under way on `today`, else of the next one, else of the
    latest; None when there is no visible edition. One query."""
    editions = list(forum_editions(locale=locale))
    if edition is not None:
        chosen = [e for e in editions if e.translation_key == edition.translation_key]
        if chosen:
            return highlight_of(edition=chosen[0], today=today)
    if not editions:
        return None
    ongoing = [e for e in editions if edition_state(edition=e, today=today) == ONGOING]
    upcoming = sorted(
        (e for e in editions if e.start_date > today), key=lambda e: (e.start_date, e.pk)
    )
    best = (ongoing or upcoming or editions)[0]
    return highlight_of(edition=best, today=today)
