"""Sending: signed POSTs, retries with exponential backoff and jitter, and where they run.

With `REDIS_URL` set (production) each attempt is a job on the django-rq queue
`WEBHOOKS_QUEUE`, enqueued when the publishing transaction commits, and a retry is scheduled
on the queue for its time (the worker runs with `--with-scheduler`). Without it (development,
tests) the first attempt runs right after the transaction commits, in the same process, and
retries wait for `manage.py webhooks deliver`, which sends whatever is due (with `--loop`, it
keeps doing so). Either way nothing retries inside a request.

Any answer outside 2xx, a timeout or a refused connection is retried, up to
`WEBHOOKS_MAX_ATTEMPTS` attempts; `410 Gone` disables the endpoint. Every attempt carries the
event's one `webhook-id`, a fresh `webhook-timestamp` and a `v1` HMAC-SHA256 signature made
by the `standardwebhooks` library."""

import datetime
import http.client
import logging
import random

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from standardwebhooks.webhooks import Webhook

from webhooks.models import Delivery, DeliveryStatus, Endpoint
from webhooks.network import AddressRefused, post

logger = logging.getLogger(__name__)
LOG_LENGTH = 20  # attempts kept in a delivery's log


def uses_queue():
    """Whether attempts run on the Redis queue (REDIS_URL set) or in this process."""
    return bool(getattr(settings, "WEBHOOKS_REDIS_URL", None))


def retry_delay(*, attempts):
    """Seconds to wait after `attempts` failed attempts: doubling from
    WEBHOOKS_RETRY_BASE_SECONDS up to WEBHOOKS_RETRY_MAX_SECONDS, the second half of it
    random ("equal jitter"), so endpoints that come back are not hit by every retry at once."""
    delay = min(
        settings.WEBHOOKS_RETRY_BASE_SECONDS * 2 ** (attempts - 1),
        settings.WEBHOOKS_RETRY_MAX_SECONDS,
    )
    return delay / 2 + random.uniform(0, delay / 2)


def enqueue(*, delivery_id, at=None):
    """Put an attempt on the django-rq queue, for now or for `at`; False when Redis is
    unreachable (then `webhooks deliver` sends the delivery when it is overdue)."""
    import django_rq

    try:
        queue = django_rq.get_queue(settings.WEBHOOKS_QUEUE, commit_mode="auto")
        if at is None or at <= timezone.now():
            queue.enqueue(run_job, delivery_id)
        else:
            queue.enqueue_at(at, run_job, delivery_id)
    except Exception:  # noqa: BLE001 - a Redis outage must not fail the publishing request
        logger.warning("Webhook delivery %s not queued: Redis unreachable", delivery_id)
        return False
    return True


def start(delivery_id):
    """First attempt, once the change is committed: on the queue, or here and now."""
    if uses_queue():
        enqueue(delivery_id=delivery_id)
    else:
        attempt(delivery_id=delivery_id)


def schedule(*, delivery_id, at=None):
    """Attempt the delivery as soon as the current transaction commits (`at` None), or at
    `at` (a retry, its row saved already: on the queue, or by `webhooks deliver`)."""
    if at is None:
        # robust: an error is logged, and the request that published still succeeds.
        transaction.on_commit(lambda: start(delivery_id), robust=True)
    elif uses_queue():
        enqueue(delivery_id=delivery_id, at=at)


def dispatch(*, deliveries):
    """Send new deliveries once the current transaction commits."""
    for delivery in deliveries:
        schedule(delivery_id=delivery.pk)


def run_job(delivery_id):
    """The queue's job: one attempt."""
    attempt(delivery_id=delivery_id)


def signed_headers(*, delivery, now):
    """The Standard Webhooks headers of one attempt."""
    message_id = delivery.event.message_id
    signature = Webhook(delivery.endpoint.secret).sign(
        msg_id=message_id, timestamp=now.astimezone(datetime.UTC), data=delivery.event.body
    )
    return {
        "content-type": "application/json",
        "user-agent": "WeTogether-Webhooks/1",
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }


