"""How much of a set of source objects (pages, themes, rooms) exists in another language,
and how much of it is out of date, for the admin's home panels (forum/admin_panels.py,
prize/admin_panels.py).

- missing: no object with the same `translation_key` in the target locale;
- out of date: the translation is synced by wagtail-localize (an enabled `Translation`) and
  the source changed after that translation was last written: the source object's own
  change time (a page's `last_published_at`, a snippet's `updated_at`) or its
  `TranslationSource.last_updated_at`, whichever is later, is after the translation was
  last written (wagtail-localize's `TranslationLog`; never written counts as out of date).
  A translation made by hand (no `Translation` record) has nothing to be compared with and
  is not counted.

A constant number of queries: one per model for the translations that exist, one for
wagtail-localize's records, whatever the number of objects.
"""

from dataclasses import dataclass, field

from django.db.models import F, Max, Q
from wagtail.models import Page
from wagtail_localize.models import Translation


@dataclass
class Coverage:
    """The source objects of one kind against one target locale."""

    total: int = 0
    missing: list = field(default_factory=list)
    out_of_date: list = field(default_factory=list)

    @property
    def translated(self):
        return self.total - len(self.missing)


def _base_model(obj):
    """The model whose table holds `translation_key` (Page for every page type)."""
    return Page if isinstance(obj, Page) else type(obj)._meta.concrete_model


def _changed_at(obj):
    return obj.last_published_at if isinstance(obj, Page) else getattr(obj, "updated_at", None)


def translation_coverage(*, objects, locale):
    """The Coverage of `objects` (source instances, one kind or several) in `locale`.

    Objects already in `locale` are not counted."""
    objects = [obj for obj in objects if obj.locale_id != locale.pk]
    coverage = Coverage(total=len(objects))
    if not objects:
        return coverage
    by_model = {}
    for obj in objects:
        by_model.setdefault(_base_model(obj), []).append(obj)
    existing = set()
    for model, items in by_model.items():
        existing.update(
            model.objects.filter(
                locale=locale, translation_key__in={o.translation_key for o in items}
            )
            .order_by()
            .values_list("translation_key", flat=True)
        )
    # The enabled (synced) translations into `locale` of these objects' sources, by
    # (translation key, source locale): when the source was last refreshed and when the
    # translation was last written (wagtail-localize logs each write in `TranslationLog`;
    # it leaves `Translation.destination_last_updated_at` empty).
    synced = {
        (key, source_locale): (source_updated, written)
        for key, source_locale, source_updated, written in Translation.objects.filter(
            target_locale=locale,
            enabled=True,
            source__object_id__in={o.translation_key for o in objects},
        )
        .annotate(
            written=Max(
                "source__translation_logs__created_at",
                filter=Q(source__translation_logs__locale=F("target_locale")),
            )
        )
        .values_list("source__object_id", "source__locale_id", "source__last_updated_at", "written")
    }
    for obj in objects:
        if obj.translation_key not in existing:
            coverage.missing.append(obj)
            continue
        record = synced.get((obj.translation_key, obj.locale_id))
        if record is None:
            continue
        source_updated, written = record
        changed = max(t for t in (_changed_at(obj), source_updated) if t is not None)
        if written is None or changed > written:
            coverage.out_of_date.append(obj)
    return coverage
