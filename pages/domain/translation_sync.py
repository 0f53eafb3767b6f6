"""Keep non-text fields (dates, times, amounts, statuses) equal across translations.

wagtail-localize copies synchronised fields when a translation is created or updated
through its UI. Editors also change dates and statuses after a page is translated, so on
every publish of a page we copy its locked synchronised fields to the translations."""

from django.conf import settings
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource


def locked_fields(model):
    """Names of the model's concrete fields that translators cannot override."""
    names = []
    for field in get_translatable_fields(model):
        if isinstance(field, SynchronizedField) and not field.overridable:
            names.append(field.field_name)
    return names


def is_translation_source(page):
    """True for the language a page is translated from: the wagtail-localize source when
    there is one, else the site's default language."""
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    if source is not None:
        return source.locale_id == page.locale_id
    return page.locale.language_code == settings.LANGUAGE_CODE


def sync_translations(*, page):
    """Copy the page's locked fields to its other translations: the live row and the latest
    revision, so a translator's draft keeps its text and gets the new values. Returns the
    translations that changed."""
    page = page.specific
    names = locked_fields(type(page)) if is_translation_source(page) else []
    changed = []
    for translation in page.get_translations().specific() if names else []:
        updates = {
            name: getattr(page, name)
            for name in names
            if getattr(translation, name) != getattr(page, name)
        }
        if not updates:
            continue
        type(translation).objects.filter(pk=translation.pk).update(**updates)
        revision = translation.latest_revision
        if revision is not None:
            draft = revision.as_object()
            for name, value in updates.items():
                setattr(draft, name, value)
            revision.content = draft.serializable_data()
            revision.save(update_fields=["content"])
        changed.append(translation)
    return changed
