"""The GraphQL schema, composed from each app's schema module."""

import graphene


class Query(graphene.ObjectType):
    ping = graphene.String(description="Health check of the API")

    def resolve_ping(root, info):
        return "pong"


schema = graphene.Schema(query=Query)
