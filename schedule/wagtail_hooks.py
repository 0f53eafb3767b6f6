"""Admin: the "Release programme" screen of a forum edition, reached from its page header."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets

from forum.models import ForumEditionPage
from schedule.admin_views import ReleaseView, can_release


@hooks.register("register_admin_urls")
def release_urls():
    return [path("schedule/release/<int:page_id>/", ReleaseView.as_view(), name="schedule_release")]


@hooks.register("register_page_header_buttons")
def release_button(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, ForumEditionPage) and can_release(user=user, edition=specific):
        yield widgets.Button(
            _("Release programme"),
            reverse("schedule_release", args=[page.pk]),
            icon_name="calendar",
            priority=75,
        )
