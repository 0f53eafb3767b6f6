"""The #WEARETOGETHER International Prize: editions, categories, nominations, entries.

The tree is the domain: prize index > edition (year and track) > category > nomination >
entry. Laureates and winners are entries with that status, never copies of them.
"""

from django.db import models
from django.forms import Select
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.page_context import DomainContextMixin
from core.validation import ValidatedPageForm, ValidatedPageMixin
from prize import geography
from prize.choices import (
    ApplicantType,
    EntryStatus,
    EntryType,
    PrizeTrack,
    StageKind,
    WorldRegion,
)

GRANT_HELP = _("Maximum grant in roubles; empty when the category gives no grant")


class PrizeIndexPage(DomainContextMixin, RoutablePageMixin, Page):
    """The prize, its editions and laureates; `atlas/` and `atlas/<year>/` map where the
    entries come from, `entries/` lists them filtered by region, country, year and status."""

    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["prize.PrizeEditionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("prize index")

    @path("atlas/", name="atlas")
    @path("atlas/<int:year>/", name="atlas_year")
    def atlas(self, request, year=None):
        context = self.route_context(request, "atlas", year=year)
        if context.get("not_found"):
            raise Http404
        return self.render(request, template="prize/atlas_page.html", context_overrides=context)

    @path("entries/", name="entries")
    def entries(self, request):
        context = self.route_context(request, "entries")
        return self.render(
            request, template="prize/entry_list_page.html", context_overrides=context
        )


class PrizeEditionPage(DomainContextMixin, ValidatedPageMixin, Page):
    year = models.PositiveSmallIntegerField(_("year"))
    track = models.CharField(_("track"), max_length=20, choices=PrizeTrack.choices)
    summary = RichTextField(_("summary"), blank=True)
    countries_count = models.PositiveSmallIntegerField(
        _("countries"), null=True, blank=True, help_text=_("Countries the applications came from")
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The page's locale, copied on save: the database then holds one edition per year, track
    # and language (the page's own locale is in another table); translations share the year.
    edition_locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, editable=False, on_delete=models.PROTECT, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("track"), FieldPanel("countries_count")]),
        FieldPanel("summary"),
        FieldPanel("image", heading=_("Image")),
    ]
    timeline_panels = [InlinePanel("stages", label=_("Stage"), heading=_("Timeline"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(timeline_panels, heading=_("Timeline")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("year"),
        index.FilterField("track"),
    ]

    override_translatable_fields = [
        SynchronizedField("year", overridable=False),
        SynchronizedField("track", overridable=False),
        SynchronizedField("countries_count", overridable=False),
    ]

    parent_page_types = ["prize.PrizeIndexPage"]
    subpage_types = ["prize.CategoryPage"]
    base_form_class = ValidatedPageForm

    class Meta:
        verbose_name = _("prize edition")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "track", "edition_locale"],
                name="prize_one_edition_per_year_track_and_locale",
                violation_error_message=_(
                    "This language already has a prize edition of that year and track."
                ),
            )
        ]

    def save(self, *args, **kwargs):
        self.edition_locale_id = self.locale_id
        return super().save(*args, **kwargs)


class PrizeStage(Orderable):
    """One step of the edition's timeline; dates are shared by every language."""

    edition = ParentalKey(PrizeEditionPage, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(_("stage"), max_length=20, choices=StageKind.choices)
    start_date = models.DateField(_("starts"))
    end_date = models.DateField(_("ends"), null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("start_date"), FieldPanel("end_date")])]

    class Meta(Orderable.Meta):
        verbose_name = _("stage")

    @property
    def title(self):
        return self.get_kind_display()


