"""Where the prize stands on a given day: `stage_of_today` with the clock passed in (frozen),
and the visitors' line in both languages."""

import datetime

import pytest

from core.locales import content_locale
from prize.domain.stages import (
    COMPLETE,
    CURRENT,
    UPCOMING,
    StageStatus,
    prize_stage_statuses,
    stage_headline,
    stage_of_today,
)
from prize.models import PrizeStage
from tests.factories import PrizeEditionPageFactory, PrizeIndexPageFactory, translate

D = datetime.date
TIMELINE = [
    PrizeStage(pk=1, kind="applications", start_date=D(2024, 3, 15), end_date=D(2024, 5, 31)),
    PrizeStage(pk=2, kind="expert_review", start_date=D(2024, 6, 1), end_date=D(2024, 9, 30)),
    PrizeStage(pk=3, kind="ceremony", start_date=D(2024, 12, 3), end_date=None),
]


@pytest.mark.parametrize(
    ("today", "kind", "state"),
    [
        (D(2024, 1, 10), "applications", UPCOMING),
        (D(2024, 3, 15), "applications", CURRENT),  # first day
        (D(2024, 5, 31), "applications", CURRENT),  # last day
        (D(2024, 6, 1), "expert_review", CURRENT),
        (D(2024, 10, 1), "ceremony", UPCOMING),  # between stages: the next one
        (D(2024, 12, 3), "ceremony", CURRENT),  # a one-day stage
        (D(2024, 12, 4), "ceremony", COMPLETE),
        (D(2026, 1, 1), "ceremony", COMPLETE),
    ],
)
def test_stage_of_today_on_each_day_of_the_timeline(today, kind, state):
    stage, found = stage_of_today(stages=TIMELINE, today=today)
    assert (stage.kind, found) == (kind, state)


def test_stage_of_today_in_any_stored_order():
    stage, state = stage_of_today(stages=list(reversed(TIMELINE)), today=D(2024, 7, 1))
    assert (stage.kind, state) == ("expert_review", CURRENT)


def test_stage_of_today_without_stages_is_none():
    assert stage_of_today(stages=[], today=D(2024, 7, 1)) is None


@pytest.mark.parametrize(
    ("today", "en", "ru"),
    [
        (
            D(2024, 1, 10),
            "Applications open on 15 March 2024",
            "Приём заявок откроется 15 марта 2024",
        ),
        (
            D(2024, 4, 1),
            "Applications open until 31 May 2024",
            "Приём заявок открыт до 31 мая 2024",
        ),
        (
            D(2024, 7, 1),
            "Expert review until 30 September 2024",
            "Экспертная оценка: до 30 сентября 2024",
        ),
        (
            D(2024, 10, 1),
            "Award ceremony on 3 December 2024",
            "Церемония награждения — 3 декабря 2024",
        ),
        (
            D(2025, 1, 1),
            "Laureates announced at the award ceremony on 3 December 2024",
            "Лауреаты объявлены на церемонии награждения 3 декабря 2024",
        ),
    ],
)
def test_stage_headline_in_both_languages(db, today, en, ru):
    stage, state = stage_of_today(stages=TIMELINE, today=today)
    status = StageStatus(edition=None, stage=stage, state=state)
    assert stage_headline(status=status, locale=content_locale(code="en")) == en
    assert stage_headline(status=status, locale=content_locale(code="ru")) == ru


def test_prize_stage_statuses_take_both_tracks_of_the_latest_year(home, locale_ru):
    prize = PrizeIndexPageFactory(parent=home)
    stages = [(s.kind, s.start_date, s.end_date) for s in TIMELINE]
    PrizeEditionPageFactory(parent=prize, year=2023, stages=stages[2:])
    national = PrizeEditionPageFactory(parent=prize, year=2024, stages=stages)
    PrizeEditionPageFactory(parent=prize, year=2024, track="international", stages=stages)
    PrizeEditionPageFactory(parent=prize, year=2025)  # no timeline yet: not featured
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(prize, locale_ru, title="Премия")
    translate(national, locale_ru, title="Премия 2024")

    statuses = prize_stage_statuses(locale=content_locale(code="ru"), today=D(2024, 4, 1))

    assert [(s.edition.year, s.edition.track, s.edition.title[:12]) for s in statuses] == [
        (2024, "national", "Премия 2024"),
        (2024, "international", "Prize 2024 i"),
    ]
    assert {s.headline for s in statuses} == {"Приём заявок открыт до 31 мая 2024"}


def test_prize_stage_statuses_of_a_chosen_edition(home):
    prize = PrizeIndexPageFactory(parent=home)
    old = PrizeEditionPageFactory(
        parent=prize, year=2023, stages=[("ceremony", D(2023, 12, 4), None)]
    )
    PrizeEditionPageFactory(parent=prize, year=2024, stages=[("ceremony", D(2024, 12, 3), None)])

    statuses = prize_stage_statuses(
        locale=content_locale(code="en"), today=D(2024, 4, 1), edition=old
    )

    assert [(s.edition.pk, s.state) for s in statuses] == [(old.pk, COMPLETE)]


def test_prize_stage_statuses_of_a_translation_not_yet_given_the_timeline(home, locale_ru):
    prize = PrizeIndexPageFactory(parent=home)
    stages = [(s.kind, s.start_date, s.end_date) for s in TIMELINE]
    national = PrizeEditionPageFactory(parent=prize, year=2024, stages=stages)
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(prize, locale_ru, title="Премия")
    national_ru = translate(national, locale_ru, title="Премия 2024")
    national_ru.stages.all().delete()

    statuses = prize_stage_statuses(locale=content_locale(code="ru"), today=D(2024, 7, 1))

    assert [(s.edition.title, s.stage.kind, s.state) for s in statuses] == [
        ("Премия 2024", "expert_review", CURRENT)
    ]
