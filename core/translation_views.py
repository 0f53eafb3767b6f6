"""wagtail-localize's admin views behind the rights of core/translation_rights.py, and the
"Save draft" and "Submit for moderation" actions its translation editor lacks (it only
publishes). Registered over wagtail-localize's URLs in core/wagtail_hooks.py."""

import contextlib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import (
    convert,
    edit_translation,
    submit_translations,
    update_translations,
)

from core.translation_rights import (
    can_publish_translation,
    can_restructure_translation,
    can_translate_page,
    can_translate_snippet,
    can_update_translations,
)


class PermittedTranslationCreator(TranslationCreator):
    """wagtail-localize's TranslationCreator (1.14), publishing a page translation only when
    the user may publish it there: otherwise it is a draft, to submit for moderation."""

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        self.seen_objects.add(instance.translation_key)
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        if include_related_objects:
            for segment in source.relatedobjectsegment_set.all():
                related = segment.object.get_instance(instance.locale)
                self.create_translations(related, include_related_objects=False)
        mode = getattr(
            instance,
            "localize_default_translation_mode",
            getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
        )
        for locale in self.target_locales:
            if locale == source.locale:
                continue
            translation, _created = Translation.objects.update_or_create(
                source=source, target_locale=locale, defaults={"enabled": mode == "synced"}
            )
            self.mappings[source].append(translation)
            with contextlib.suppress(ValidationError):
                translation.save_target(
                    user=self.user, publish=self.publishes(instance=instance, locale=locale)
                )

    def publishes(self, *, instance, locale):
        if getattr(settings, "WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE", True):
            publish = getattr(instance, "live", True)
        else:
            publish = not isinstance(instance, DraftStateMixin)
        if publish and isinstance(instance, Page):
            return can_publish_translation(user=self.user, page=instance, locale=locale)
        return publish


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """ "Translate this page": only into the languages where the user may add the page."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if not page.is_root() and not self.allowed_locales(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @staticmethod
    def allowed_locales(user, page):
        return [
            locale
            for locale in Locale.objects.exclude(pk=page.locale_id)
            if can_translate_page(user=user, page=page, locale=locale)
        ]

    def get_form(self):
        form = super().get_form()
        allowed = [locale.pk for locale in self.allowed_locales(self.request.user, self.object)]
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=allowed)
        return form

    @transaction.atomic
    def form_valid(self, form):
        locales = form.cleaned_data["locales"]
        creator = PermittedTranslationCreator(self.request.user, locales)
        creator.create_translations(self.object)
        # No subtree: core/translation_admin.py removes that option (wagtail-localize #773).
        self.components.save(creator, sources_and_translations=creator.mappings)
        translated = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        names = ", ".join(str(locale.get_display_name()) for locale in locales)
        messages.success(self.request, self.get_success_message(names))
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """ "Translate" a snippet: only into the languages where the user may change it."""

    def get_form(self):
        form = super().get_form()
        queryset = form.fields["locales"].queryset
        allowed = [
            locale.pk
            for locale in queryset
            if can_translate_snippet(user=self.request.user, instance=self.object, locale=locale)
        ]
        if not allowed:
            raise PermissionDenied
        form.fields["locales"].queryset = queryset.filter(pk__in=allowed)
        return form


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages": for those who may edit the source, publishing the
    translations only for those who may publish every one of them."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        instance = source.get_source_instance()
        if not can_update_translations(user=request.user, source=instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def may_publish_all(self):
        return all(
            can_restructure_translation(
                user=self.request.user, instance=translation.get_target_instance()
            )
            for translation in self.object.translations.filter(enabled=True)
        )

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all():  # no "Publish immediately" box
            field = form.fields["publish_translations"]
            field.disabled, field.initial, field.widget = True, False, forms.HiddenInput()
        return form

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"] and not self.may_publish_all():
            raise PermissionDenied
        return super().form_valid(form)


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    instance = translation.get_target_instance()
    if not can_restructure_translation(user=request.user, instance=instance):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not can_restructure_translation(user=request.user, instance=page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def save_translation(request, page):
    """The translation editor's "Save draft" and "Submit for moderation" (POST `action`
    "save" or "submit") on the page `page`, target of an enabled translation; None for
    any other request, which wagtail-localize answers."""
    if request.method != "POST":
        return None
    action = request.POST.get("action")
    if action == "publish" and not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if "localize-convert-to-alias" in request.POST or "localize-restart-translation" in (
        request.POST
    ):
        if not can_restructure_translation(user=request.user, instance=page):
            raise PermissionDenied
        return None
    if action not in ("save", "submit"):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(request, _("Some translations are not valid: fix them and save again."))
        return redirect(request.path)
    page = Page.objects.get(pk=page.pk).specific
    if action == "submit":
        submit_for_moderation(request=request, page=page)
    else:
        messages.success(request, _("Draft of '%(title)s' saved.") % {"title": page.title})
    return redirect(request.path)


def submit_for_moderation(*, request, page):
    """Start (or resume) the page's workflow on its latest revision, as Wagtail's
    "Submit for moderation" does."""
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif state is None:
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(request, _("This page has no moderation workflow."))
            return
        workflow.start(page, request.user)
    messages.success(
        request, _("'%(title)s' has been submitted for moderation.") % {"title": page.title}
    )
