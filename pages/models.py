"""Site-wide pages: home, standard pages, news, regional clubs, footer and contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core.page_context import DomainContextMixin
from pages.blocks import BodyBlock, HomeFeaturesBlock


class HomePage(DomainContextMixin, Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    features = StreamField(
        HomeFeaturesBlock(),
        blank=True,
        verbose_name=_("featured"),
        help_text=_(
            "What the home page features, in order. Left empty: this year's forum, the "
            "prize's current stage, news, laureates, speakers and partners"
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("features"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("hero_title", boost=1.2),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("introduction", boost=1.2),
        index.SearchField("body"),
    ]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(DomainContextMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")


class NewsArticlePage(Page):
    date = models.DateField(_("publication date"))
    introduction = models.TextField(
        _("introduction"), help_text=_("One or two sentences for lists")
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("introduction"),
        FieldPanel("image", heading=_("Image")),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("introduction", boost=1.2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        ordering = ["-date"]


class ClubIndexPage(DomainContextMixin, Page):
    introduction = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ClubPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("club index")


class ClubPage(Page):
    class Kind(models.TextChoices):
        FEDERAL = "federal", _("Federal club of winners and finalists")
        REGIONAL = "regional", _("Regional club")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.REGIONAL)
    region = models.CharField(_("region"), max_length=120, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    description = RichTextField(_("description"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website or community link"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("region"), FieldPanel("city")], heading=_("Where")),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("website")], heading=_("Contact")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("region", boost=1.5),
        index.AutocompleteField("region"),
        index.SearchField("city", boost=1.5),
        index.AutocompleteField("city"),
        index.SearchField("description"),
    ]

    parent_page_types = ["pages.ClubIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("club")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    telegram = models.URLField(_("Telegram channel"), blank=True)
    vk = models.URLField(_("VK page"), blank=True)

    panels = [FieldPanel("email"), FieldPanel("phone"), FieldPanel("telegram"), FieldPanel("vk")]

    class Meta:
        verbose_name = _("contacts")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer paragraph, one per language."""

    body = RichTextField(_("body"))

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"Footer ({self.locale})"
