"""The changes feed for apps that keep content offline: `changes(since)`.

The feed lists the page types apps register with a `feed` field (core/registry.py). A page
is sent again when it or a translation was published after `since`, or when something since
may have changed whether it is visible: it expired, it or a page above it was unpublished
(by hand or by the scheduler), moved, restricted or released, or republished. Whatever of
those is visible now is sent in the reader's language (so when a translation disappears, the
fallback comes instead); whatever is not is listed in `deleted`, as are deleted pages."""

import graphene
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from api.batching import Batch
from api.locales import resolve_locale
from api.types import PAGE_TYPES
from core.locales import localize
from core.registry import content_types
from core.visibility import visible

# Log actions after which a page, and every page below it, may have appeared or disappeared.
VISIBILITY_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.move",
    "wagtail.delete",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


class DeletedObject(graphene.ObjectType):
    type = graphene.String(required=True, description="GraphQL type name, e.g. Session")
    id = graphene.ID(required=True, description="The page id")


def feed_types():
    """[(field name, page model, GraphQL type)] of the registered feed types."""
    return [(t.feed, t.model, PAGE_TYPES[t.model]) for t in content_types() if t.feed]


def touched_q(*, since, until):
    """A Q for the pages whose visibility may have changed between `since` and `until`."""
    logged = PageLogEntry.objects.filter(
        action__in=VISIBILITY_ACTIONS, timestamp__gt=since, timestamp__lte=until
    ).values("page_id")
    # Sections: logged or expired pages with children; everything below them is touched.
    sections = Page.objects.filter(numchild__gt=0).filter(
        Q(pk__in=logged) | Q(expire_at__gt=since, expire_at__lte=until)
    )
    q = Q(pk__in=logged) | Q(expire_at__gt=since, expire_at__lte=until)
    for path in sections.values_list("path", flat=True):
        q |= Q(path__startswith=path)
    return q


def remember_translation_key(sender, instance, **kwargs):
    """On a page's deletion, keep its translation key in Wagtail's "wagtail.delete" log entry
    (written just before), so the feed can send the fallback of a deleted translation."""
    if not isinstance(instance, Page):
        return
    entry = (
        PageLogEntry.objects.filter(page_id=instance.pk, action="wagtail.delete")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is not None:
        # update(), not save(): the entry's page is gone, which save()'s validation rejects.
        data = {**(entry.data or {}), "translation_key": str(instance.translation_key)}
        PageLogEntry.objects.filter(pk=entry.pk).update(data=data)


def deleted_translation_keys(*, model, since):
    """Translation keys of `model` pages deleted after `since`."""
    content_type = ContentType.objects.get_for_model(model)
    data = PageLogEntry.objects.filter(
        action="wagtail.delete", timestamp__gt=since, content_type=content_type
    ).values_list("data", flat=True)
    return {d["translation_key"] for d in data if isinstance(d, dict) and "translation_key" in d}


def changes_of(model, *, since, until, locale):
    """(visible pages to send, in `locale`; ids of pages to drop) for one feed type."""
    published = Q(last_published_at__gt=since)
    touched = model.objects.filter(published | touched_q(since=since, until=until))
    keys = Q(translation_key__in=touched.values("translation_key")) | Q(
        translation_key__in=deleted_translation_keys(model=model, since=since)
    )
    send = list(localize(visible(model).filter(keys), locale=locale))
    sent = {p.pk for p in send}
    gone = set(touched.exclude(pk__in=visible(model).values("pk")).values_list("pk", flat=True))
    return sorted(send, key=lambda p: p.pk), gone - sent


def deleted_pages(*, model, since):
    """Ids of `model` pages deleted after `since` (their log entries outlive them)."""
    content_type = ContentType.objects.get_for_model(model)
    ids = PageLogEntry.objects.filter(
        action="wagtail.delete", timestamp__gt=since, content_type=content_type
    ).values_list("page_id", flat=True)
    return set(ids) - set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))


def build_changes(*, since, locale):
    """{feed field: [pages]} plus `until` and `deleted`, for the ChangeSet type."""
    until = timezone.now()
    result = {"until": until, "deleted": []}
    for field, model, graphql_type in feed_types():
        send, gone = changes_of(model, since=since, until=until, locale=locale)
        Batch(send, locale=locale)
        result[field] = send
        gone |= deleted_pages(model=model, since=since)
        result["deleted"] += [DeletedObject(type=graphql_type._meta.name, id=i) for i in gone]
    result["deleted"].sort(key=lambda d: (d.type, int(d.id)))
    return result


def changes_query():
    """The `changes` root field, with one list per registered feed type. Built when the
    schema is composed, after every app has registered its types."""
    fields = {
        field: graphene.List(graphene.NonNull(graphql_type), required=True)
        for field, _, graphql_type in feed_types()
    }
    change_set = type(
        "ChangeSet",
        (graphene.ObjectType,),
        {
            "until": graphene.DateTime(required=True, description="Pass as `since` next time"),
            "deleted": graphene.List(
                graphene.NonNull(DeletedObject),
                required=True,
                description=(
                    "Pages deleted, or no longer visible in any way, since `since`: drop "
                    "them from local storage"
                ),
            ),
            **fields,
        },
    )

    def resolve_changes(root, info, since, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return change_set(**build_changes(since=since, locale=locale))

    return type(
        "ChangesQuery",
        (graphene.ObjectType,),
        {
            "changes": graphene.Field(
                change_set,
                required=True,
                since=graphene.DateTime(required=True),
                locale=graphene.String(),
                description="What changed since `since`, for apps that keep content offline",
                resolver=resolve_changes,
            )
        },
    )