class CategoryPage(Page):
    """A category of applicants, e.g. Volunteers and NGOs, SME, School projects 14-17."""

    description = RichTextField(_("description"), blank=True)
    grant_limit = models.PositiveIntegerField(
        _("grant limit"), null=True, blank=True, help_text=GRANT_HELP
    )
    benefits = models.TextField(
        _("other benefits"), blank=True, help_text=_("Non-monetary rewards, e.g. internships")
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("grant_limit", heading=_("Grant limit, RUB")),
        FieldPanel("benefits"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("benefits"),
    ]

    override_translatable_fields = [SynchronizedField("grant_limit", overridable=False)]

    parent_page_types = ["prize.PrizeEditionPage"]
    subpage_types = ["prize.NominationPage"]

    class Meta:
        verbose_name = _("prize category")
        verbose_name_plural = _("prize categories")

    @property
    def name(self):
        return self.title


class NominationPage(DomainContextMixin, Page):
    """A nomination within a category, e.g. Technologies for Life or Green Country."""

    description = RichTextField(_("description"), blank=True)
    eligibility = RichTextField(_("who can apply"), blank=True)
    grant_limit = models.PositiveIntegerField(
        _("grant limit"), null=True, blank=True, help_text=_("Leave empty to use the category's")
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        FieldPanel("eligibility"),
        FieldPanel(
            "grant_limit",
            heading=_("Grant limit, RUB"),
            help_text=_("In roubles; leave empty to use the category's limit"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("eligibility"),
    ]

    override_translatable_fields = [SynchronizedField("grant_limit", overridable=False)]

    parent_page_types = ["prize.CategoryPage"]
    subpage_types = ["prize.EntryPage"]

    class Meta:
        verbose_name = _("nomination")

    @property
    def name(self):
        return self.title

    @property
    def category(self):
        return self.get_parent().specific

    def effective_grant_limit(self):
        return self.grant_limit if self.grant_limit is not None else self.category.grant_limit


class EntryPage(ValidatedPageMixin, Page):
    """An application to the prize: a project, an act, a patronage or mentoring practice."""

    organisation = models.CharField(
        _("organisation or person"), max_length=250, help_text=_("Who carries out the project")
    )
    applicant_type = models.CharField(
        _("applicant type"), max_length=20, choices=ApplicantType.choices
    )
    entry_type = models.CharField(
        _("entry type"), max_length=20, choices=EntryType.choices, default=EntryType.SOCIAL_PROJECT
    )
    world_region = models.CharField(
        _("world region"), max_length=20, choices=WorldRegion.choices, default=WorldRegion.RUSSIA
    )
    region = models.CharField(
        _("Russian region"), max_length=120, blank=True, help_text=_("For the national track")
    )
    region_code = models.CharField(
        _("federal subject"),
        max_length=6,
        blank=True,
        validators=[geography.validate_subject_code],
        help_text=_("Where the project works, for the atlas; empty when the source names none"),
    )
    country = models.CharField(_("country"), max_length=80, blank=True)
    country_code = models.CharField(
        _("country (ISO code)"),
        max_length=2,
        blank=True,
        validators=[geography.validate_country_code],
        help_text=_("For the atlas of the international track"),
    )
    summary = models.TextField(_("summary"))
    description = RichTextField(_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EntryStatus.choices, default=EntryStatus.APPLICANT
    )
    place = models.PositiveSmallIntegerField(_("place"), null=True, blank=True)
    grant_amount = models.PositiveIntegerField(
        _("grant amount"), null=True, blank=True, help_text=_("Roubles")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldRowPanel([FieldPanel("applicant_type"), FieldPanel("entry_type")]),
            ],
            heading=_("Applicant"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("world_region"),
                FieldRowPanel(
                    [
                        FieldPanel("region_code", widget=Select(choices=geography.subject_choices)),
                        FieldPanel("region"),
                    ]
                ),
                FieldRowPanel(
                    [
                        FieldPanel(
                            "country_code", widget=Select(choices=geography.country_choices)
                        ),
                        FieldPanel("country"),
                    ]
                ),
            ],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("image", heading=_("Image")),
    ]
    result_panels = [
        FieldPanel("status"),
        FieldRowPanel(
            [
                FieldPanel("place", help_text=_("Finalists, laureates and winners only")),
                FieldPanel("grant_amount", heading=_("Grant amount, RUB")),
            ]
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(result_panels, heading=_("Result")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("organisation", boost=1.5),
        index.AutocompleteField("organisation"),
        index.SearchField("region", boost=1.5),
        index.AutocompleteField("region"),
        index.SearchField("country"),
        index.SearchField("summary", boost=1.2),
        index.SearchField("description"),
        index.FilterField("status"),
    ]

    override_translatable_fields = [
        SynchronizedField("region_code", overridable=False),
        SynchronizedField("country_code", overridable=False),
        SynchronizedField("applicant_type", overridable=False),
        SynchronizedField("entry_type", overridable=False),
        SynchronizedField("world_region", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("place", overridable=False),
        SynchronizedField("grant_amount", overridable=False),
    ]

    parent_page_types = ["prize.NominationPage"]
    subpage_types = []
    base_form_class = ValidatedPageForm

    class Meta:
        verbose_name = _("prize entry")
        verbose_name_plural = _("prize entries")

    @property
    def nomination(self):
        return self.get_parent().specific

    @property
    def is_laureate(self):
        return self.status in (EntryStatus.LAUREATE, EntryStatus.WINNER)

    def region_name(self):
        """The federal subject in the page's language, else the region as typed."""
        language = self.locale.language_code if self.locale_id else "en"
        return geography.subject_name(self.region_code, language=language) or self.region

    def country_name(self):
        """The country in the page's language, else the country as typed."""
        language = self.locale.language_code if self.locale_id else "en"
        return geography.country_name(self.country_code, language=language) or self.country
