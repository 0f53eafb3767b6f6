"""StreamField blocks shared by the content pages of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


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
