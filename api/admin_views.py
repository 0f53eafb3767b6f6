"""Admin view: open the current draft of a page in the frontend through a preview token."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from wagtail.models import Page

from api.preview import frontend_preview_url, latest_revision_token


def preview_on_frontend(request, page_id):
    """Redirect to the frontend's preview route with a fresh token, or show the token."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    token = latest_revision_token(page=page)
    url = frontend_preview_url(token=token)
    if url:
        return redirect(url)
    return JsonResponse(
        {
            "token": token,
            "expires_in": settings.GRAPHQL_PREVIEW_MAX_AGE,
            "query": "query($token: String!) { preview(token: $token) { __typename title } }",
        },
        headers={"Cache-Control": "no-store"},
    )
