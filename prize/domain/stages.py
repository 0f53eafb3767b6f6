"""Where the prize stands today: the stage under way, else the next one, else "complete".
The home page, the edition page and the API's `home` share `stage_of_today` and
`stage_headline`."""

import datetime
from dataclasses import dataclass

from django.utils import formats, translation
from django.utils.translation import gettext

from core.locales import choice_label
from prize.choices import StageKind
from prize.domain.laureates import prize_editions
from prize.models import PrizeStage

CURRENT, UPCOMING, COMPLETE = "current", "upcoming", "complete"


@dataclass
class StageStatus:
    """A prize edition on a given day: `stage` is the stage under way (CURRENT), the next
    one (UPCOMING) or the last one (COMPLETE)."""

    edition: object
    stage: object
    state: str
    headline: str = ""


def stage_end(stage):
    return stage.end_date or stage.start_date


def stage_of_today(*, stages, today: datetime.date):
    """(stage, state) of a timeline on `today`: the stage under way (the latest-starting
    when several overlap), else the next one, else the last one; None without stages."""
    stages = sorted(stages, key=lambda s: (s.start_date, stage_end(s), s.pk or 0))
    if not stages:
        return None
    current = [s for s in stages if s.start_date <= today <= stage_end(s)]
    if current:
        return current[-1], CURRENT
    upcoming = [s for s in stages if s.start_date > today]
    if upcoming:
        return upcoming[0], UPCOMING
    return max(stages, key=stage_end), COMPLETE


def prize_stage_statuses(*, locale, today: datetime.date, edition=None):
    """StageStatus of `edition` when given (shown in `locale`), else of each visible edition
    of the latest year that has a timeline (national track first, as editors order them).
    Two queries."""
    editions = prize_editions(locale=locale)
    if edition is not None:
        editions = [e for e in editions if e.translation_key == edition.translation_key]
    # Stages are synchronised to translations, but a translation may not be republished yet:
    # an edition without its own timeline takes that of a page with its translation key.
    keys = {e.translation_key for e in editions}
    rows = PrizeStage.objects.filter(edition__translation_key__in=keys).select_related("edition")
    own, any_translation = {}, {}
    for stage in rows:
        own.setdefault(stage.edition_id, []).append(stage)
        any_translation.setdefault(stage.edition.translation_key, {}).setdefault(
            stage.edition_id, []
        ).append(stage)
    by_key = {}
    for e in editions:
        timeline = own.get(e.pk) or next(
            iter(any_translation.get(e.translation_key, {}).values()), None
        )
        if timeline:
            by_key[e.translation_key] = timeline
    timed = [e for e in editions if e.translation_key in by_key]
    if not timed:
        return []
    year = timed[0].year if edition is None else None
    result = []
    for e in timed:
        if year is not None and e.year != year:
            continue
        stage, state = stage_of_today(stages=by_key[e.translation_key], today=today)
        status = StageStatus(edition=e, stage=stage, state=state)
        status.headline = stage_headline(status=status, locale=locale)
        result.append(status)
    return result


def _date(value, locale):
    with translation.override(locale.code):
        return formats.date_format(value, "j E Y")


def stage_headline(*, status, locale):
    """One line for visitors in `locale`'s language, e.g. "Applications open until 15 May
    2024", "Expert review until …", "Award ceremony on 4 December 2024"."""
    stage, kind = status.stage, status.stage.kind
    start, end = _date(stage.start_date, locale), _date(stage_end(stage), locale)
    name = choice_label(StageKind, kind, locale=locale)
    with translation.override(locale.code):
        if status.state == COMPLETE:
            if kind == StageKind.CEREMONY:
                return gettext("Laureates announced at the award ceremony on %(date)s") % {
                    "date": start
                }
            return gettext("%(stage)s completed on %(date)s") % {"stage": name, "date": end}
        if kind == StageKind.CEREMONY:
            return gettext("Award ceremony on %(date)s") % {"date": start}
        if status.state == UPCOMING:
            if kind == StageKind.APPLICATIONS:
                return gettext("Applications open on %(date)s") % {"date": start}
            return gettext("%(stage)s from %(date)s") % {"stage": name, "date": start}
        if kind == StageKind.APPLICATIONS:
            return gettext("Applications open until %(date)s") % {"date": end}
        return gettext("%(stage)s until %(date)s") % {"stage": name, "date": end}
