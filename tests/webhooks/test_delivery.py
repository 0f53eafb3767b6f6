"""Signed deliveries to a real local receiver: signature, retries, 410, the loopback rule."""

import json

import pytest
from standardwebhooks.webhooks import WebhookVerificationError

from tests.factories import StandardPageFactory
from webhooks.domain.delivery import deliver_due, replay, retry_delay
from webhooks.models import Delivery, DeliveryStatus, Endpoint
from webhooks.secrets import generate_secret


def publish_page(home, capture):
    with capture(execute=True):
        return StandardPageFactory(parent=home, title="Volunteers", slug="volunteers")


def test_delivery_signed_verifiable_by_standardwebhooks(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    page = publish_page(home, django_capture_on_commit_callbacks)

    [event] = receiver.verified(endpoint.secret)
    assert event["type"] == "page.published"
    assert event["data"]["id"] == page.pk
    assert event["data"]["path"] == "/en/volunteers/"
    headers = receiver.requests[0]["headers"]
    assert headers["webhook-signature"].startswith("v1,")
    assert Delivery.objects.get().status == DeliveryStatus.SUCCEEDED


def test_delivery_signature_rejected_with_other_secret(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish_page(home, django_capture_on_commit_callbacks)

    with pytest.raises(WebhookVerificationError):
        receiver.verified(generate_secret())


def test_delivery_retried_on_error_with_same_webhook_id(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 503]
    publish_page(home, django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING and delivery.response_status == 500

    deliver_due()
    deliver_due()

    delivery.refresh_from_db()
    assert [r["headers"]["webhook-id"] for r in receiver.requests] == [
        delivery.event.message_id
    ] * 3
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.attempts == 3
    assert [entry["status"] for entry in delivery.log] == [500, 503, 200]
    assert len(receiver.verified(endpoint.secret)) == 3


def test_delivery_retried_when_endpoint_unreachable(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.server.shutdown()
    receiver.server.server_close()
    publish_page(home, django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.response_status is None
    assert "ConnectionRefusedError" in delivery.error


def test_delivery_retried_after_timeout(
    home, endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_TIMEOUT_SECONDS = 0.5
    receiver.delays = [3]
    publish_page(home, django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    assert "timed out" in delivery.error

    deliver_due()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED


def test_delivery_fails_after_max_attempts(
    home, endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_MAX_ATTEMPTS = 2
    receiver.statuses = [500, 500, 500]
    publish_page(home, django_capture_on_commit_callbacks)
    deliver_due()
    deliver_due()

    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert len(receiver.requests) == 2


def test_delivery_retry_waits_for_its_time(
    home, endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_RETRY_BASE_SECONDS = 3600
    receiver.statuses = [500]
    publish_page(home, django_capture_on_commit_callbacks)

    assert deliver_due() == 0
    assert len(receiver.requests) == 1


def test_delivery_410_disables_endpoint(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [410]
    publish_page(home, django_capture_on_commit_callbacks)

    endpoint.refresh_from_db()
    assert not endpoint.active
    assert "410" in endpoint.disabled_reason
    assert Delivery.objects.get().status == DeliveryStatus.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home, title="Another")
    assert len(receiver.requests) == 1


def test_delivery_to_loopback_refused_by_default(
    home, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    endpoint = Endpoint.objects.create(url=receiver.url)
    settings.WEBHOOKS_ALLOW_LOOPBACK = False

    publish_page(home, django_capture_on_commit_callbacks)

    assert receiver.requests == []
    delivery = Delivery.objects.get(endpoint=endpoint)
    assert delivery.status == DeliveryStatus.FAILED
    assert "loopback" in delivery.error


def test_delivery_to_loopback_allowed_by_private_setting(
    home, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    Endpoint.objects.create(url=receiver.url)

    publish_page(home, django_capture_on_commit_callbacks)

    assert len(receiver.requests) == 1


def test_replay_sends_again_with_same_webhook_id(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish_page(home, django_capture_on_commit_callbacks)
    delivery = Delivery.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        assert replay(delivery=delivery)

    first, second = receiver.requests
    assert first["headers"]["webhook-id"] == second["headers"]["webhook-id"]
    assert json.loads(first["body"]) == json.loads(second["body"])
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED


def test_replay_refused_when_endpoint_disabled(
    home, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish_page(home, django_capture_on_commit_callbacks)
    Endpoint.objects.update(active=False)

    assert not replay(delivery=Delivery.objects.get())
    assert len(receiver.requests) == 1


@pytest.mark.parametrize(("attempts", "full"), [(1, 30), (2, 60), (3, 120), (12, 3600)])
def test_retry_delay_doubles_with_jitter_and_cap(settings, attempts, full):
    settings.WEBHOOKS_RETRY_BASE_SECONDS = 30
    settings.WEBHOOKS_RETRY_MAX_SECONDS = 3600
    delays = {retry_delay(attempts=attempts) for _ in range(50)}
    assert all(full / 2 <= d <= full for d in delays)
    assert len(delays) > 1  # jittered
