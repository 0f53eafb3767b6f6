"""The translatable snippets of the changes feed (themes, rooms): those saved after `since`,
one per translation, in the reader's language, and those deleted (Wagtail's admin logs each
deletion). Snippets are few, so they come whole in the first page of a paged sync."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from api.types import SNIPPET_TYPES
from core.feed import DELETED
from core.registry import feed_snippets


def feed_snippet_types():
    """[(field name, snippet model, GraphQL type)] of the registered feed snippets."""
    return [(s.feed, s.model, SNIPPET_TYPES[s.model]) for s in feed_snippets()]


def changed_snippets(model, *, since, until, locale):
    """The `model` snippets saved between `since` and `until` (or a translation of them),
    one per translation key: in `locale`, else the default language, else any (two
    queries)."""
    keys = model.objects.filter(updated_at__gt=since, updated_at__lte=until).values(
        "translation_key"
    )
    rank = {locale_id: i for i, locale_id in enumerate(locale.preferred_ids)}
    chosen = {}
    for row in model.objects.filter(translation_key__in=keys).order_by("pk"):
        best = chosen.get(row.translation_key)
        if best is None or rank.get(row.locale_id, 99) < rank.get(best.locale_id, 99):
            chosen[row.translation_key] = row
    return sorted(chosen.values(), key=lambda s: s.pk)


def deleted_snippets(model, *, since):
    """Ids of `model` snippets deleted after `since` that no longer exist."""
    content_type = ContentType.objects.get_for_model(model)
    logged = ModelLogEntry.objects.filter(
        action="wagtail.delete", content_type=content_type, timestamp__gt=since
    ).values_list("object_id", flat=True)
    ids = {int(i) for i in logged if str(i).isdigit()}
    return sorted(ids - set(model.objects.filter(pk__in=ids).values_list("pk", flat=True)))


def snippet_changes(*, since, until, locale, deleted_type):
    """{feed field: [snippets]} and the deleted ones as `deleted_type` objects."""
    result, deleted = {}, []
    for field, model, graphql_type in feed_snippet_types():
        result[field] = changed_snippets(model, since=since, until=until, locale=locale)
        name = graphql_type._meta.name
        deleted += [
            deleted_type(type=name, id=pk, reason=DELETED)
            for pk in deleted_snippets(model, since=since)
        ]
    return result, deleted
