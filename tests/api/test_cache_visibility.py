"""The GraphQL response cache never serves a page the public may no longer see.

Every test first caches an answer over HTTP GET /graphql/ (a second identical GET makes no
database query and returns the same body), then changes what the public sees in one way and
expects the next GET to show it: view restrictions on the page or above it, an `expire_at`
passing while the answer sits in the cache, a scheduled publish, a move and a delete. The
HTTP `Cache-Control: max-age` is bounded by the next scheduled change too.
"""

import datetime
import re
import time

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Revision

from api.cache import content_version
from tests.factories import (
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
)

SPEAKERS = "{ speakers { edges { node { name } } } }"
FORUM = "{ forum(year: 2023) { sessions { title speakers { speaker { name } } } } }"


@pytest.fixture
def fetch(gql, django_assert_num_queries):
    """GET `query` twice: the answer's data, checked to come from the cache the second time
    (no database query, the same body)."""

    def get(query):
        first = gql.get(query)
        assert first.status_code == 200, first.content
        assert "errors" not in first.json(), first.json()
        with django_assert_num_queries(0):
            again = gql.get(query)
        assert again.content == first.content
        return first.json()["data"]

    return get


def speaker_names(data):
    return [edge["node"]["name"] for edge in data["speakers"]["edges"]]


def session_speakers(data):
    """{session title: [speaker names]} of the forum answer, or None without a forum."""
    if data["forum"] is None:
        return None
    return {
        s["title"]: [role["speaker"]["name"] for role in s["speakers"]]
        for s in data["forum"]["sessions"]
    }


def max_age(response):
    match = re.fullmatch(r"public, max-age=(\d+)", response["Cache-Control"])
    assert match, response["Cache-Control"]
    return int(match.group(1))


def republish(page, **fields):
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


# The cache itself


def test_response_cached_change_without_signal_is_not_served(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.filter(pk=scene.anna.pk).update(title="Annette")  # no signal
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    republish(scene.boris)  # any publish starts a new content version
    assert speaker_names(fetch(SPEAKERS)) == ["Annette", "Boris"]


# 1. A view restriction on the page


@pytest.mark.parametrize(
    "restriction",
    [{"restriction_type": "login"}, {"restriction_type": "password", "password": "secret"}],
    ids=["login", "password"],
)
def test_speakers_restriction_on_page_hides_it_until_removed(scene, fetch, restriction):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    created = PageViewRestriction.objects.create(page=scene.anna, **restriction)
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]
    created.delete()
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]


def test_forum_restriction_on_speaker_drops_them_from_sessions(scene, fetch):
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}
    created = PageViewRestriction.objects.create(page=scene.boris, restriction_type="login")
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna"]}
    created.delete()
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}


def test_speakers_restriction_edited_keeps_page_hidden(scene, fetch):
    created = PageViewRestriction.objects.create(page=scene.anna, restriction_type="login")
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]
    Page.objects.filter(pk=scene.boris.pk).update(title="Bob")  # no signal: still cached
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]
    created.restriction_type, created.password = "password", "secret"
    created.save()  # an edit is a new content version too
    assert speaker_names(fetch(SPEAKERS)) == ["Bob"]


# 2. A view restriction above the page


def test_speakers_restriction_on_ancestor_hides_descendants(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    created = PageViewRestriction.objects.create(page=scene.index, restriction_type="login")
    assert speaker_names(fetch(SPEAKERS)) == []
    assert session_speakers(fetch(FORUM)) == {"Opening": []}
    created.delete()
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]


def test_forum_restriction_on_ancestor_hides_edition(scene, fetch):
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}
    PageViewRestriction.objects.create(
        page=scene.forum, restriction_type="password", password="secret"
    )
    assert session_speakers(fetch(FORUM)) is None


def test_forum_restriction_on_session_hides_it(scene, fetch):
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}
    PageViewRestriction.objects.create(page=scene.session, restriction_type="login")
    assert session_speakers(fetch(FORUM)) == {}


# 3. An expire_at passing while the answer sits in the cache


def sleep_past(moment):
    """Sleep until just after `moment` (a datetime less than 3 seconds ahead)."""
    seconds = (moment - timezone.now()).total_seconds() + 0.1
    assert seconds < 3, "the test took too long to reach the sleep"
    time.sleep(max(0.0, seconds))


def test_speakers_expire_at_passing_in_cache_hides_page(scene, fetch, gql):
    expire_at = timezone.now() + datetime.timedelta(seconds=2)
    Page.objects.filter(pk=scene.anna.pk).update(expire_at=expire_at)  # no signal
    republish(scene.boris)  # a new version: its next change is looked up again
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    assert max_age(gql.get(SPEAKERS)) <= 2
    # Still cached: an unsignalled edit does not show before the expiry.
    Page.objects.filter(pk=scene.boris.pk).update(title="Bob")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    version = content_version()

    sleep_past(expire_at)

    # No signal, no publish_scheduled: the page is still live, but past its expiry.
    assert Page.objects.get(pk=scene.anna.pk).live
    assert speaker_names(fetch(SPEAKERS)) == ["Bob"]
    assert content_version() != version


def test_forum_section_expire_at_passing_in_cache_hides_descendants(scene, fetch):
    expire_at = timezone.now() + datetime.timedelta(seconds=2)
    Page.objects.filter(pk=scene.index.pk).update(expire_at=expire_at)  # no signal
    republish(scene.edition)
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}

    sleep_past(expire_at)

    assert session_speakers(fetch(FORUM)) == {"Opening": []}


# 4. A scheduled publish


def schedule(page, *, at, **fields):
    """Schedule a revision of `page` (with `fields` changed) to go live `at`."""
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.go_live_at = at
    revision = page.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at == at
    return revision


