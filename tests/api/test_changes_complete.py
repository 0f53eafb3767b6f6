"""The changes feed is complete for an app: every registered feed type, paged deltas that
neither skip nor repeat, why a page left, what is scheduled, in bounded queries."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.registry import content_types
from tests.api.test_changes_feed import LONG_AGO
from tests.api.test_query_counts import MAX_QUERIES
from tests.factories import (
    CategoryPageFactory,
    ClubIndexPageFactory,
    ClubPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    SpeakerPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

FEED = """query ($since: DateTime!, $first: Int, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    until hasMore cursor nextChangeAt
    sessions { id } speakers { id } entries { id } news { id }
    forumEditions { id year } prizeEditions { id year } categories { id name }
    nominations { id name } clubs { id title } standardPages { id title }
    deleted { type id reason }
    scheduled { type id action at }
  }
}"""
LISTS = (
    "sessions",
    "speakers",
    "entries",
    "news",
    "forumEditions",
    "prizeEditions",
    "categories",
    "nominations",
    "clubs",
    "standardPages",
)


@pytest.fixture
def feed(graphql):
    def run(since=LONG_AGO, **variables):
        result = graphql(FEED, {"since": since, **variables})
        assert result.errors is None, result.errors
        return result.data["changes"]

    return run


@pytest.fixture
def prize(scene):
    index = PrizeIndexPageFactory(parent=scene.home)
    edition = PrizeEditionPageFactory(parent=index, year=2023)
    category = CategoryPageFactory(parent=edition)
    nomination = NominationPageFactory(parent=category)
    clubs = ClubIndexPageFactory(parent=scene.home)
    club = ClubPageFactory(parent=clubs)
    about = StandardPageFactory(parent=scene.home, slug="about")
    return edition, category, nomination, club, about


def sent(change_set):
    return {(name, int(item["id"])) for name in LISTS for item in change_set[name]}


def test_changes_send_every_feed_type_an_app_shows(scene, prize, feed):
    edition, category, nomination, club, about = prize

    first = feed()

    assert {
        ("forumEditions", scene.edition.pk),
        ("prizeEditions", edition.pk),
        ("categories", category.pk),
        ("nominations", nomination.pk),
        ("clubs", club.pk),
        ("standardPages", about.pk),
    } <= sent(first)


def test_changes_feed_fields_come_from_the_registry():
    from config.schema import schema

    fields = schema.graphql_schema.get_type("ChangeSet").fields
    feeds = [t.feed for t in content_types() if t.feed]
    camel = {f.split("_")[0] + "".join(w.title() for w in f.split("_")[1:]) for f in feeds}

    assert camel <= set(fields)
    assert set(LISTS) == camel


def test_changes_of_an_unpublished_edition_drop_it_with_its_reason(scene, feed):
    since = feed()["until"]
    scene.edition.unpublish()

    after = feed(since)

    deleted = {(d["type"], int(d["id"])): d["reason"] for d in after["deleted"]}
    assert deleted == {
        ("ForumEdition", scene.edition.pk): "UNPUBLISHED",
        ("Session", scene.session.pk): "SECTION_HIDDEN",
    }


@pytest.mark.parametrize(
    ("change", "reason"),
    [("restrict", "RESTRICTED"), ("expire", "EXPIRED"), ("delete", "DELETED")],
)
def test_changes_say_why_a_page_left(scene, feed, change, reason):
    since = feed()["until"]
    article = scene.article
    if change == "restrict":
        PageViewRestriction.objects.create(page=article, restriction_type="login")
    elif change == "expire":
        Page.objects.filter(pk=article.pk).update(expire_at=timezone.now())  # after `since`
    else:
        Page.objects.get(pk=article.pk).delete()

    after = feed(since)

    assert {(d["type"], int(d["id"]), d["reason"]) for d in after["deleted"]} == {
        ("NewsArticle", article.pk, reason)
    }


def test_changes_report_scheduled_publish_and_expiry(scene, feed):
    soon = timezone.now() + datetime.timedelta(days=1)
    later = soon + datetime.timedelta(days=1)
    Page.objects.filter(pk=scene.anna.pk).update(expire_at=soon)
    draft = SpeakerPageFactory(parent=scene.index, title="Clara", live=False)
    draft.go_live_at = later
    draft.save_revision().publish()  # a future go-live date schedules the revision

    change_set = feed()

    assert [(s["type"], int(s["id"]), s["action"]) for s in change_set["scheduled"]] == [
        ("Speaker", scene.anna.pk, "EXPIRE"),
        ("Speaker", draft.pk, "PUBLISH"),
    ]
    assert datetime.datetime.fromisoformat(change_set["nextChangeAt"]) == soon


def test_changes_page_through_a_large_delta_without_holes(scene, prize, feed):
    everything = feed()
    expected = sent(everything)

    seen, after, until = [], None, None
    while True:
        page = feed(first=2, after=after)
        assert len(sent(page)) + len(page["deleted"]) <= 2
        seen += sorted(sent(page))
        until = until or page["until"]
        assert page["until"] == until  # one interval for every page
        if not page["hasMore"]:
            assert page["cursor"] is None
            break
        after = page["cursor"]

    assert len(seen) == len(set(seen))
    assert set(seen) == expected


def test_changes_paging_survives_a_page_disappearing_between_requests(scene, prize, feed):
    first = feed(first=1)
    assert first["hasMore"]
    assert sent(first) == {("sessions", scene.session.pk)}
    scene.anna.unpublish()  # the next object in the list leaves before the next request

    seen = sent(first)
    after = first["cursor"]
    while after:
        page = feed(first=1, after=after)
        seen |= sent(page)
        after = page["cursor"]

    assert seen == sent(feed()) | sent(first)
    assert ("speakers", scene.boris.pk) in seen


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"first": 0}, "`first` must be between 1 and 500"),
        ({"first": 501}, "`first` must be between 1 and 500"),
        ({"after": "bm9wZQ=="}, "Invalid cursor"),
        ({"after": "%%%"}, "Invalid cursor"),
    ],
)
def test_changes_bad_paging_is_a_clear_error(scene, graphql, variables, message):
    result = graphql(FEED, {"since": LONG_AGO, **variables})

    assert message in result.errors[0].message


def test_changes_cursor_of_another_since_is_an_error(scene, feed, graphql):
    cursor = feed(first=1)["cursor"]

    result = graphql(FEED, {"since": "2001-01-01T00:00:00+00:00", "after": cursor})

    assert "another `since`" in result.errors[0].message


@pytest.fixture(params=[1, 30], ids=["1-page", "30-pages"])
def many(request, home):
    index = ClubIndexPageFactory(parent=home)
    for _ in range(request.param):
        ClubPageFactory(parent=index, fast=True)
        StandardPageFactory(parent=home, fast=True)
    return request.param


def test_changes_query_count_is_bounded(many, feed, django_assert_max_num_queries):
    # Every feed type (pages and the two snippets) costs the same few queries whatever the
    # number of pages.
    with django_assert_max_num_queries(MAX_QUERIES + 8 * (len(LISTS) + 2)):
        change_set = feed()

    assert len(change_set["clubs"]) == many
    assert len(change_set["standardPages"]) == many


SNIPPETS = """query ($since: DateTime!, $locale: Locale) {
  changes(since: $since, locale: $locale) {
    until
    themes { id translationKey locale name } rooms { id name }
    deleted { type id reason }
  }
}"""


def snippet_feed(graphql, since, locale=None):
    result = graphql(SNIPPETS, {"since": since, "locale": locale and locale.upper()})
    assert result.errors is None, result.errors
    return result.data["changes"]


def test_changes_send_themes_and_rooms_saved_since(scene, graphql, locale_ru):
    from tests.factories import RoomFactory, ThemeFactory, translate_snippet

    theme = ThemeFactory(name="Ecology")
    untouched = ThemeFactory(name="Health")
    room = RoomFactory(name="Hall A")
    since = snippet_feed(graphql, LONG_AGO)["until"]
    translated = translate_snippet(theme, locale_ru, name="Экология")
    room.name = "Hall B"
    room.save()

    after = snippet_feed(graphql, since, locale="ru")

    assert [(int(t["id"]), t["locale"], t["name"]) for t in after["themes"]] == [
        (translated.pk, "RU", "Экология")
    ]
    assert untouched.pk not in {int(t["id"]) for t in after["themes"]}
    assert after["rooms"] == [{"id": str(room.pk), "name": "Hall B"}]


def test_changes_list_themes_deleted_in_the_admin(scene, graphql):
    from wagtail.log_actions import log

    from tests.factories import ThemeFactory

    theme = ThemeFactory(name="Ecology")
    since = snippet_feed(graphql, LONG_AGO)["until"]
    pk = theme.pk
    log(instance=theme, action="wagtail.delete")  # as the snippet admin does
    theme.delete()

    after = snippet_feed(graphql, since)

    assert {"type": "Theme", "id": str(pk), "reason": "DELETED"} in after["deleted"]
