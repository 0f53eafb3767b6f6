"""/graphql/ serving config.schema plus the preview field (until the composition has it)."""

import graphene
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

import config.schema
import config.urls
from api.schema import PreviewQuery
from api.views import APIView

if "preview" in config.schema.schema.graphql_schema.query_type.fields:
    schema = config.schema.schema
else:
    Query = type("Query", (PreviewQuery, config.schema.Query), {})
    schema = graphene.Schema(query=Query)

urlpatterns = [
    path("graphql/", csrf_exempt(APIView.as_view(schema=schema))),
    *config.urls.urlpatterns,
]
