"""The GraphQL schema, composed from each app's schema module."""

import graphene

import forum.schema
import pages.schema
import prize.schema


class Query(forum.schema.Query, prize.schema.Query, pages.schema.Query, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query, types=pages.schema.TYPES)