def claim(*, delivery_id, now):
    """Take a due delivery for one attempt; False when it is not due or taken already."""
    lease = now + datetime.timedelta(seconds=settings.WEBHOOKS_TIMEOUT_SECONDS + 60)
    return bool(
        Delivery.objects.filter(
            pk=delivery_id, status=DeliveryStatus.PENDING, next_attempt_at__lte=now
        ).update(next_attempt_at=lease)
    )


def attempt(*, delivery_id):
    """One attempt of a due delivery; its status afterwards, or None when it was not due."""
    now = timezone.now()
    if not claim(delivery_id=delivery_id, now=now):
        return None
    delivery = Delivery.objects.select_related("event", "endpoint").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if not endpoint.active:
        return finish(
            delivery, now=now, status=DeliveryStatus.DISCARDED, error="The endpoint is disabled."
        )
    code, error = None, ""
    try:
        code = post(
            url=endpoint.url,
            body=delivery.event.body.encode(),
            headers=signed_headers(delivery=delivery, now=now),
            timeout=settings.WEBHOOKS_TIMEOUT_SECONDS,
        )
    except AddressRefused as refused:
        return finish(delivery, now=now, status=DeliveryStatus.FAILED, error=str(refused))
    except (OSError, http.client.HTTPException) as failure:
        error = f"{type(failure).__name__}: {failure}" if str(failure) else type(failure).__name__
    except Exception as failure:  # noqa: BLE001 - counted as a failed attempt, not lost
        logger.exception("Webhook delivery %s failed", delivery_id)
        error = f"Internal error: {type(failure).__name__}"
    if code is not None and 200 <= code < 300:
        return finish(delivery, now=now, status=DeliveryStatus.SUCCEEDED, code=code)
    error = error or f"HTTP {code}"
    if code == 410:
        reason = f"410 Gone on {now:%Y-%m-%d %H:%M} UTC"
        Endpoint.objects.filter(pk=endpoint.pk).update(active=False, disabled_reason=reason)
        return finish(
            delivery,
            now=now,
            status=DeliveryStatus.FAILED,
            code=code,
            error="HTTP 410 Gone: the endpoint is disabled.",
        )
    if delivery.attempts + 1 >= settings.WEBHOOKS_MAX_ATTEMPTS:
        return finish(delivery, now=now, status=DeliveryStatus.FAILED, code=code, error=error)
    retry_at = now + datetime.timedelta(seconds=retry_delay(attempts=delivery.attempts + 1))
    finish(
        delivery, now=now, status=DeliveryStatus.PENDING, code=code, error=error, retry_at=retry_at
    )
    schedule(delivery_id=delivery.pk, at=retry_at)
    return DeliveryStatus.PENDING


def finish(delivery, *, now, status, code=None, error="", retry_at=None):
    """Store an attempt's outcome; the new status."""
    entry = {"at": now.isoformat(), "status": code, "error": error[:300]}
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status,
        attempts=delivery.attempts + 1,
        last_attempt_at=now,
        next_attempt_at=retry_at,
        response_status=code,
        error=error[:500],
        log=[*delivery.log, entry][-LOG_LENGTH:],
    )
    return status


def deliver_due(*, now=None, limit=500):
    """Attempt the deliveries that are due (oldest first), one after the other; the number
    attempted. In queue mode only those overdue by a minute, which the queue lost (Redis was
    down when they were scheduled)."""
    now = now or timezone.now()
    if uses_queue():
        now -= datetime.timedelta(seconds=60)
    due = Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
    ids = list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:limit])
    return sum(attempt(delivery_id=i) is not None for i in ids)


def replay(*, delivery):
    """Send a delivery again, with its `webhook-id`, whatever its outcome; False (and
    nothing sent) when its endpoint is disabled."""
    if not Endpoint.objects.filter(pk=delivery.endpoint_id, active=True).exists():
        return False
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    schedule(delivery_id=delivery.pk)
    return True
