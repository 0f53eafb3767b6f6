"""GraphQL types of StreamField bodies (pages/blocks.py's BodyBlock): one type per block,
behind the `BodyBlock` interface."""

import graphene

from api.batching import batch_of
from api.types import Image
from core.images import absolute_media_urls
from core.locales import rich_text
from core.visibility import is_public_file


class BodyBlock(graphene.Interface):
    """One block of a page body; ask for the fields of each type with `... on`."""

    id = graphene.String()
    type = graphene.String(
        required=True,
        description="heading, paragraph, image, quote, facts or embed",
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
    text = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value


class ParagraphBlock(graphene.ObjectType):
    html = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_html(root, info):
        with absolute_media_urls(request=info.context):
            return rich_text(root.value.source, locale=batch_of(root.page).locale)


class ImageBlock(graphene.ObjectType):
    image = graphene.Field(Image)
    decorative = graphene.Boolean(required=True)

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
    text = graphene.String(required=True)
    author = graphene.String(required=True)
    role = graphene.String(required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_text(root, info):
        return root.value["text"]

    def resolve_author(root, info):
        return root.value["author"]

    def resolve_role(root, info):
        return root.value["role"]


class Fact(graphene.ObjectType):
    figure = graphene.String(required=True)
    label = graphene.String(required=True)


class FactsBlock(graphene.ObjectType):
    facts = graphene.List(graphene.NonNull(Fact), required=True)

    class Meta:
        interfaces = (BodyBlock,)

    def resolve_facts(root, info):
        return [Fact(figure=f["figure"], label=f["label"]) for f in root.value]


class EmbedBlock(graphene.ObjectType):
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
        resolver=lambda root, info: [Block(child, root) for child in root.body],
    )


# Types reached only through the BodyBlock interface: listed for the schema.
TYPES = list(BLOCK_TYPES.values())
