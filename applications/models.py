"""The prize year behind the public pages: applications, their review and determinations.

Nothing here is public. An application refers to the prize tree (edition, category,
nomination) but is never a page; a laureate becomes an `EntryPage` only through
`domain/publishing.py`, and only what an editor puts on that page is shown.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from applications.choices import Outcome, Recommendation, State
from prize import geography
from prize.choices import ApplicantType, EntryType, PrizeTrack, WorldRegion

USER = settings.AUTH_USER_MODEL


def attachment_path(instance, filename):
    """A random path under applications/: the file's URL cannot be guessed, and the site
    serves it only through the permission-checked view (views.attachment)."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"applications/{uuid.uuid4().hex}/{uuid.uuid4().hex}{suffix}"


class Application(models.Model):
    edition = models.ForeignKey(
        "prize.PrizeEditionPage", on_delete=models.PROTECT, related_name="applications",
        verbose_name=_("prize edition"),
    )  # fmt: skip
    track = models.CharField(_("track"), max_length=20, choices=PrizeTrack.choices)
    applicant = models.ForeignKey(
        USER, on_delete=models.PROTECT, related_name="prize_applications",
        verbose_name=_("applicant"),
    )  # fmt: skip
    applicant_type = models.CharField(
        _("applicant type"), max_length=20, choices=ApplicantType.choices
    )
    entry_type = models.CharField(_("entry type"), max_length=20, choices=EntryType.choices)
    category = models.ForeignKey(
        "prize.CategoryPage", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("category"),
    )  # fmt: skip
    nomination = models.ForeignKey(
        "prize.NominationPage", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
        verbose_name=_("nomination"),
    )  # fmt: skip
    organisation = models.CharField(_("organisation or person"), max_length=250, blank=True)
    region_code = models.CharField(
        _("Russian region"), max_length=6, blank=True,
        validators=[geography.validate_subject_code],
    )  # fmt: skip
    country_code = models.CharField(
        _("country"), max_length=2, blank=True, validators=[geography.validate_prize_country]
    )
    title = models.CharField(_("title"), max_length=250)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent = models.BooleanField(_("consent to the processing of personal data"), default=False)
    consent_at = models.DateTimeField(null=True, blank=True, editable=False)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE,
        help_text=_("Determination e-mails are sent in this language"),
    )  # fmt: skip
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.DRAFT, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    entry = models.ForeignKey(
        "prize.EntryPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("public entry"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def world_region(self):
        """Derived, never typed: Russia on the national track, else the country's region
        ("" while no country is chosen)."""
        if self.track == PrizeTrack.NATIONAL:
            return WorldRegion.RUSSIA
        return geography.world_region(self.country_code)

    def get_world_region_display(self):
        return WorldRegion(self.world_region).label if self.world_region else ""


class ApplicationRevision(models.Model):
    """What was submitted, kept at each submit (the application itself keeps changing)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    data = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"], name="applications_one_revision_number"
            )
        ]

    def __str__(self):
        return f"{self.application} #{self.number}"


class ActivityLog(models.Model):
    """One transition: who moved the application from which state to which, and when."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="log")
    user = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=40)
    from_state = models.CharField(max_length=20, choices=State.choices)
    to_state = models.CharField(max_length=20, choices=State.choices)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.application}: {self.action}"


class Attachment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path, max_length=200)
    name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.name


class Panel(models.Model):
    """The experts who review one category of an edition."""

    edition = models.ForeignKey(
        "prize.PrizeEditionPage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("prize edition"),
    )  # fmt: skip
    category = models.ForeignKey(
        "prize.CategoryPage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("category"),
    )  # fmt: skip
    experts = models.ManyToManyField(USER, related_name="expert_panels", verbose_name=_("experts"))

    class Meta:
        verbose_name = _("panel")
        constraints = [
            models.UniqueConstraint(fields=["category"], name="applications_one_panel_per_category")
        ]

    def __str__(self):
        return str(self.category.title)


class Assignment(models.Model):
    """An expert asked to review an application."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="assignments"
    )
    expert = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="assignments")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "expert"], name="applications_one_assignment_per_expert"
            )
        ]

    def __str__(self):
        return f"{self.expert} → {self.application}"


class Scorecard(models.Model):
    """An edition's criteria (3 to 5, weighted) and the scale every score is on."""

    edition = models.OneToOneField(
        "prize.PrizeEditionPage", on_delete=models.CASCADE, related_name="scorecard",
        verbose_name=_("prize edition"),
    )  # fmt: skip
    scale_min = models.PositiveSmallIntegerField(_("lowest score"), default=1)
    scale_max = models.PositiveSmallIntegerField(_("highest score"), default=10)
    minimum_reviews = models.PositiveSmallIntegerField(
        _("reviews needed before ranking"), default=2, validators=[MinValueValidator(1)]
    )
    disagreement = models.FloatField(
        _("disagreement threshold"), default=2.0,
        help_text=_("Standard deviation of the experts' scores above which a result is flagged"),
    )  # fmt: skip

    class Meta:
        verbose_name = _("scorecard")

    def __str__(self):
        return str(self.edition)


