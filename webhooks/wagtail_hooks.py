"""Admin: "Webhooks" menu with the endpoints and the delivery log (inspect, replay), for
superusers only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, MenuItem
from wagtail.permissions import register_permission_policy

from webhooks.forms import EndpointForm
from webhooks.models import Delivery, Endpoint
from webhooks.permissions import SuperuserOnlyPolicy
from webhooks.views import replay_view

register_permission_policy(
    Endpoint, SuperuserOnlyPolicy(Endpoint, actions={"add", "change", "delete", "view"})
)
register_permission_policy(Delivery, SuperuserOnlyPolicy(Delivery, actions={"view", "delete"}))


class EndpointViewSet(ModelViewSet):
    model = Endpoint
    icon = "link-external"
    menu_label = _("Endpoints")
    list_display = ["url", "description", "active", "disabled_reason"]
    list_filter = ["active"]
    copy_view_enabled = False
    edit_handler = ObjectList(Endpoint.panels, base_form_class=EndpointForm)


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event", "endpoint")

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(_("Replay"), url=replay_url(instance), icon_name="resubmit", priority=25),
        ]


class DeliveryInspectView(InspectView):
    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(_("Replay"), url=replay_url(self.object), icon_name="resubmit", priority=5),
        ]


def replay_url(delivery):
    return reverse("webhook_deliveries:replay", args=[delivery.pk])


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    icon = "resubmit"
    menu_label = _("Delivery log")
    url_prefix = "webhooks/deliveries"
    url_namespace = "webhook_deliveries"
    index_view_class = DeliveryIndexView
    inspect_view_class = DeliveryInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "event",
        "endpoint",
        "status",
        "attempts",
        "response_status",
        "last_attempt_at",
        "created_at",
    ]
    list_filter = ["status", "endpoint"]
    inspect_view_fields = [
        "event",
        "endpoint",
        "status",
        "attempts",
        "response_status",
        "error",
        "last_attempt_at",
        "next_attempt_at",
        "log",
        "created_at",
    ]
    form_fields = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "replay/<int:pk>/",
                replay_view,
                {"index_url_name": f"{self.url_namespace}:index"},
                name="replay",
            ),
        ]


class WebhooksGroup(ViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    menu_order = 900
    items = (EndpointViewSet("webhook_endpoints", url_prefix="webhooks/endpoints"), DeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return WebhooksGroup()
