"""The delivery log's "Replay" action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from webhooks.domain.delivery import replay
from webhooks.models import Delivery


def replay_view(request, pk, *, index_url_name):
    """GET: confirm; POST: send the delivery again with its webhook-id."""
    if not (request.user.is_active and request.user.is_superuser):
        raise PermissionDenied
    delivery = get_object_or_404(Delivery.objects.select_related("event", "endpoint"), pk=pk)
    if request.method == "POST":
        if replay(delivery=delivery):
            messages.success(request, _("The delivery will be sent again."))
        else:
            messages.error(request, _("The endpoint is disabled: activate it to replay."))
        return redirect(index_url_name)
    return TemplateResponse(
        request, "webhooks/replay_confirm.html", {"delivery": delivery, "page_title": _("Replay")}
    )
