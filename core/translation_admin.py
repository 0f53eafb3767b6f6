"""wagtail-localize's "Translate page" form without "Include subtree".

Translating a subtree (a background task in wagtail-localize) leaves the translated parent's
`numchild` at 0 (upstream wagtail-localize #773, open), so Wagtail's tree check flags it and
the admin hides its children; combined with live status copied from the source it left a
Russian entry marked live that answered 404 and was linked from the Russian laureates list.
Pages are translated one at a time instead: each submit creates a draft whose parents are
copied as drafts too, which is what Wagtail's own `copy_for_translation` keeps consistent.
It extends the rights-checked view of core/translation_views.py (languages the user may
add the page in; published only where the user may publish). The URL is registered before
wagtail-localize's own (core/wagtail_hooks.py)."""

from django import forms
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from core.translation_rights import can_translate_snippet, can_update_translations
from core.translation_views import SubmitPageTranslationView


class SubmitPageWithoutSubtreeView(SubmitPageTranslationView):
    """Submit one page for translation: "Include subtree" is neither shown nor read."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["include_subtree"]
        field.disabled = True  # a posted value is ignored: the field keeps its initial False
        field.widget = forms.HiddenInput()
        return form


def guarded_page_buttons(original):
    """wagtail-localize's "Translate this page" and "Sync translated pages" buttons (page
    header and listing "More" menu) only for those its views, behind our rights, accept:
    a language the page is not yet in where the user may add it; the right to sync."""

    def buttons(page, user, view_name=None, next_url=None):
        found = list(original(page, user, view_name=view_name, next_url=next_url))
        if not found:
            return
        source = Page.objects.get(pk=page.alias_of_id).specific if page.alias_of_id else page
        translate_url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
        for button in found:
            if button.url == translate_url:
                translated = set(
                    source.get_translations(inclusive=True)
                    .exclude(alias_of__isnull=False)
                    .values_list("locale_id", flat=True)
                )
                allowed = SubmitPageTranslationView.allowed_locales(user, source)
                if not any(locale.pk not in translated for locale in allowed):
                    continue
            elif "/localize/update/" in button.url and not can_update_translations(
                user=user, source=source
            ):
                continue
            yield button

    buttons.guards = original
    return buttons


def guard_localize_page_buttons():
    """Put `guarded_page_buttons` in place of wagtail-localize's own registration (it has no
    "construct" hook for page header buttons to filter them afterwards)."""
    import wagtail_localize.wagtail_hooks as localize_hooks  # registers its hooks once

    original = localize_hooks.page_listing_more_buttons
    for name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
        hooks._hooks[name] = [
            (guarded_page_buttons(fn) if fn is original else fn, order)
            for fn, order in hooks._hooks.get(name, [])
        ]


def hide_refused_snippet_translation(buttons, snippet, user, **kwargs):
    """A snippet's "Translate" and "Sync translated snippets" only for those allowed."""
    from wagtail.models import Locale, TranslatableMixin

    if not isinstance(snippet, TranslatableMixin):
        return
    meta = type(snippet)._meta
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )
    kept = []
    for button in buttons:
        if button.url == translate_url:
            translated = set(snippet.get_translations(inclusive=True).values_list("locale_id"))
            if not any(
                (locale.pk,) not in translated
                and can_translate_snippet(user=user, instance=snippet, locale=locale)
                for locale in Locale.objects.all()
            ):
                continue
        elif "/localize/update/" in (button.url or "") and not can_update_translations(
            user=user, source=snippet
        ):
            continue
        kept.append(button)
    buttons[:] = kept
