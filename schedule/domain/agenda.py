"""A visitor's personal agenda: the sessions they starred, named by GUID in the link that
shares it (`?s=<guid>,<guid>`), in order of time, with the sessions that overlap marked.
No account and nothing stored on the server: the link is the agenda."""

import uuid
from dataclasses import dataclass, field

# More than any edition has sessions; keeps a hostile link cheap.
MAX_SESSIONS = 300


def parse_selection(value):
    """The session GUIDs (strings) named in `value`, comma-separated, in order, without
    duplicates or malformed entries, at most MAX_SESSIONS."""
    found = []
    for part in (value or "").split(",")[: MAX_SESSIONS * 2]:
        try:
            guid = str(uuid.UUID(part.strip()))
        except ValueError:
            continue
        if guid not in found:
            found.append(guid)
    return found[:MAX_SESSIONS]


@dataclass
class AgendaItem:
    event: object  # an ExportEvent
    clashes: list = field(default_factory=list)  # the other chosen ExportEvents it overlaps


@dataclass
class Agenda:
    schedule: object  # the EditionSchedule it was chosen from
    items: list
    missing: int  # GUIDs in the link no longer in the programme

    @property
    def events(self):
        return [item.event for item in self.items]

    @property
    def guids(self):
        return [str(item.event.guid) for item in self.items]

    @property
    def clash_count(self):
        return sum(1 for item in self.items if item.clashes)


def build_agenda(*, schedule, guids):
    """The Agenda of the sessions of `schedule` (an EditionSchedule) named by `guids`."""
    wanted = set(guids)
    events = [e for e in schedule.events if str(e.guid) in wanted]
    items = [
        AgendaItem(
            event=event,
            clashes=[
                other
                for other in events
                if other is not event
                and other.starts_at < event.ends_at
                and event.starts_at < other.ends_at
            ],
        )
        for event in events
    ]
    return Agenda(schedule=schedule, items=items, missing=len(wanted) - len(events))
