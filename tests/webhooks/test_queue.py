"""Deliveries on a real Redis queue (django-rq), worked by an rq worker in burst mode."""

import uuid

import django_rq
import pytest
import redis
from rq import SimpleWorker

from tests.factories import StandardPageFactory
from webhooks.models import Delivery, DeliveryStatus

REDIS_URL = "redis://127.0.0.1:6379/12"  # 13-15 serve the bench and cache tests


@pytest.fixture
def redis_queue(settings):
    """A queue of its own on Redis database 12, removed afterwards with its jobs."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379")
    name = f"webhooks-test-{uuid.uuid4().hex[:8]}"
    settings.WEBHOOKS_REDIS_URL = REDIS_URL
    settings.WEBHOOKS_QUEUE = name
    settings.RQ_QUEUES = {name: {"URL": REDIS_URL}}
    queue = django_rq.get_queue(name)
    yield queue
    registries = [
        queue.finished_job_registry,
        queue.failed_job_registry,
        queue.scheduled_job_registry,
        queue.started_job_registry,
    ]
    for registry in registries:
        for job_id in registry.get_job_ids():
            queue.connection.delete(f"rq:job:{job_id}", f"rq:results:{job_id}")
        queue.connection.delete(registry.key)
    queue.delete(delete_jobs=True)


def work(queue):
    """Run the queue's jobs in this process (the test's database transaction is visible)."""
    SimpleWorker([queue], connection=queue.connection).work(burst=True)


def test_publish_enqueues_and_worker_delivers(
    home, endpoint, receiver, redis_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=home)

    assert receiver.requests == []  # nothing sent in the request
    assert redis_queue.count == 1

    work(redis_queue)

    [event] = receiver.verified(endpoint.secret)
    assert event["data"]["id"] == page.pk
    assert Delivery.objects.get().status == DeliveryStatus.SUCCEEDED


def test_worker_retries_through_queue_with_same_id(
    home, endpoint, receiver, redis_queue, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, 504]
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home)

    work(redis_queue)

    assert len({r["headers"]["webhook-id"] for r in receiver.requests}) == 1
    assert len(receiver.verified(endpoint.secret)) == 3
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SUCCEEDED, 3)


def test_later_retry_scheduled_on_queue(
    home, endpoint, receiver, redis_queue, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_RETRY_BASE_SECONDS = 600
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home)

    work(redis_queue)

    assert len(receiver.requests) == 1
    assert redis_queue.scheduled_job_registry.count == 1
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING


def test_publish_succeeds_when_redis_is_down(
    home, endpoint, receiver, settings, client, django_capture_on_commit_callbacks
):
    settings.WEBHOOKS_REDIS_URL = "redis://127.0.0.1:1/0"
    settings.RQ_QUEUES = {settings.WEBHOOKS_QUEUE: {"URL": "redis://127.0.0.1:1/0"}}

    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home)

    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 0)
    assert receiver.requests == []
