"""Existing translations are never overwritten by untranslated source text.

wagtail-localize writes a translation (a Russian page or snippet) from its translation memory:
for every source string with a `StringTranslation` in the target language it writes that,
for every other string it falls back to the source text. A Russian object made without it
(the demo loader, a direct edit in the snippet editor, a translation made before the source
was submitted) has no such records, so the first "Translate this page" or sync wrote the
English theme and room names over the Russian ones.

The rule here: the text an object in a target language holds is translation memory.

- `adopt_existing_text`: when wagtail-localize (re)builds a source or creates a translation
  record, every source string still without a translation gets the target's current text at
  the same place, so its sync writes that text back instead of the source text.
- `remember_text`: when a translation is saved (a direct edit in the snippet editor of an
  unsynced or stopped translation, the demo), its text becomes the translation of the source
  strings at the same places, so a later sync keeps the edit.
- `record_translation`: what the demo calls after it creates a translation: the source, the
  `Translation` record and the strings, as wagtail-localize has them after a translator's work.

Strings are matched by field path and position within it; a field whose number of segments
differs between the source and the translation (a rich text with another paragraph count) is
left alone. A string whose "translation" is source-language text (the source string itself,
or an older source string a sync copied) is not recorded: it is untranslated.
Connected in `core.apps.CoreConfig.ready()`."""

from collections import defaultdict

from django.db import transaction
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings_by_path(instance):
    """{field path: [StringValue, ...] in order} of an instance's translatable strings."""
    strings = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string)
    return strings


def _pairs(*, source, target):
    """(path, source StringValue, target text) for each string the target translates."""
    target_strings = _strings_by_path(target)
    for path, values in _strings_by_path(source.as_instance()).items():
        theirs = target_strings.get(path, [])
        if len(theirs) != len(values):
            continue  # another structure: positions do not match
        for mine, their in zip(values, theirs, strict=True):
            if mine.data != their.data and not _is_source_text(source, their.data):
                yield path, mine, their.data


def _is_source_text(source, text):
    """True when `text` is a string of the source language (an earlier fallback copy of the
    source text, not a translation)."""
    # By wagtail-localize's indexed hash of the text (the unique key of String), as it does.
    digest = String._get_data_hash(text)
    return String.objects.filter(locale_id=source.locale_id, data_hash=digest).exists()


def _record(*, source, target, overwrite, user=None):
    """Record the target's text as the translation of the source's strings; with
    `overwrite=False` only strings without a translation get one. Returns the number of
    translations created or changed."""
    changed = 0
    for path, value, text in _pairs(source=source, target=target):
        string = String.from_value(source.locale, value)
        context, _ = TranslationContext.objects.get_or_create(object_id=source.object_id, path=path)
        translation, created = StringTranslation.objects.get_or_create(
            translation_of=string,
            locale_id=target.locale_id,
            context=context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
        if created:
            changed += 1
        elif overwrite and translation.data != text:
            translation.data = text
            translation.has_error = False
            translation.field_error = ""
            translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            translation.save()
            changed += 1
    return changed


def _translated_instance(source, locale_id):
    try:
        return source.get_translated_instance(locale_id)
    except source.specific_content_type.model_class().DoesNotExist:
        return None


def adopt_existing_text(*, source, locale_ids=None):
    """Give every string of `source` without a translation the current text of its
    translations (all other locales, or `locale_ids`). Returns the number recorded."""
    model = source.specific_content_type.model_class()
    if model is None:
        return 0
    targets = model._default_manager.filter(translation_key=source.object_id).exclude(
        locale_id=source.locale_id
    )
    if locale_ids is not None:
        targets = targets.filter(locale_id__in=locale_ids)
    return sum(_record(source=source, target=t, overwrite=False) for t in targets)


def remember_text(*, instance, user=None, overwrite=None):
    """Record the current text of `instance` (a translation) as the translation of its
    sources' strings. Returns the number recorded.

    Older translations are replaced when the object is edited outside wagtail-localize's
    translation editor (`overwrite=None`: no enabled `Translation` into its locale, as before a
    first submit or after "Stop synced translation"); while it is synced, the editor is where
    its text changes, so a save (a publish of an older revision) only fills in missing strings
    and never replaces a translator's newer work."""
    sources = TranslationSource.objects.filter(object_id=instance.translation_key).exclude(
        locale_id=instance.locale_id
    )
    recorded = 0
    for source in sources:
        replace = overwrite
        if replace is None:
            synced = source.translations.filter(target_locale_id=instance.locale_id, enabled=True)
            replace = not synced.exists()
        recorded += _record(source=source, target=instance, overwrite=replace, user=user)
    return recorded


@transaction.atomic
def record_translation(*, original, translated, user=None):
    """Make `translated` a synced wagtail-localize translation of `original` that already
    holds its translator's work: the source, the `Translation` record and the strings."""
    if isinstance(original, Page):
        original = original.specific
    source, created = TranslationSource.get_or_create_from_instance(original)
    Translation.objects.get_or_create(
        source=source, target_locale_id=translated.locale_id, defaults={"enabled": True}
    )
    if not created:  # a new source has adopted the text already (on_source_saved)
        remember_text(instance=translated, user=user, overwrite=True)
    return source


def on_source_saved(sender, instance, **kwargs):
    """A source was created or updated from its object (submit, "Sync translated pages")."""
    adopt_existing_text(source=instance)


def on_translation_saved(sender, instance, **kwargs):
    """A translation record was created or re-enabled: its target is written right after."""
    untranslated = (
        StringSegment.objects.filter(source=instance.source_id)
        .annotate_translation(instance.target_locale_id)
        .filter(translation__isnull=True)
    )
    if untranslated.exists():
        adopt_existing_text(source=instance.source, locale_ids=[instance.target_locale_id])


def on_object_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """A translatable object was saved in full (an edit, a publish, a sync's own write)."""
    if raw or update_fields is not None or not isinstance(instance, TranslatableMixin):
        return
    if isinstance(instance, Page):
        instance = instance.specific_deferred if type(instance) is Page else instance
    remember_text(instance=instance)


def connect():
    from django.db.models.signals import post_save

    uid = "core.translation_memory"
    post_save.connect(on_source_saved, sender=TranslationSource, dispatch_uid=f"{uid}.source")
    post_save.connect(on_translation_saved, sender=Translation, dispatch_uid=f"{uid}.target")
    post_save.connect(on_object_saved, dispatch_uid=f"{uid}.object", weak=False)
