"""Webhook endpoints, the events sent to them and each endpoint's delivery of an event."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from webhooks.network import AddressRefused, allowed_address
from webhooks.secrets import generate_secret, validate_secret


class EventType(models.TextChoices):
    PAGE_PUBLISHED = "page.published", _("Page published")
    PAGE_UNPUBLISHED = "page.unpublished", _("Page unpublished or expired")
    PAGE_DELETED = "page.deleted", _("Page deleted")
    PAGE_MOVED = "page.moved", _("Page moved")
    PAGE_PRIVACY_CHANGED = "page.privacy_changed", _("Page privacy changed")
    SNIPPET_CHANGED = "snippet.changed", _("Snippet changed")


class Endpoint(models.Model):
    """A URL that receives signed webhooks for some or all event types."""

    url = models.URLField(_("URL"), max_length=500)
    description = models.CharField(_("description"), max_length=255, blank=True)
    events = models.JSONField(
        _("events"), default=list, blank=True, help_text=_("None selected: every event.")
    )
    secret = models.CharField(
        _("secret"),
        max_length=100,
        default=generate_secret,
        validators=[validate_secret],
        help_text=_("whsec_ and base64; the receiver verifies signatures with it."),
    )
    active = models.BooleanField(_("active"), default=True)
    disabled_reason = models.CharField(_("why disabled"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("events"),
        FieldPanel("secret"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return self.url

    def clean(self):
        super().clean()
        if self.url:
            try:
                allowed_address(self.url)
            except AddressRefused as error:
                raise ValidationError({"url": str(error)}) from None

    def subscribes_to(self, event_type):
        return not self.events or event_type in self.events


class Event(models.Model):
    """One content change, as the JSON body every endpoint receives. Its `message_id` is the
    `webhook-id` header of every delivery and retry, so receivers can drop duplicates."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(_("type"), max_length=40, choices=EventType.choices)
    body = models.TextField(_("body"))
    # Set on expiry events: the scheduler's later unpublish of the same page is not sent twice.
    dedupe_key = models.CharField(max_length=120, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")

    def __str__(self):
        return f"{self.type} {self.message_id}"

    @property
    def message_id(self):
        return f"msg_{self.id.hex}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    SUCCEEDED = "succeeded", _("Delivered")
    FAILED = "failed", _("Failed")
    DISCARDED = "discarded", _("Discarded")


class Delivery(models.Model):
    """An event on its way to one endpoint: attempts, the last answer, and when to retry. A
    pending delivery is due at `next_attempt_at`; an attempt pushes it forward while it runs,
    so two workers never send it at once and a crashed one's delivery becomes due again."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(Endpoint, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(
        _("status"), max_length=12, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    response_status = models.PositiveIntegerField(_("last response"), null=True, blank=True)
    error = models.CharField(_("last error"), max_length=500, blank=True)
    log = models.JSONField(_("attempt log"), default=list, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhooks_due")]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event.type} → {self.endpoint.url}"
