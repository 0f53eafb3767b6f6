"""Programme releases: editors freeze an edition's programme under a name (v1, v2, ...); the
feeds serve the latest release unless the edition publishes live, and each release's own
feed URLs keep answering what was released. The changelog compares consecutive releases by
session GUID; the changelog page, its Atom feed and GraphQL all read `release_changes`."""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.locales import available_codes, content_locale, locale_ids
from forum.domain.program import edition_of_year
from schedule.domain.export import MOSCOW, schedule_of_edition
from schedule.domain.snapshot import schedule_data, schedule_from_data
from schedule.models import VERSION_PATTERN, ScheduleMode, ScheduleRelease


def edition_releases(*, edition):
    """The releases of `edition` (any of its translations), oldest first (a queryset)."""
    return ScheduleRelease.objects.filter(edition_key=edition.translation_key).order_by(
        "created_at", "pk"
    )


def latest_release(*, edition):
    """The newest release of `edition`, or None."""
    return edition_releases(edition=edition).last()


def publishes_live(*, edition):
    """Whether the feeds of `edition` follow every published change."""
    return ScheduleMode.objects.filter(
        edition_key=edition.translation_key, publish_live=True
    ).exists()


def set_publish_live(*, edition, live):
    """Make the feeds of `edition` follow every published change (`live`) or only releases."""
    ScheduleMode.objects.update_or_create(
        edition_key=edition.translation_key, defaults={"publish_live": live}
    )


def next_version(*, edition):
    """The name the next release is offered: v1, v2, ... after the releases so far."""
    taken = set(edition_releases(edition=edition).values_list("version", flat=True))
    number = len(taken) + 1
    while f"v{number}" in taken:
        number += 1
    return f"v{number}"


def create_release(*, edition, version, user, request=None):
    """Freeze the programme of `edition` as it is published now, in every language, as the
    release `version`. Raises ValidationError (a message for the editor) when the name is
    malformed or taken, or the edition is not published."""
    version = (version or "").strip()
    if not re.match(VERSION_PATTERN, version):
        raise ValidationError(_("Use letters, digits, dots, hyphens or underscores, e.g. v2."))
    snapshot = {}
    ids = locale_ids()
    for code in available_codes():
        locale = content_locale(code=code, ids=ids)
        localized = edition_of_year(year=edition.year, locale=locale)
        if localized is None or localized.translation_key != edition.translation_key:
            raise ValidationError(_("Publish the edition before releasing its programme."))
        schedule = schedule_of_edition(edition=localized, locale=locale, request=request)
        snapshot[locale.code] = schedule_data(schedule=schedule)
    try:
        with transaction.atomic():
            return ScheduleRelease.objects.create(
                edition=edition,
                edition_key=edition.translation_key,
                version=version,
                created_by=user,
                snapshot=snapshot,
            )
    except IntegrityError:
        raise ValidationError(
            _("This edition already has a release named %(version)s.") % {"version": version}
        ) from None


def _locale_data(*, release, locale):
    """The release's programme in `locale`, or in the first language it has (a language
    added after the release)."""
    return release.snapshot.get(locale.code) or next(iter(release.snapshot.values()))


def release_schedule(*, release, locale):
    """The frozen EditionSchedule of `release` in `locale`, its version the release's name."""
    return schedule_from_data(
        data=_locale_data(release=release, locale=locale), release=release.version
    )


def published_schedule(*, year, locale, request):
    """What the edition feeds of `year` serve in `locale`: the latest release, or the
    programme as published now when the edition publishes live or has no release; None
    when there is no visible edition of `year`."""
    edition = edition_of_year(year=year, locale=locale)
    if edition is None:
        return None
    if not publishes_live(edition=edition):
        release = latest_release(edition=edition)
        if release is not None:
            return release_schedule(release=release, locale=locale)
    return schedule_of_edition(edition=edition, locale=locale, request=request)


def find_release(*, year, version, locale):
    """The release `version` of the visible edition of `year`, or None."""
    edition = edition_of_year(year=year, locale=locale)
    if edition is None:
        return None
    return edition_releases(edition=edition).filter(version=version).first()


@dataclass(frozen=True)
class SessionChange:
    """A session in a release; `previous_*` is where and when it was before (moved only)."""

    guid: str
    title: str
    url: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    room: str
    previous_starts_at: datetime.datetime | None = None
    previous_ends_at: datetime.datetime | None = None
    previous_room: str | None = None


@dataclass
class ReleaseChanges:
    """What a release changed since the one before (`previous` None: the first release,
    whose sessions are all `added`)."""

    release: ScheduleRelease
    previous: ScheduleRelease | None
    language: str
    added: list = field(default_factory=list)
    cancelled: list = field(default_factory=list)
    moved: list = field(default_factory=list)

    @property
    def version(self):
        return self.release.version

    @property
    def created_at(self):
        return self.release.created_at


def _moment(value):
    return datetime.datetime.fromisoformat(value).astimezone(MOSCOW)


def _change(event, before=None):
    extra = {}
    if before is not None:
        extra = {
            "previous_starts_at": _moment(before["starts_at"]),
            "previous_ends_at": _moment(before["ends_at"]),
            "previous_room": before["room"]["name"],
        }
    return SessionChange(
        guid=event["guid"],
        title=event["title"],
        url=event["url"],
        starts_at=_moment(event["starts_at"]),
        ends_at=_moment(event["ends_at"]),
        room=event["room"]["name"],
        **extra,
    )


def _place(event):
    return (event["starts_at"], event["ends_at"], event["room"]["guid"])


def diff_releases(*, release, previous, locale):
    """The ReleaseChanges of `release` against `previous` (None for the first), in `locale`."""
    now = {e["guid"]: e for e in _locale_data(release=release, locale=locale)["events"]}
    before = {}
    if previous is not None:
        before = {e["guid"]: e for e in _locale_data(release=previous, locale=locale)["events"]}
    changes = ReleaseChanges(release=release, previous=previous, language=locale.code)
    for guid, event in now.items():
        if guid not in before:
            changes.added.append(_change(event))
        elif _place(event) != _place(before[guid]):
            changes.moved.append(_change(event, before[guid]))
    changes.cancelled = [_change(e) for guid, e in before.items() if guid not in now]
    return changes


def release_changes(*, edition, locale):
    """The ReleaseChanges of every release of `edition` in `locale`, newest first."""
    releases = list(edition_releases(edition=edition))
    found = [
        diff_releases(release=release, previous=previous, locale=locale)
        for previous, release in zip([None, *releases], releases, strict=False)
    ]
    return found[::-1]
