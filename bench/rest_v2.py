"""Wagtail's REST API v2 (read-only pages and images), the benchmark's baseline next to the
GraphQL API (docs/performance.md). Mounted only by bench/urls.py, never in production URLs;
it lists only pages the public may see (core/visibility.py)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import hidden_q, public_files


class VisiblePagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().exclude(hidden_q())


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return public_files(self.model).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
