from django.http import Http404
from django.urls import path
from wagtail import hooks

from core.rich_text import PublicDocumentLinkHandler, VisiblePageLinkHandler
from core.translation_admin import SubmitPageWithoutSubtreeView
from core.visibility import visible


@hooks.register("before_serve_page")
def hide_invisible_pages(page, request, serve_args, serve_kwargs):
    """404 for a live page past its expiry time or in an unpublished section, as everywhere
    else. View restrictions are left to Wagtail's own hook (password or login form)."""
    if not visible(restrictions=False).filter(pk=page.pk).exists():
        raise Http404


# After Wagtail's own registrations (order 0), which they replace.
@hooks.register("register_rich_text_features", order=100)
def register_visible_link_types(features):
    features.register_link_type(VisiblePageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)


# Before wagtail-localize's own URLs (order 0): the same path answers with our view.
@hooks.register("register_admin_urls", order=-100)
def register_submit_page_without_subtree():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageWithoutSubtreeView.as_view(),
            name="submit_page_translation_without_subtree",
        )
    ]
