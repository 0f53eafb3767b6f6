"""Named releases of an edition's programme and the per-edition choice to publish live.

A release freezes the programme as the feeds export it, in every language, so its feed URLs
answer the same bytes however the sessions are edited later; the changelog compares
consecutive releases."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum.models import ForumEditionPage

VERSION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"


class ScheduleRelease(models.Model):
    """A frozen programme of a forum edition, named `version` (v1, v2, ...). `snapshot` holds
    {locale code: neutral programme data} (schedule/domain/snapshot.py)."""

    edition = models.ForeignKey(
        ForumEditionPage, on_delete=models.CASCADE, related_name="schedule_releases"
    )
    # The edition's translation key: one series of releases for all its languages.
    edition_key = models.UUIDField(db_index=True, editable=False)
    version = models.CharField(
        _("version"),
        max_length=32,
        validators=[
            RegexValidator(
                VERSION_PATTERN,
                _("Use letters, digits, dots, hyphens or underscores, e.g. v2."),
            )
        ],
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    snapshot = models.JSONField(default=dict, editable=False)

    class Meta:
        ordering = ["edition_key", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition_key", "version"], name="schedule_release_unique_version"
            )
        ]
        verbose_name = _("programme release")
        verbose_name_plural = _("programme releases")

    def __str__(self):
        return f"{self.edition.year} {self.version}"


class ScheduleMode(models.Model):
    """Whether an edition's feeds follow every published change (live) or only releases."""

    edition_key = models.UUIDField(unique=True)
    publish_live = models.BooleanField(
        _("publish live"),
        default=False,
        help_text=_("The feeds show every published change at once, not only releases."),
    )

    class Meta:
        verbose_name = _("programme publishing mode")

    def __str__(self):
        return f"{self.edition_key}: {'live' if self.publish_live else 'releases'}"
