"""The changes feed, `changes(since:, locale:)`: every way a page can stop (or start again)
being visible to the public reaches an app that synchronised before.

Each test synchronises once (since long ago), takes the answer's `until`, changes what the
public sees, and asks again with `since: <until>`: the page must be in `deleted` when it is
no longer visible, and in its list again when it is.
"""

import datetime
import time
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.factories import (
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    translate,
)

LONG_AGO = "2000-01-01T00:00:00+00:00"
CHANGES = """
query Changes($since: DateTime!, $locale: Locale) {
  changes(since: $since, locale: $locale) {
    until
    sessions { id title }
    speakers { id translationKey locale name }
    entries { id title }
    news { id title }
    deleted { type id }
  }
}"""
LISTS = ("sessions", "speakers", "entries", "news")


@pytest.fixture
def changes(graphql):
    """changes(since, locale=None) -> the ChangeSet, checked to have no errors."""

    def run(since, locale=None):
        result = graphql(CHANGES, {"since": since, "locale": locale and locale.upper()})
        assert result.errors is None, result.errors
        return result.data["changes"]

    return run


@pytest.fixture
def sync(changes):
    """sync(locale=None) -> `until` of a first, full synchronisation."""

    def run(locale=None):
        first = changes(LONG_AGO, locale)
        assert first["speakers"], "the first synchronisation sends every visible speaker"
        return first["until"]

    return run


def ids(items):
    return {int(item["id"]) for item in items}


def deleted(change_set):
    return {(d["type"], int(d["id"])) for d in change_set["deleted"]}


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


# Nothing changed


def test_changes_nothing_changed_lists_are_empty(scene, changes, sync):
    since = sync()
    after = changes(since)
    assert {name: after[name] for name in (*LISTS, "deleted")} == {
        "sessions": [],
        "speakers": [],
        "entries": [],
        "news": [],
        "deleted": [],
    }
    assert after["until"] >= since


def test_changes_first_sync_lists_every_visible_page(scene, changes):
    first = changes(LONG_AGO)
    assert ids(first["speakers"]) == {scene.anna.pk, scene.boris.pk}
    assert ids(first["sessions"]) == {scene.session.pk}
    assert ids(first["news"]) == {scene.article.pk}
    assert first["deleted"] == []


def test_changes_republished_page_is_sent_again(scene, changes, sync):
    since = sync()
    anna = fresh(scene.anna)
    anna.title = "Annette"
    anna.save_revision().publish()
    after = changes(since)
    assert [(int(s["id"]), s["name"]) for s in after["speakers"]] == [(anna.pk, "Annette")]
    assert after["deleted"] == []


# 1. A view restriction


def test_changes_restriction_added_lists_page_as_deleted_until_removed(scene, changes, sync):
    since = sync()
    restriction = PageViewRestriction.objects.create(page=scene.anna, restriction_type="login")

    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk)}
    assert scene.anna.pk not in ids(after["speakers"])

    restriction.delete()
    again = changes(after["until"])
    assert ids(again["speakers"]) == {scene.anna.pk}
    assert again["deleted"] == []


def test_changes_restriction_edited_keeps_page_deleted(scene, changes):
    restriction = PageViewRestriction.objects.create(page=scene.anna, restriction_type="login")
    since = changes(LONG_AGO)["until"]
    restriction.restriction_type, restriction.password = "password", "secret"
    restriction.save()
    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk)}
    assert after["speakers"] == []


def test_changes_restriction_on_ancestor_lists_descendants_as_deleted(scene, changes, sync):
    since = sync()
    restriction = PageViewRestriction.objects.create(page=scene.index, restriction_type="login")

    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk), ("Speaker", scene.boris.pk)}
    assert after["speakers"] == []

    restriction.delete()
    again = changes(after["until"])
    assert ids(again["speakers"]) == {scene.anna.pk, scene.boris.pk}
    assert again["deleted"] == []


def test_changes_restriction_on_edition_lists_sessions_as_deleted(scene, changes, sync):
    since = sync()
    PageViewRestriction.objects.create(
        page=scene.edition, restriction_type="password", password="secret"
    )
    after = changes(since)
    assert deleted(after) == {("Session", scene.session.pk), ("ForumEdition", scene.edition.pk)}
    assert after["sessions"] == []


# 2. Expired, still live


