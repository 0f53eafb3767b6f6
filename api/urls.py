from django.conf import settings
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from api.views import APIView

with_graphiql = APIView.as_view(graphiql=True)
without_graphiql = APIView.as_view(graphiql=False)


@csrf_exempt
def graphql(request, *args, **kwargs):
    """The API; GraphiQL for browsers only when settings.GRAPHQL_GRAPHIQL is on (read per
    request, so that it follows override_settings). Without it a browser's GET is answered like
    any other: JSON, 400 when it carries no query."""
    view = with_graphiql if settings.GRAPHQL_GRAPHIQL else without_graphiql
    return view(request, *args, **kwargs)


urlpatterns = [
    path("graphql/", graphql, name="graphql"),
]