class Criterion(models.Model):
    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="criteria")
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    weight = models.DecimalField(
        _("weight"), max_digits=5, decimal_places=2, validators=[MinValueValidator(0.01)]
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("criterion")
        ordering = ["sort_order", "pk"]

    def name(self, language):
        return self.name_ru if language == "ru" and self.name_ru else self.name_en

    def __str__(self):
        return self.name_en


class Review(models.Model):
    """One expert's review of one assigned application; counted once `submitted_at` is set
    and not `abstain`."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="review")
    recommendation = models.CharField(
        _("recommendation"), max_length=10, choices=Recommendation.choices, blank=True
    )
    comment = models.TextField(_("comment"), blank=True)
    abstain = models.BooleanField(_("abstain"), default=False)
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("review")

    def __str__(self):
        return str(self.assignment)


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    value = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "criterion"], name="applications_one_score_per_criterion"
            )
        ]

    def __str__(self):
        return f"{self.criterion}: {self.value}"


class Recusal(models.Model):
    """A coordinator takes an expert off an application: their review is left out."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="recusals")
    expert = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("reason"), blank=True)
    recused_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("recusal")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "expert"], name="applications_one_recusal"
            )
        ]

    def __str__(self):
        return f"{self.expert} ✕ {self.application}"


class ConflictOfInterest(models.Model):
    """An expert's declared conflict: never assigned to the applications it covers, and
    their reviews of them are left out. It covers one application, or every application
    of an organisation, a Russian region or a country (recorded before any assignment);
    see domain/conflicts.py."""

    expert = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="conflicts")
    application = models.ForeignKey(
        Application, null=True, blank=True, on_delete=models.CASCADE, related_name="conflicts",
        verbose_name=_("application"),
    )  # fmt: skip
    organisation = models.CharField(
        _("applicant organisation"), max_length=250, blank=True,
        help_text=_("Every application of this organisation (any case)"),
    )  # fmt: skip
    region_code = models.CharField(
        _("Russian region"), max_length=6, blank=True,
        validators=[geography.validate_subject_code],
        help_text=_("Every application from this region (ISO 3166-2:RU)"),
    )  # fmt: skip
    country_code = models.CharField(
        _("country"), max_length=2, blank=True, validators=[geography.validate_country_code],
        help_text=_("Every application from this country (ISO 3166-1 alpha-2)"),
    )  # fmt: skip
    reason = models.TextField(_("reason"), blank=True)
    declared_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    declared_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "expert"], name="applications_one_conflict"
            ),
            models.CheckConstraint(
                condition=models.Q(application__isnull=False)
                | ~models.Q(organisation="")
                | ~models.Q(region_code="")
                | ~models.Q(country_code=""),
                name="applications_conflict_has_a_subject",
            ),
        ]

    def clean(self):
        if not (self.application_id or self.organisation.strip() or self.region_code
                or self.country_code):  # fmt: skip
            raise ValidationError(
                _("Name the application, organisation, region or country the conflict is with.")
            )

    def subject(self):
        """What the conflict covers, for lists."""
        if self.application_id:
            return str(self.application)
        parts = [self.organisation.strip(), self.region_code, self.country_code]
        return ", ".join(p for p in parts if p)

    def __str__(self):
        return f"{self.expert} ≠ {self.subject()}"


class DeterminationMessage(models.Model):
    """What the applicant is told when their application reaches `outcome`, per edition,
    in both languages."""

    edition = models.ForeignKey(
        "prize.PrizeEditionPage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("prize edition"),
    )  # fmt: skip
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    subject_en = models.CharField(_("subject (English)"), max_length=200)
    subject_ru = models.CharField(_("subject (Russian)"), max_length=200)
    body_en = models.TextField(_("message (English)"))
    body_ru = models.TextField(_("message (Russian)"))

    class Meta:
        verbose_name = _("determination message")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "outcome"], name="applications_one_message_per_outcome"
            )
        ]

    def subject(self, language):
        return self.subject_ru if language == "ru" else self.subject_en

    def body(self, language):
        return self.body_ru if language == "ru" else self.body_en

    def __str__(self):
        return f"{self.edition}: {self.get_outcome_display()}"


class Eligibility(models.Model):
    """A category open to an applicant type; a category without rows is open to all."""

    category = models.ForeignKey(
        "prize.CategoryPage", on_delete=models.CASCADE, related_name="+",
        verbose_name=_("category"),
    )  # fmt: skip
    applicant_type = models.CharField(
        _("applicant type"), max_length=20, choices=ApplicantType.choices
    )

    class Meta:
        verbose_name = _("eligibility")
        verbose_name_plural = _("eligibility")
        constraints = [
            models.UniqueConstraint(
                fields=["category", "applicant_type"], name="applications_one_eligibility"
            )
        ]

    def __str__(self):
        return f"{self.category}: {self.get_applicant_type_display()}"
