"""Impossible prize data is refused in the admin edit form: the form comes back with the
error on the field (in the editor's language) and the typed values, and nothing is saved."""

import datetime
import html

import pytest
from django.db import IntegrityError, transaction
from wagtail.models import Revision

from prize.models import PrizeEditionPage
from tests.admin_forms import admin_user, field_errors, form_data, post_page_edit
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def prize(home):
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(
        parent=index,
        year=2023,
        stages=[
            ("applications", D(2023, 3, 1), D(2023, 6, 30)),
            ("finals", D(2023, 10, 1), D(2023, 11, 15)),
            ("ceremony", D(2023, 12, 4), None),
        ],
    )
    category = CategoryPageFactory(parent=edition, grant_limit=2_500_000)
    nomination = NominationPageFactory(
        parent=category, title="Technologies for Life", grant_limit=1_000_000
    )
    entry = EntryPageFactory(parent=nomination, title="Happy Schools", status="finalist")
    other = PrizeEditionPageFactory(parent=index, year=2024)
    return {"edition": edition, "entry": entry, "other": other}


CASES = {
    "stage before an earlier stage": (
        "edition",
        {"stages-2-start_date": "2023-02-01"},
        "stages-2-start_date",
        {
            "en": "Award ceremony starts before Applications",
            "ru": "Этап «Церемония награждения» начинается раньше этапа «Приём заявок»",
        },
    ),
    "stage outside the edition's year": (
        "edition",
        {"stages-0-start_date": "2022-11-01"},
        "stages-0-start_date",
        {"en": "must be in 2023, the edition's year", "ru": "должны быть в 2023 году"},
    ),
    "stage ends before it starts": (
        "edition",
        {"stages-1-end_date": "2023-09-01"},
        "stages-1-end_date",
        {"en": "The stage ends", "ru": "Этап заканчивается"},
    ),
    "grant above the nomination's limit": (
        "entry",
        {"grant_amount": "3000000"},
        "grant_amount",
        {
            "en": "above the limit of the nomination “Technologies for Life”: 1\u202f000\u202f000",
            "ru": "Грант больше предела номинации «Technologies for Life»: 1\u202f000\u202f000",
        },
    ),
    "place for a semi-finalist": (
        "entry",
        {"status": "semifinalist", "place": "2"},
        "place",
        {"en": "Only finalists, laureates and winners", "ru": "Место бывает только у финалистов"},
    ),
    "second edition of a year and track": (
        "other",
        {"year": "2023"},
        "year",
        {
            "en": "There is already a prize edition of 2023 for this track",
            "ru": "Выпуск премии 2023 года по этому треку на этом языке уже есть",
        },
    ),
}


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("case", CASES)
def test_impossible_prize_data_is_refused_with_typed_values_kept(client, prize, case, language):
    name, changes, field, messages = CASES[case]
    page = prize[name]
    client.force_login(admin_user(language))
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).count()

    response = post_page_edit(client, page, "action-publish", **changes)

    assert response.status_code == 200  # the form again, not a redirect
    text = html.unescape(response.content.decode())
    assert messages[language] in field_errors(text, field)
    typed = form_data(response.content.decode())
    for key, value in changes.items():
        assert typed[key] == [value]
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == revisions
    stored = type(page).objects.get(pk=page.pk)
    for key in changes:
        if "-" not in key:
            assert getattr(stored, key) == getattr(page, key)
    if name == "edition":
        assert [s.start_date for s in stored.stages.all()] == [
            s.start_date for s in page.stages.all()
        ]


def test_grant_within_the_limit_and_place_of_a_laureate_are_published(client, prize):
    entry = prize["entry"]
    client.force_login(admin_user("en"))

    response = post_page_edit(
        client, entry, "action-publish", status="laureate", place="1", grant_amount="1000000"
    )

    assert response.status_code == 302
    stored = type(entry).objects.get(pk=entry.pk)
    assert (stored.status, stored.place, stored.grant_amount) == ("laureate", 1, 1_000_000)


def test_database_holds_one_edition_per_year_track_and_language(prize):
    with pytest.raises(IntegrityError), transaction.atomic():
        PrizeEditionPage.objects.filter(pk=prize["other"].pk).update(year=2023)


def test_same_year_on_another_track_is_accepted(prize):
    other = prize["other"]
    other.year, other.track = 2023, "international"
    other.full_clean()  # no error