def test_changes_expired_live_page_is_deleted(scene, changes, sync):
    since = sync()
    Page.objects.filter(pk=scene.anna.pk).update(expire_at=timezone.now())  # no log, no signal
    after = changes(since)
    assert Page.objects.get(pk=scene.anna.pk).live
    assert deleted(after) == {("Speaker", scene.anna.pk)}
    assert after["speakers"] == []


def test_changes_expired_news_article_is_deleted(scene, changes, sync):
    since = sync()
    Page.objects.filter(pk=scene.article.pk).update(expire_at=timezone.now())
    after = changes(since)
    assert deleted(after) == {("NewsArticle", scene.article.pk)}
    assert after["news"] == []


def test_changes_expired_section_lists_descendants_as_deleted(scene, changes, sync):
    since = sync()
    index = scene.index
    index.expire_at = timezone.now() + datetime.timedelta(seconds=1)
    index.save_revision().publish()
    time.sleep(max(0.0, (index.expire_at - timezone.now()).total_seconds()) + 0.05)
    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk), ("Speaker", scene.boris.pk)}


def test_changes_expiry_ahead_is_not_yet_deleted(scene, changes, sync):
    since = sync()
    Page.objects.filter(pk=scene.anna.pk).update(
        expire_at=timezone.now() + datetime.timedelta(hours=1)
    )
    after = changes(since)
    assert after["deleted"] == []


# 3. Scheduled unpublish


def test_changes_scheduled_unpublish_is_deleted(scene, changes, sync):
    since = sync()
    # Expired long before `since` (as if the scheduler had been late): only the scheduler's
    # `wagtail.unpublish.scheduled` log entry tells the feed.
    long_ago = timezone.now() - datetime.timedelta(days=1)
    Page.objects.filter(pk=scene.anna.pk).update(expire_at=long_ago)
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=scene.anna.pk).live

    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk)}
    assert after["speakers"] == []


def test_changes_scheduled_unpublish_of_section_lists_descendants_as_deleted(scene, changes, sync):
    since = sync()
    long_ago = timezone.now() - datetime.timedelta(days=1)
    Page.objects.filter(pk=scene.index.pk).update(expire_at=long_ago)
    call_command("publish_scheduled", verbosity=0)
    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk), ("Speaker", scene.boris.pk)}


def test_changes_scheduled_publish_is_sent(scene, changes, sync):
    clara = SpeakerPageFactory(parent=scene.index, title="Clara", live=False)
    clara = fresh(clara)
    clara.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    clara.save_revision().publish()
    assert not Page.objects.get(pk=clara.pk).live
    since = sync()
    # The go-live time passes; the scheduler publishes.
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision = clara.get_latest_revision()
    revision.content = {**revision.content, "go_live_at": past.isoformat()}
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=clara.pk).live

    after = changes(since)
    assert ids(after["speakers"]) == {clara.pk}
    assert after["deleted"] == []


# 4. A section unpublished (its children stay live)


def test_changes_unpublished_section_lists_children_as_deleted(scene, changes, sync):
    since = sync()
    fresh(scene.index).unpublish()  # the index only, not its descendants
    assert Page.objects.get(pk=scene.anna.pk).live

    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk), ("Speaker", scene.boris.pk)}
    assert after["speakers"] == []

    fresh(scene.index).save_revision().publish()
    again = changes(after["until"])
    assert ids(again["speakers"]) == {scene.anna.pk, scene.boris.pk}
    assert again["deleted"] == []


def test_changes_unpublished_page_is_deleted(scene, changes, sync):
    since = sync()
    fresh(scene.session).unpublish()
    after = changes(since)
    assert deleted(after) == {("Session", scene.session.pk)}
    assert after["sessions"] == []


# A move


def test_changes_move_into_hidden_section_lists_page_as_deleted(scene, changes, sync):
    archive = SpeakerIndexPageFactory(
        parent=scene.forum, title="Archive", slug="archive", live=False
    )
    since = sync()
    Page.objects.get(pk=scene.anna.pk).move(archive, pos="last-child")
    after = changes(since)
    assert deleted(after) == {("Speaker", scene.anna.pk)}
    assert after["speakers"] == []


