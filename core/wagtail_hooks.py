from django.http import Http404
from django.urls import path
from wagtail import hooks

from core.rich_text import PublicDocumentLinkHandler, VisiblePageLinkHandler
from core.translation_admin import (
    SubmitPageWithoutSubtreeView,
    guard_localize_page_buttons,
    hide_refused_snippet_translation,
)
from core.visibility import shows


@hooks.register("before_serve_page")
def hide_invisible_pages(page, request, serve_args, serve_kwargs):
    """404 for a live page past its expiry time or in an unpublished section, as everywhere
    else. View restrictions are left to Wagtail's own hook (password or login form)."""
    if not shows(page):  # the page was just read: tested in memory
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


# Roles: each sees and uses only what core/roles.py and core/translation_rights.py allow.


@hooks.register("construct_main_menu")
def hide_areas_without_rights(request, menu_items):
    """News, Clubs, Forum, Prize: only for those with something to do there."""
    from core.roles import acts_on_area, get_areas

    hidden = {
        name
        for area in get_areas().values()
        if area.menu_items and not acts_on_area(user=request.user, area=area)
        for name in area.menu_items
    }
    menu_items[:] = [item for item in menu_items if item.name not in hidden]


@hooks.register("construct_page_action_menu")
def hide_translation_restructuring(menu_items, request, context):
    """ "Convert to alias page" and "Start synced translation" only for those who may
    publish the page."""
    from core.translation_rights import can_restructure_translation

    page = context.get("page")
    if page is None or not page.pk:
        return
    names = {"localize-convert-to-alias", "localize-restart-translation"}
    if any(item.name in names for item in menu_items) and not can_restructure_translation(
        user=request.user, instance=page
    ):
        menu_items[:] = [item for item in menu_items if item.name not in names]


# Before wagtail-localize's own hook (order 0), which answers every request on a translation.
@hooks.register("before_edit_page", order=-10)
def translation_editor_actions(request, page):
    from core.translation_views import save_translation

    return save_translation(request, page)


@hooks.register("before_edit_snippet", order=-10)
def snippet_language_rights(request, instance):
    """Translators change themes, rooms and footer in the other languages only."""
    from django.core.exceptions import PermissionDenied
    from wagtail.models import TranslatableMixin

    from core.translation_rights import may_change

    if isinstance(instance, TranslatableMixin) and not may_change(
        user=request.user, instance=instance
    ):
        raise PermissionDenied


# Before wagtail-localize's URLs (order 0): the same paths, behind our rights.
@hooks.register("register_admin_urls", order=-10)
def guarded_translation_urls():
    from django.urls import path

    from core import translation_views as views

    return [
        # "localize/submit/page/<id>/" is register_submit_page_without_subtree's, above.
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            views.SubmitSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
        ),
        path("localize/translate/<int:translation_id>/disable/", views.stop_translation),
        path("localize/page/<int:page_id>/convert_to_alias/", views.convert_to_alias),
    ]


# "Translate this page" and "Sync translated pages" only for those allowed to use them.
guard_localize_page_buttons()
hooks.register("construct_snippet_listing_buttons", hide_refused_snippet_translation)