def make_due(revision):
    """Move a scheduled revision's go-live time into the past, as if the clock had passed it,
    without a signal (the cache still believes the publish is an hour away)."""
    past = timezone.now() - datetime.timedelta(seconds=1)
    content = {**revision.content, "go_live_at": past.isoformat()}
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=past, content=content)


def test_speakers_scheduled_publish_of_new_page_shows_after_publish_scheduled(scene, fetch, gql):
    clara = SpeakerPageFactory(parent=scene.index, title="Clara", live=False)
    revision = schedule(clara, at=timezone.now() + datetime.timedelta(hours=1))
    assert not Page.objects.get(pk=clara.pk).live
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    make_due(revision)
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]  # not live yet

    call_command("publish_scheduled", verbosity=0)

    assert Page.objects.get(pk=clara.pk).live
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris", "Clara"]


def test_speakers_scheduled_revision_of_live_page_shows_after_publish_scheduled(scene, fetch):
    revision = schedule(scene.anna, at=timezone.now() + datetime.timedelta(hours=1), title="Ann")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    make_due(revision)
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]

    call_command("publish_scheduled", verbosity=0)

    assert speaker_names(fetch(SPEAKERS)) == ["Ann", "Boris"]


def test_speakers_scheduled_unpublish_by_publish_scheduled_hides_page(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    past = timezone.now() - datetime.timedelta(minutes=1)
    Page.objects.filter(pk=scene.anna.pk).update(expire_at=past)  # no signal: still cached
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]

    call_command("publish_scheduled", verbosity=0)

    assert not Page.objects.get(pk=scene.anna.pk).live
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]


# 5. Cache-Control max-age


def test_max_age_nothing_scheduled_is_configured(scene, gql, settings):
    assert settings.GRAPHQL_HTTP_MAX_AGE == 60
    assert max_age(gql.get(SPEAKERS)) == 60
    assert max_age(gql.get(SPEAKERS)) == 60  # from the cache


def test_max_age_expire_at_ahead_bounds_it(scene, gql):
    SpeakerPageFactory(
        parent=scene.index, title="Dora", expire_at=timezone.now() + datetime.timedelta(seconds=30)
    )
    first = gql.get(SPEAKERS)
    assert "Dora" in speaker_names(first.json()["data"])
    assert 20 <= max_age(first) <= 30
    assert max_age(gql.get(SPEAKERS)) <= 30  # from the cache


def test_max_age_scheduled_publish_ahead_bounds_it(scene, gql):
    clara = SpeakerPageFactory(parent=scene.index, title="Clara", live=False)
    schedule(clara, at=timezone.now() + datetime.timedelta(seconds=30))
    first = gql.get(SPEAKERS)
    assert speaker_names(first.json()["data"]) == ["Anna", "Boris"]
    assert 20 <= max_age(first) <= 30


def test_max_age_expire_at_of_other_query_bounds_every_answer(scene, gql):
    """The bound is global: a forum answer is bounded by a speaker's expiry too."""
    SpeakerPageFactory(
        parent=scene.index, title="Dora", expire_at=timezone.now() + datetime.timedelta(seconds=30)
    )
    assert max_age(gql.get(FORUM)) <= 30


def test_max_age_expired_and_unpublished_pages_do_not_bound_it(scene, gql):
    """Past expiries and the expiry of a page that is not live are no future change."""
    SpeakerPageFactory(
        parent=scene.index, title="Eve", expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    SpeakerPageFactory(
        parent=scene.index,
        title="Fay",
        live=False,
        expire_at=timezone.now() + datetime.timedelta(seconds=30),
    )
    response = gql.get(SPEAKERS)
    assert speaker_names(response.json()["data"]) == ["Anna", "Boris"]
    assert max_age(response) == 60


# 6. A move and a delete


def test_speakers_move_into_unpublished_section_hides_page(scene, fetch):
    archive = SpeakerIndexPageFactory(
        parent=scene.forum, title="Archive", slug="archive", live=False
    )
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=scene.anna.pk).move(archive, pos="last-child")
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Boris"]}


def test_speakers_move_into_restricted_section_hides_page(scene, fetch):
    private = SpeakerIndexPageFactory(parent=scene.forum, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=scene.boris.pk).move(private, pos="last-child")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna"]


def test_speakers_move_out_of_restricted_section_shows_page(scene, fetch):
    private = SpeakerIndexPageFactory(parent=scene.forum, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    clara = SpeakerPageFactory(parent=private, title="Clara")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=clara.pk).move(scene.index, pos="last-child")
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris", "Clara"]


def test_speakers_delete_hides_page(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=scene.anna.pk).delete()
    assert speaker_names(fetch(SPEAKERS)) == ["Boris"]
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Boris"]}


def test_forum_delete_of_session_hides_it(scene, fetch):
    assert session_speakers(fetch(FORUM)) == {"Opening": ["Anna", "Boris"]}
    Page.objects.get(pk=scene.session.pk).delete()
    assert session_speakers(fetch(FORUM)) == {}


def test_speakers_delete_of_section_hides_descendants(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=scene.index.pk).delete()
    assert speaker_names(fetch(SPEAKERS)) == []


def test_speakers_unpublish_of_section_hides_descendants(scene, fetch):
    assert speaker_names(fetch(SPEAKERS)) == ["Anna", "Boris"]
    Page.objects.get(pk=scene.index.pk).specific.unpublish()  # the section only
    assert Page.objects.get(pk=scene.anna.pk).live
    assert speaker_names(fetch(SPEAKERS)) == []
    assert session_speakers(fetch(FORUM)) == {"Opening": []}
