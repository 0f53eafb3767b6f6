"""The site's URLs plus the benchmark's anchors, for the benchmark only: Wagtail's REST API v2
at /api/v2/ and wagtail-grapple on our models at /grapple/ (bench/grapple_anchor.py)."""

from django.urls import path

from bench.grapple_anchor import view as grapple_view
from bench.rest_v2 import api_router
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("grapple/", grapple_view()),
    *site_urlpatterns,
]
