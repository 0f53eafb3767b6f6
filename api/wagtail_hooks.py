from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from api.admin_views import preview_on_frontend


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path(
            "api/preview/<int:page_id>/",
            preview_on_frontend,
            name="api_preview_on_frontend",
        )
    ]


@hooks.register("register_page_header_buttons")
def preview_on_frontend_button(page, user, view_name, next_url=None):
    """Only when a frontend preview route is configured: without one there is nothing for an
    editor to open (the API token alone is for developers)."""
    if not settings.GRAPHQL_PREVIEW_FRONTEND_URL:
        return
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Preview on frontend"),
            reverse("api_preview_on_frontend", args=[page.pk]),
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=25,
        )
