"""The prize's panels on the admin home page: entries by status per edition and the latest
editions' translation coverage, each for the roles they concern; pages awaiting moderation
are Wagtail's own "Awaiting your review", shown to the moderators who approve them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.roles import FORUM_EDITORS, MODERATORS, PRIZE_EDITORS, TRANSLATORS, setup_roles
from prize.domain.overview import entries_by_status, latest_editions
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ForumIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    UserFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def prize(home, locale_ru):
    translate(home, locale_ru, title="Главная")
    prize = PrizeIndexPageFactory(parent=home)
    translate(prize, locale_ru, title="Премия")
    ForumIndexPageFactory(parent=home)
    return prize


def nomination_of(edition):
    return NominationPageFactory(parent=CategoryPageFactory(parent=edition))


@pytest.fixture
def editions(prize):
    national = PrizeEditionPageFactory(parent=prize, year=2023, track="national")
    international = PrizeEditionPageFactory(parent=prize, year=2023, track="international")
    older = PrizeEditionPageFactory(parent=prize, year=2022, track="national")
    nomination = nomination_of(national)
    for status in ("applicant", "applicant", "finalist", "winner"):
        EntryPageFactory(parent=nomination, status=status)
    EntryPageFactory(parent=nomination_of(older), status="laureate")
    return {"national": national, "international": international, "older": older}


def test_entries_by_status_counts_each_edition(editions):
    rows = {row.edition.pk: row for row in entries_by_status()}

    national = rows[editions["national"].pk]
    assert national.counts == [2, 0, 1, 0, 1]  # applicant, semi-finalist, finalist, ...
    assert national.total == 4
    assert rows[editions["older"].pk].counts == [0, 0, 0, 1, 0]
    assert rows[editions["international"].pk].total == 0
    assert [row.edition.pk for row in entries_by_status()][-1] == editions["older"].pk


def test_latest_editions_are_every_track_of_the_latest_year(editions):
    assert {e.pk for e in latest_editions()} == {
        editions["national"].pk,
        editions["international"].pk,
    }


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_entries_panel_shows_the_table(client, editions):
    html = dashboard(client, UserFactory(is_superuser=True))

    assert 'id="prize-entries-by-status' in html
    assert "Prize 2023 national</a></th>" in html
    assert 'id="prize_translation_coverage' in html


@pytest.mark.parametrize(
    "role, entries, coverage",
    [
        (PRIZE_EDITORS, True, True),
        (MODERATORS, True, True),
        (TRANSLATORS, False, True),
        (FORUM_EDITORS, False, False),
    ],
)
def test_prize_panels_are_shown_to_the_roles_they_concern(
    client, editions, role, entries, coverage
):
    html = dashboard(client, UserFactory(groups=[setup_roles()[role]]))

    assert ('id="prize-entries-by-status' in html) is entries
    assert ('id="prize_translation_coverage' in html) is coverage


def test_submitted_entry_awaits_the_moderators_review_only(client, editions):
    groups = setup_roles()
    editor = UserFactory(groups=[groups[PRIZE_EDITORS]])
    entry = editions["national"].get_descendants().type(EntryPageFactory._meta.model).first()
    entry = entry.specific
    entry.title = "Winner, retitled"
    entry.save_revision(user=editor)
    entry.get_workflow().start(entry, editor)

    moderator_html = dashboard(client, UserFactory(groups=[groups[MODERATORS]]))
    editor_html = dashboard(client, editor)
    forum_html = dashboard(client, UserFactory(groups=[groups[FORUM_EDITORS]]))

    assert 'id="awaiting-review' in moderator_html and "Winner, retitled" in moderator_html
    assert 'id="awaiting-review' not in editor_html
    assert 'id="objects-in-workflow' in editor_html  # the editor follows it there
    assert "Winner, retitled" not in forum_html


def test_entries_panel_queries_do_not_grow_with_entries(client, editions):
    client.force_login(UserFactory(is_superuser=True))
    client.get("/admin/")

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/admin/").status_code == 200
        return len(context)

    few = queries()
    nomination = nomination_of(editions["international"])
    for _ in range(5):
        EntryPageFactory(parent=nomination, status="finalist")
    client.get("/admin/")  # the first request after a change reads the locales and sites again
    assert queries() == few
