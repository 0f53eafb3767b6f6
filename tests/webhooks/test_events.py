"""Which content changes send which events, with what `data`, received by a real server."""

import datetime

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory, ThemeFactory, translate
from webhooks.domain.events import announce_expired
from webhooks.models import Endpoint, Event


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Run `change()` in a committed transaction; the events received for it."""

    def run(change, receiver):
        before = len(receiver.requests)
        with django_capture_on_commit_callbacks(execute=True):
            result = change()
        return result, receiver.events()[before:]

    return run


@pytest.fixture
def section(home, endpoint, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return StandardPageFactory(parent=home, title="About", slug="about")


def types(events):
    return [e["type"] for e in events]


def test_published_event_data(home, endpoint, receiver, send):
    page, events = send(lambda: StandardPageFactory(parent=home, slug="volunteers"), receiver)

    [event] = events
    assert event["type"] == "page.published"
    assert event["data"] == {
        "id": page.pk,
        "type": "pages.StandardPage",
        "locale": "en",
        "path": "/en/volunteers/",
        "url": "http://localhost/en/volunteers/",
        "translation_key": str(page.translation_key),
    }


def test_published_translation_in_its_locale(home, section, locale_ru, receiver, send):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translation, events = send(lambda: translate(section, locale_ru, title="О нас"), receiver)

    data = events[-1]["data"]
    assert (data["id"], data["locale"], data["path"]) == (translation.pk, "ru", "/ru/about/")
    assert data["translation_key"] == str(section.translation_key)


def test_unpublished_by_editor(section, receiver, send):
    _, events = send(section.unpublish, receiver)

    [event] = events
    assert event["type"] == "page.unpublished"
    assert event["data"]["reason"] == "unpublished"
    assert event["data"]["path"] == "/en/about/"


def test_deleted_live_pages_send_deleted_only(section, receiver, send):
    child = StandardPageFactory(parent=section, slug="team")
    ids = {section.pk, child.pk}

    _, events = send(section.delete, receiver)

    assert types(events) == ["page.deleted", "page.deleted"]
    assert {e["data"]["id"] for e in events} == ids
    assert {e["data"]["path"] for e in events} == {"/en/about/", "/en/about/team/"}


def test_moved_has_old_and_new_path(home, section, receiver, send):
    page = StandardPageFactory(parent=home, slug="team")

    _, events = send(lambda: page.move(section, pos="last-child"), receiver)

    [event] = events
    assert event["type"] == "page.moved"
    assert (event["data"]["old_path"], event["data"]["path"]) == ("/en/team/", "/en/about/team/")


@pytest.mark.parametrize("restriction", ["password", "login"])
def test_privacy_changed_on_restriction_and_release(section, receiver, send, restriction):
    add = lambda: PageViewRestriction.objects.create(  # noqa: E731
        page=section, restriction_type=restriction, password="secret"
    )
    restricted, events = send(add, receiver)
    assert [(e["type"], e["data"]["restricted"]) for e in events] == [
        ("page.privacy_changed", True)
    ]

    _, events = send(restricted.delete, receiver)
    assert [(e["type"], e["data"]["restricted"]) for e in events] == [
        ("page.privacy_changed", False)
    ]


def test_deleting_restricted_page_sends_no_privacy_event(section, receiver, send):
    PageViewRestriction.objects.create(page=section, restriction_type="login")

    _, events = send(section.delete, receiver)

    assert types(events) == ["page.deleted"]


def test_snippet_saved_and_deleted(endpoint, receiver, send):
    theme, events = send(lambda: ThemeFactory(name="Ecology"), receiver)
    assert [(e["type"], e["data"]["action"]) for e in events] == [("snippet.changed", "saved")]
    assert events[0]["data"]["model"] == "forum.Theme"
    assert events[0]["data"]["locale"] == "en"
    assert events[0]["data"]["translation_key"] == str(theme.translation_key)

    _, events = send(theme.delete, receiver)
    assert [e["data"]["action"] for e in events] == ["deleted"]


def test_expiry_announced_once_before_and_after_scheduler(section, receiver, send):
    section.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    section.save(update_fields=["expire_at"])

    _, events = send(announce_expired, receiver)
    assert [(e["type"], e["data"]["reason"]) for e in events] == [("page.unpublished", "expired")]

    _, again = send(announce_expired, receiver)
    _, scheduler = send(lambda: call_command("publish_scheduled", verbosity=0), receiver)
    assert again == scheduler == []
    section.refresh_from_db()
    assert not section.live and section.expired


def test_expiry_sent_by_scheduler_when_not_announced(section, receiver, send):
    section.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    section.save(update_fields=["expire_at"])

    _, events = send(lambda: call_command("publish_scheduled", verbosity=0), receiver)

    assert [(e["type"], e["data"]["reason"]) for e in events] == [("page.unpublished", "expired")]


def test_future_expiry_not_announced(section, receiver, send):
    section.expire_at = timezone.now() + datetime.timedelta(hours=1)
    section.save(update_fields=["expire_at"])

    _, events = send(announce_expired, receiver)

    assert events == []


def test_endpoint_gets_only_its_events(home, endpoint, receiver, send):
    Endpoint.objects.update(events=["page.deleted"])

    page, events = send(lambda: StandardPageFactory(parent=home), receiver)
    assert events == []

    _, events = send(page.delete, receiver)
    assert types(events) == ["page.deleted"]


def test_nothing_recorded_without_endpoints(home, receiver, send):
    send(lambda: StandardPageFactory(parent=home), receiver)

    assert not Event.objects.exists()


def test_rolled_back_change_sends_nothing(home, endpoint, receiver, send):
    def change_then_fail():
        with pytest.raises(RuntimeError), transaction.atomic():
            StandardPageFactory(parent=home)
            raise RuntimeError

    send(change_then_fail, receiver)

    assert receiver.requests == []
    assert not Event.objects.exists()
