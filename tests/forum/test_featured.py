"""The forum edition the home page features, on a given (frozen) day."""

import datetime

import pytest

from core.locales import content_locale
from forum.domain.featured import ONGOING, PAST, UPCOMING, featured_forum
from tests.factories import ForumEditionPageFactory, ForumIndexPageFactory, translate

D = datetime.date


@pytest.fixture
def editions(home):
    forum = ForumIndexPageFactory(parent=home)
    return {
        year: ForumEditionPageFactory(
            parent=forum,
            year=year,
            slug=str(year),
            start_date=D(year, 12, 2),
            end_date=D(year, 12, 5),
        )
        for year in (2022, 2023, 2024)
    }


@pytest.mark.parametrize(
    ("today", "year", "state", "days"),
    [
        (D(2023, 6, 1), 2023, UPCOMING, 184),  # the next one
        (D(2023, 12, 1), 2023, UPCOMING, 1),
        (D(2023, 12, 2), 2023, ONGOING, None),
        (D(2023, 12, 5), 2023, ONGOING, None),
        (D(2023, 12, 6), 2024, UPCOMING, 362),
        (D(2025, 1, 1), 2024, PAST, None),  # none ahead: the latest
    ],
)
def test_featured_forum_on_a_day(editions, today, year, state, days):
    found = featured_forum(locale=content_locale(code="en"), today=today)
    assert (found.edition.year, found.state, found.days_to_go) == (year, state, days)


def test_featured_forum_chosen_by_an_editor_comes_in_the_readers_language(
    home, editions, locale_ru
):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(editions[2022].get_parent(), locale_ru, title="Форум")
    translate(editions[2022], locale_ru, title="Форум 2022")
    found = featured_forum(
        locale=content_locale(code="ru"), today=D(2023, 12, 3), edition=editions[2022]
    )
    assert (found.edition.title, found.state) == ("Форум 2022", PAST)


def test_featured_forum_without_editions_is_none(home):
    assert featured_forum(locale=content_locale(code="en"), today=D(2023, 12, 3)) is None
