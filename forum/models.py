"""The International Forum for Civic Participation: editions, sessions, speakers."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.page_context import DomainContextMixin
from core.validation import ValidatedPageForm, ValidatedPageMixin
from core.visibility import visible_ids
from forum.choices import SessionFormat, SessionLanguage, SpeakerRole
from forum.forms import EditionForm
from forum.rest_fields import VisibleSpeakersField


# Theme and Room are snippets, registered with their admin views in forum/wagtail_hooks.py.
class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A programme theme such as Ecology, Education or Health."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Used in filters and the API"))
    description = models.TextField(_("description"), blank=True)
    # When it last changed, for the changes feed (api/snippet_changes.py).
    updated_at = models.DateTimeField(auto_now=True, editable=False)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name", boost=1.5),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Room(TranslatableMixin, models.Model):
    """A hall or room of the venue."""

    name = models.CharField(_("name"), max_length=120)
    floor = models.CharField(_("floor or building"), max_length=80, blank=True)
    updated_at = models.DateTimeField(auto_now=True, editable=False)

    panels = [FieldPanel("name"), FieldPanel("floor")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("room")
        verbose_name_plural = _("rooms")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Partner(TranslatableMixin, models.Model):
    """A partner of the forum or the prize, with its logo and site, one per language
    (a snippet: forum/wagtail_hooks.py)."""

    name = models.CharField(_("name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    url = models.URLField(_("website"), blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Smaller numbers come first")
    )

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url"), FieldPanel("sort_order")]

    override_translatable_fields = [SynchronizedField("url", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ForumIndexPage(DomainContextMixin, Page):
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["forum.ForumEditionPage", "forum.SpeakerIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("forum index")


class ForumEditionPage(DomainContextMixin, ValidatedPageMixin, Page):
    year = models.PositiveSmallIntegerField(_("year"))
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    city = models.CharField(_("city"), max_length=80, default="Moscow")
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    summary = RichTextField(_("summary"), blank=True)
    partners = ParentalManyToManyField(
        "forum.Partner", blank=True, related_name="editions", verbose_name=_("partners")
    )
    themes = ParentalManyToManyField(Theme, blank=True, verbose_name=_("themes"))
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The page's locale, copied on save: the database then holds one edition per year and
    # language (the page's own locale is in another table); translations share the year.
    edition_locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, editable=False, on_delete=models.PROTECT, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("venue", help_text=_("The building, without the city: Gostiny Dvor")),
            ],
            heading=_("Place"),
        ),
        FieldPanel("summary"),
        FieldPanel("image", heading=_("Image")),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("city", boost=1.5),
        index.AutocompleteField("city"),
        index.SearchField("venue"),
        index.RelatedFields("partners", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("year"),
    ]

    override_translatable_fields = [
        SynchronizedField("year", overridable=False),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
    ]

    parent_page_types = ["forum.ForumIndexPage"]
    subpage_types = ["forum.SessionPage"]
    base_form_class = EditionForm
    # Keep the order forum/wagtail_hooks.py gives the sessions (by start time).
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("forum edition")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "edition_locale"],
                name="forum_one_edition_per_year_and_locale",
                violation_error_message=_(
                    "This language already has a forum edition of that year."
                ),
            )
        ]

    def save(self, *args, **kwargs):
        self.edition_locale_id = self.locale_id
        return super().save(*args, **kwargs)


class SessionPage(DomainContextMixin, ValidatedPageMixin, Page):
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Moscow time"))
    ends_at = models.DateTimeField(_("ends at"))
    format = models.CharField(_("format"), max_length=20, choices=SessionFormat.choices)
    theme = models.ForeignKey(
        Theme,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        verbose_name=_("theme"),
    )
    room = models.ForeignKey(
        Room,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
        verbose_name=_("room"),
    )
    language = models.CharField(
        _("language"), max_length=10, choices=SessionLanguage.choices, default=SessionLanguage.RU
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists")
    )
    description = RichTextField(_("description"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("Time")),
        FieldRowPanel([FieldPanel("format"), FieldPanel("language")]),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("room")]),
        FieldPanel("summary"),
        FieldPanel("description"),
    ]
    speakers_panels = [
        InlinePanel("speaker_roles", label=_("Speakers"), heading=_("Speakers in order")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(speakers_panels, heading=_("Speakers")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.2),
        index.SearchField("description"),
        index.RelatedFields("theme", [index.SearchField("name")]),
        index.SearchField("speaker_names"),
        index.FilterField("starts_at"),
        index.FilterField("format"),
    ]

    # Wagtail REST API v2 (the baseline of docs/performance.md).
    api_fields = [
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("format"),
        APIField("language"),
        APIField("theme", serializer=serializers.StringRelatedField()),
        APIField("room", serializer=serializers.StringRelatedField()),
        APIField("summary"),
        APIField("speakers", serializer=VisibleSpeakersField()),
    ]

    override_translatable_fields = [
        SynchronizedField("starts_at", overridable=False),
        SynchronizedField("ends_at", overridable=False),
        SynchronizedField("format", overridable=False),
        SynchronizedField("language", overridable=False),
    ]

    parent_page_types = ["forum.ForumEditionPage"]
    subpage_types = []
    base_form_class = ValidatedPageForm

    class Meta:
        verbose_name = _("session")
        ordering = ["starts_at"]

    @property
    def edition(self):
        """The forum edition above (one query; none when routing left the parent here)."""
        parent = getattr(self, "_cached_parent_obj", None)
        if parent is not None:
            return parent.specific
        self._cached_parent_obj = ForumEditionPage.objects.get(path=self.path[: -self.steplen])
        return self._cached_parent_obj

    def visible_speaker_roles(self):
        """The session's speaker roles whose speaker the public may see, in the editors'
        order (in the session's own language: the search index and REST v2 read it)."""
        preloaded = getattr(self, "_preloaded_speaker_roles", None)
        if preloaded is not None:
            return preloaded
        roles = list(self.speaker_roles.select_related("speaker"))
        shown = visible_ids(ids={r.speaker_id for r in roles})
        return [r for r in roles if r.speaker_id in shown]

    @classmethod
    def prepare_search_index(cls, sessions):
        """Load the visible speaker roles of many sessions at once (two queries), for
        indexing them in bulk (bench/dataset/search.py): `visible_speaker_roles` then
        answers from them."""
        roles = SessionSpeaker.objects.filter(session__in=[s.pk for s in sessions])
        roles = list(roles.select_related("speaker").order_by("sort_order", "pk"))
        shown = visible_ids(ids={r.speaker_id for r in roles})
        by_session = {}
        for role in roles:
            if role.speaker_id in shown:
                by_session.setdefault(role.session_id, []).append(role)
        for session in sessions:
            session._preloaded_speaker_roles = by_session.get(session.pk, [])

    def speaker_names(self):
        """The names of the session's visible speakers, for the search index."""
        return " ".join(r.speaker.title for r in self.visible_speaker_roles())


class SessionSpeaker(Orderable):
    """A speaker's part in a session, in the order shown on the programme."""

    session = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="speaker_roles")
    speaker = models.ForeignKey(
        "forum.SpeakerPage",
        on_delete=models.CASCADE,
        related_name="session_roles",
        verbose_name=_("speaker"),
    )
    role = models.CharField(
        _("role"), max_length=20, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER
    )

    panels = [FieldPanel("speaker"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("session speaker")


class SpeakerIndexPage(DomainContextMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["forum.ForumIndexPage"]
    subpage_types = ["forum.SpeakerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("speaker index")


class SpeakerPage(DomainContextMixin, Page):
    """A person who speaks at the forum; one page however many editions they attend."""

    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    biography = RichTextField(_("biography"), blank=True)

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Speaker's name"),
            help_text=_("The speaker's name as the site shows it, e.g. Anna Ivanova"),
        ),
        MultiFieldPanel(
            [FieldPanel("position"), FieldPanel("organisation"), FieldPanel("country")],
            heading=_("Affiliation"),
        ),
        FieldPanel("photo", heading=_("Photo")),
        FieldPanel("biography"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("organisation", boost=1.5),
        index.AutocompleteField("organisation"),
        index.SearchField("position", boost=1.2),
        index.SearchField("country"),
        index.SearchField("biography"),
        index.FilterField("country"),
    ]

    parent_page_types = ["forum.SpeakerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("speaker")

    @property
    def name(self):
        return self.title

    def affiliation(self):
        """Position and organisation, whichever are given: "Chair, Russian Red Cross"."""
        return ", ".join(filter(None, [self.position, self.organisation]))

    def search_snippet(self):
        """The line under the speaker's name in search results."""
        return ", ".join(filter(None, [self.position, self.organisation, self.country]))
