"""StreamField blocks shared by the content pages of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(required=False, label=_("Author"))
    role = blocks.CharBlock(required=False, label=_("Author's role"))

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote.html"


class FactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(help_text=_("A number or short figure, e.g. '95' or '2.5 M RUB'"))
    label = blocks.CharBlock(help_text=_("What the figure counts, e.g. 'countries'"))

    class Meta:
        icon = "pick"
        template = "pages/blocks/fact.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        form_classname="title", icon="title", template="pages/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])
    image = ImageBlock(required=True)
    quote = QuoteBlock()
    facts = blocks.ListBlock(FactBlock(), icon="list-ul", template="pages/blocks/facts.html")
    embed = EmbedBlock(help_text=_("A video or post URL, e.g. YouTube or VK Video"))


# The home page's features: each block left empty picks its content itself
# (pages/domain/home.py), so a new home page is useful before an editor touches it.
class ForumFeatureBlock(blocks.StructBlock):
    edition = blocks.PageChooserBlock(
        page_type="forum.ForumEditionPage",
        required=False,
        help_text=_("Empty: the forum under way, else the next one, else the latest"),
    )

    class Meta:
        icon = "date"
        label = _("Forum edition")


class PrizeStageFeatureBlock(blocks.StructBlock):
    edition = blocks.PageChooserBlock(
        page_type="prize.PrizeEditionPage",
        required=False,
        help_text=_("Empty: both tracks of the latest prize year with a timeline"),
    )

    class Meta:
        icon = "time"
        label = _("Prize stage")


class LatestFeatureBlock(blocks.StructBlock):
    count = blocks.IntegerBlock(default=3, min_value=1, max_value=12, label=_("How many"))

    class Meta:
        icon = "list-ul"


class SpeakersFeatureBlock(blocks.StructBlock):
    speakers = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="forum.SpeakerPage"),
        default=[],
        help_text=_("Empty: speakers of the featured forum, those with a photo first"),
    )
    count = blocks.IntegerBlock(default=6, min_value=1, max_value=24, label=_("How many"))

    class Meta:
        icon = "user"
        label = _("Featured speakers")


class PartnersFeatureBlock(blocks.StructBlock):
    partners = blocks.ListBlock(
        SnippetChooserBlock("forum.Partner"),
        default=[],
        help_text=_("Empty: every partner"),
    )

    class Meta:
        icon = "group"
        label = _("Partners")


class HomeFeaturesBlock(blocks.StreamBlock):
    forum = ForumFeatureBlock()
    prize_stage = PrizeStageFeatureBlock()
    news = LatestFeatureBlock(label=_("Latest news"))
    laureates = LatestFeatureBlock(label=_("Latest laureates"))
    speakers = SpeakersFeatureBlock()
    partners = PartnersFeatureBlock()
