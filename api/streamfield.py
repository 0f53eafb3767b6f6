"""GraphQL types of StreamField bodies (pages/blocks.py's BodyBlock): one type per block,
behind the `BodyBlock` interface."""

import graphene

from api.batching import batch_of
from api.enums import described_enum
from api.types import Image
from core.images import absolute_media_urls
from core.locales import rich_text
from core.visibility import is_public_file

BlockType = described_enum(
    "BlockType",
    [
        ("HEADING", "heading", "A heading (HeadingBlock)"),
        ("PARAGRAPH", "paragraph", "Rich text (ParagraphBlock)"),
        ("IMAGE", "image", "An image (ImageBlock)"),
        ("QUOTE", "quote", "A quotation (QuoteBlock)"),
        ("FACTS", "facts", "Key figures (FactsBlock)"),
        ("EMBED", "embed", "An embedded video or post (EmbedBlock)"),
    ],
    description="The kind of a page body block; its GraphQL type is named after it",
)


class BodyBlock(graphene.Interface):
    """One block of a page body; ask for the fields of each type with `... on`."""

    id = graphene.String(description="The block's id, stable across edits (a UUID)")
    type = BlockType(
        required=True,
        description="The kind of block",
        resolver=lambda root, info: root.child.block_type,
    )

    @classmethod
    def resolve_type(cls, instance, info):
        return BLOCK_TYPES[instance.child.block_type]

    def resolve_id(root, info):
        return root.child.id


class Block:
    """A stream child with the batch of the page it belongs to (for locale and images)."""

    def __init__(self, child, page):
        self.child, self.value, self.page = child, child.value, page


class HeadingBlock(graphene.ObjectType):
    """A heading inside the body."""

    text = graphene.String(required=True, description="The heading's text")

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value


class ParagraphBlock(graphene.ObjectType):
    """Rich text."""

    html = graphene.String(
        required=True, description="HTML, internal links pointing into the requested language"
    )

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_html(root, info):
        with absolute_media_urls(request=info.context):
            return rich_text(root.value.source, locale=batch_of(root.page).locale)


class ImageBlock(graphene.ObjectType):
    """An image in the body."""

    image = graphene.Field(Image, description="Null when the image is private or deleted")
    decorative = graphene.Boolean(
        required=True, description="Decorative: screen readers skip it (empty alt)"
    )

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_image(root, info):
        if root.value is None or not is_public_file(root.value):
            return None
        batch_of(root.page).child([root.value])
        return root.value

    def resolve_decorative(root, info):
        return bool(getattr(root.value, "decorative", False))


class QuoteBlock(graphene.ObjectType):
    """A quotation and who said it."""

    text = graphene.String(required=True, description="The quotation")
    author = graphene.String(required=True, description="Who said it")
    role = graphene.String(required=True, description="The author's position; may be empty")

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value["text"]

    def resolve_author(root, info):
        return root.value["author"]

    def resolve_role(root, info):
        return root.value["role"]


class Fact(graphene.ObjectType):
    """A key figure and what it counts."""

    figure = graphene.String(required=True, description="e.g. 85")
    label = graphene.String(required=True, description="e.g. regions")


class FactsBlock(graphene.ObjectType):
    """Key figures."""

    facts = graphene.List(graphene.NonNull(Fact), required=True, description="In order")

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_facts(root, info):
        return [Fact(figure=f["figure"], label=f["label"]) for f in root.value]


class EmbedBlock(graphene.ObjectType):
    """An embedded video or post."""

    url = graphene.String(required=True, description="The video or post URL to embed")

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_url(root, info):
        return root.value.url if root.value is not None else ""


BLOCK_TYPES = {
    "heading": HeadingBlock,
    "paragraph": ParagraphBlock,
    "image": ImageBlock,
    "quote": QuoteBlock,
    "facts": FactsBlock,
    "embed": EmbedBlock,
}


def body_field():
    return graphene.List(
        graphene.NonNull(BodyBlock),
        required=True,
        description="The page body: blocks in order",
        resolver=lambda root, info: [Block(child, root) for child in root.body],
    )


# Types reached only through the BodyBlock interface: listed for the schema.
TYPES = list(BLOCK_TYPES.values())
