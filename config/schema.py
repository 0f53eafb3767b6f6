"""The GraphQL schema, composed from each app's schema module."""

import graphene

import api.schema
import forum.schema
import pages.schema
import prize.schema
import search.schema


class Query(
    forum.schema.Query,
    api.schema.PreviewQuery,
    prize.schema.Query,
    pages.schema.Query,
    search.schema.Query,
    graphene.ObjectType,
):
    pass


schema = graphene.Schema(query=Query, types=pages.schema.TYPES)
