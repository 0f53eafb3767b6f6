"""/graphql/ serving the tiny test schema (use with @pytest.mark.urls("tests.api.urls"))."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from api.views import APIView
from tests.api.schema import schema

urlpatterns = [path("graphql/", csrf_exempt(APIView.as_view(schema=schema, graphiql=True)))]
