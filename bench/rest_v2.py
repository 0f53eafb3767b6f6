"""Wagtail's REST API v2 (read-only pages and images), the benchmark's baseline next to the
GraphQL API (docs/performance.md). Mounted only by bench/urls.py, never in production URLs;
it lists only pages the public may see (core/visibility.py)."""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import hidden_q, public_files

# No list is this long; a larger offset overflowed the database's integers (a 500).
MAX_OFFSET = 10**9


class BoundedPagination(WagtailPagination):
    """Wagtail's offset/limit pagination refusing offsets past MAX_OFFSET with a 400."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class CheckedParametersMixin:
    """Parameters Wagtail passes on unchecked, checked: search_operator is "and" or "or" (the
    search backend's ValueError was a 500)."""

    pagination_class = BoundedPagination

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        if self.request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")


class VisiblePagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().exclude(hidden_q())


class PublicImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    def get_queryset(self):
        return public_files(self.model).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
