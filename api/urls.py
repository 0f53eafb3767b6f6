from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from api.views import APIView

urlpatterns = [
    path("graphql/", csrf_exempt(APIView.as_view(graphiql=True)), name="graphql"),
]
