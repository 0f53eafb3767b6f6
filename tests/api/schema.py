"""A tiny schema for limit tests: nested lists, a connection, a failing field."""

import graphene
from graphene import relay


class Item(graphene.ObjectType):
    name = graphene.String()
    children = graphene.List(lambda: Item, first=graphene.Int())
    parent = graphene.Field(lambda: Item)

    def resolve_children(root, info, first=3):
        return [{"name": f"{root['name']}.{i}"} for i in range(min(first, 3))]

    def resolve_parent(root, info):
        return {"name": "parent"}


class ItemConnection(relay.Connection):
    class Meta:
        node = Item


class Query(graphene.ObjectType):
    item = graphene.Field(Item)
    items = graphene.List(Item, first=graphene.Int())
    page = relay.ConnectionField(ItemConnection)
    echo = graphene.String(text=graphene.String(required=True))
    boom = graphene.String()

    def resolve_item(root, info):
        return {"name": "a"}

    def resolve_items(root, info, first=3):
        return [{"name": str(i)} for i in range(min(first, 3))]

    def resolve_page(root, info, **kwargs):
        return [{"name": str(i)} for i in range(3)]

    def resolve_echo(root, info, text):
        return text

    def resolve_boom(root, info):
        raise ValueError("boom")


class Mutation(graphene.ObjectType):
    noop = graphene.Boolean()

    def resolve_noop(root, info):
        return True


schema = graphene.Schema(query=Query, mutation=Mutation)
