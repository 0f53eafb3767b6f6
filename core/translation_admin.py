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

from core.translation_views import SubmitPageTranslationView


class SubmitPageWithoutSubtreeView(SubmitPageTranslationView):
    """Submit one page for translation: "Include subtree" is neither shown nor read."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["include_subtree"]
        field.disabled = True  # a posted value is ignored: the field keeps its initial False
        field.widget = forms.HiddenInput()
        return form
