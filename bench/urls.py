"""The site's URLs plus Wagtail's REST API v2 at /api/v2/, for the benchmark only."""

from django.urls import path

from bench.rest_v2 import api_router
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("api/v2/", api_router.urls), *site_urlpatterns]