def test_changes_move_out_of_restricted_section_sends_page(scene, changes, sync):
    private = SpeakerIndexPageFactory(parent=scene.forum, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    clara = SpeakerPageFactory(parent=private, title="Clara")
    since = sync()
    Page.objects.get(pk=clara.pk).move(scene.index, pos="last-child")
    after = changes(since)
    assert ids(after["speakers"]) == {clara.pk}
    assert after["deleted"] == []


# 5. Deleted


def test_changes_deleted_page_is_deleted(scene, changes, sync):
    since = sync()
    anna_pk, session_pk = scene.anna.pk, scene.session.pk
    Page.objects.get(pk=anna_pk).delete()
    Page.objects.get(pk=session_pk).delete()
    after = changes(since)
    assert deleted(after) == {("Speaker", anna_pk), ("Session", session_pk)}
    assert after["speakers"] == after["sessions"] == []


def test_changes_deleted_section_lists_descendants_as_deleted(scene, changes, sync):
    since = sync()
    anna_pk, boris_pk = scene.anna.pk, scene.boris.pk
    Page.objects.get(pk=scene.index.pk).delete()
    after = changes(since)
    assert deleted(after) == {("Speaker", anna_pk), ("Speaker", boris_pk)}


def test_changes_deleted_before_since_is_not_listed(scene, changes):
    Page.objects.get(pk=scene.anna.pk).delete()
    since = changes(LONG_AGO)["until"]
    assert changes(since)["deleted"] == []


# 6. A Russian translation disappears: the English page comes back for "ru"


@pytest.fixture
def russian(scene, locale_ru):
    """Russian translations of the tree down to Anna (Boris stays English only)."""
    for page in (scene.home, scene.forum, scene.index):
        translate(page, locale_ru)
    index_ru = scene.index.get_translation(locale_ru)
    anna_ru = translate(scene.anna, locale_ru, title="Анна")
    return SimpleNamespace(index=index_ru, anna=anna_ru)


def speakers_by_key(change_set):
    return {
        s["translationKey"]: (int(s["id"]), s["locale"].lower(), s["name"])
        for s in change_set["speakers"]
    }


def test_changes_russian_first_sync_sends_translation(scene, russian, changes):
    first = changes(LONG_AGO, "ru")
    assert speakers_by_key(first)[str(scene.anna.translation_key)] == (
        russian.anna.pk,
        "ru",
        "Анна",
    )


@pytest.mark.parametrize("hide", ["unpublish", "restrict", "expire", "delete"])
def test_changes_russian_translation_gone_sends_english_fallback(
    scene, russian, changes, sync, hide
):
    since = sync("ru")
    anna_ru = fresh(russian.anna)
    if hide == "unpublish":
        anna_ru.unpublish()
    elif hide == "restrict":
        PageViewRestriction.objects.create(page=anna_ru, restriction_type="login")
    elif hide == "expire":
        Page.objects.filter(pk=anna_ru.pk).update(expire_at=timezone.now())
    else:
        anna_ru.delete()

    after = changes(since, "ru")
    assert deleted(after) == {("Speaker", russian.anna.pk)}
    assert speakers_by_key(after) == {
        str(scene.anna.translation_key): (scene.anna.pk, "en", "Anna"),
    }


def test_changes_russian_section_unpublished_sends_english_fallback(scene, russian, changes, sync):
    since = sync("ru")
    fresh(russian.index).unpublish()
    after = changes(since, "ru")
    assert deleted(after) == {("Speaker", russian.anna.pk)}
    assert speakers_by_key(after) == {
        str(scene.anna.translation_key): (scene.anna.pk, "en", "Anna"),
    }


def test_changes_russian_translation_gone_english_reader_sees_nothing(
    scene, russian, changes, sync
):
    """An English reader never had the Russian page: the English one is unchanged for them,
    and the Russian id in `deleted` is harmless."""
    since = sync("en")
    fresh(russian.anna).unpublish()
    after = changes(since, "en")
    assert scene.anna.pk not in {int(i) for _, i in deleted(after)}
    assert ids(after["speakers"]) <= {scene.anna.pk}


# Over HTTP: the response cache does not hide a change from an app polling with one `since`


FEED_GET = (
    "query Feed($since: DateTime!) { changes(since: $since) { speakers { id } "
    "deleted { type id } } }"
)


def test_changes_http_get_same_since_sees_later_restriction(scene, gql, changes):
    since = changes(LONG_AGO)["until"]

    def get():
        response = gql.get(FEED_GET, variables={"since": since})
        assert response.status_code == 200, response.content
        return response.json()["data"]["changes"]

    assert get() == {"speakers": [], "deleted": []}
    PageViewRestriction.objects.create(page=scene.boris, restriction_type="login")
    assert get() == {"speakers": [], "deleted": [{"type": "Speaker", "id": str(scene.boris.pk)}]}
