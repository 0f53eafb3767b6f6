"""The changes feed for apps that keep content offline: `changes(since, first, after)`.

The feed lists the page types apps register with a `feed` field (core/registry.py). A page
is sent again when it or a translation was published after `since`, or when something since
may have changed whether it is visible: it expired, it or a page above it was unpublished
(by hand or by the scheduler), moved, restricted or released, or republished. Whatever of
those is visible now is sent in the reader's language (so when a translation disappears, the
fallback comes instead); whatever is not is listed in `deleted`, as are deleted pages, each
with the reason (core/feed.py). A large delta comes in pages (`first`, `after`) that describe
one interval; `scheduled` and `nextChangeAt` say what will change on its own later."""

import datetime

import graphene
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from api.batching import Batch
from api.errors import pagination_error
from api.locales import locale_argument, resolve_locale
from api.scalars import DateTime
from api.snippet_changes import feed_snippet_types, snippet_changes
from api.types import PAGE_TYPES
from core.feed import gone_reasons, scheduled_changes
from core.locales import localize
from core.pagination import InvalidCursor, PaginationError, keyset_cursor, read_keyset_cursor
from core.registry import content_types
from core.visibility import next_visibility_change, visible

MAX_FEED_PAGE = 500

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
    """A page or snippet a client should drop: deleted or no longer visible."""

    type = graphene.String(required=True, description="GraphQL type name, e.g. Session")
    id = graphene.ID(required=True, description="The page id")
    reason = graphene.String(
        required=True,
        description=(
            "Why: DELETED, UNPUBLISHED (by an editor or the scheduler), EXPIRED, RESTRICTED "
            "(a view restriction), SECTION_HIDDEN (a page above it is one of those)"
        ),
    )


class ScheduledChangeType(graphene.ObjectType):
    """A change that will happen on its own: a scheduled publish or an expiry."""

    type = graphene.String(required=True, description="GraphQL type name, e.g. Session")
    id = graphene.ID(required=True, description="The page id")
    action = graphene.String(
        required=True,
        description="PUBLISH (a scheduled publish) or EXPIRE (the page's expiry date)",
    )
    at = DateTime(required=True, description="When it happens")

    class Meta:
        name = "ScheduledChange"


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
    """(ids of visible pages to send, in `locale`; ids of pages to drop) for one feed type."""
    published = Q(last_published_at__gt=since)
    touched = model.objects.filter(published | touched_q(since=since, until=until))
    keys = Q(translation_key__in=touched.values("translation_key")) | Q(
        translation_key__in=deleted_translation_keys(model=model, since=since)
    )
    send = set(localize(visible(model).filter(keys), locale=locale).values_list("pk", flat=True))
    gone = set(touched.exclude(pk__in=visible(model).values("pk")).values_list("pk", flat=True))
    return send, gone - send


def deleted_pages(*, model, since):
    """Ids of `model` pages deleted after `since` (their log entries outlive them)."""
    content_type = ContentType.objects.get_for_model(model)
    ids = PageLogEntry.objects.filter(
        action="wagtail.delete", timestamp__gt=since, content_type=content_type
    ).values_list("page_id", flat=True)
    return set(ids) - set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))


def read_position(after, *, since):
    """(until, position) of a feed cursor given with the same `since`."""
    values = read_keyset_cursor(after)
    try:
        until = datetime.datetime.fromisoformat(values["until"])
        same_since = datetime.datetime.fromisoformat(values["since"]) == since
        position = tuple(int(v) for v in values["at"])
    except (TypeError, KeyError, ValueError):
        raise InvalidCursor(f"Invalid cursor '{after}'.") from None
    if not same_since:
        raise InvalidCursor("This cursor belongs to another `since`: pass the same `since`.")
    return until, position


def build_changes(*, since, locale, first=None, after=None):
    """{feed field: [pages]} plus `until`, `deleted` and the paging fields, for ChangeSet.

    Pages to send and to drop form one list ordered by (feed type, sent before dropped,
    id); `first` cuts it and the cursor holds the last position and the first answer's
    `until`, so later pages describe the same interval whatever changes meanwhile."""
    if first is not None and not 1 <= first <= MAX_FEED_PAGE:
        raise PaginationError(f"`first` must be between 1 and {MAX_FEED_PAGE}, got {first}.")
    until, position = timezone.now(), None
    if after is not None:
        until, position = read_position(after, since=since)
    types = feed_types()
    items = []
    for index, (_, model, _) in enumerate(types):
        send, gone = changes_of(model, since=since, until=until, locale=locale)
        gone |= deleted_pages(model=model, since=since)
        items += [(index, 0, pk) for pk in send] + [(index, 1, pk) for pk in gone - send]
    items = sorted(i for i in items if position is None or i > position)
    has_more = first is not None and len(items) > first
    items = items[:first] if first is not None else items
    result = {"until": until, "deleted": [], "has_more": has_more, "cursor": None}
    if has_more:
        at = list(items[-1])
        values = {"since": since.isoformat(), "until": until.isoformat(), "at": at}
        result["cursor"] = keyset_cursor(values)
    reasons = gone_reasons(ids=[pk for _, kind, pk in items if kind == 1])
    snippets, deleted_snippets = {}, []
    if position is None:  # snippets are few: whole, in the first page
        snippets, deleted_snippets = snippet_changes(
            since=since, until=until, locale=locale, deleted_type=DeletedObject
        )
    for field, found in snippets.items():
        Batch(found, locale=locale)
        result[field] = found
    for index, (field, model, graphql_type) in enumerate(types):
        ids = [pk for i, kind, pk in items if i == index and kind == 0]
        send = list(visible(model).filter(pk__in=ids).select_related("locale").order_by("pk"))
        Batch(send, locale=locale)
        result[field] = send
        name = graphql_type._meta.name
        result["deleted"] += [
            DeletedObject(type=name, id=pk, reason=reasons[pk])
            for i, kind, pk in items
            if i == index and kind == 1
        ]
    result["deleted"] += deleted_snippets
    return result


def scheduled(*, info):
    """The ScheduledChange objects of the feed types."""
    types = {model: graphql_type._meta.name for _, model, graphql_type in feed_types()}
    return [
        ScheduledChangeType(type=types[c.model], id=c.page, action=c.action, at=c.at)
        for c in scheduled_changes(models=list(types))
    ]


def changes_query():
    """The `changes` root field, with one list per registered feed type. Built when the
    schema is composed, after every app has registered its types."""
    fields = {
        field: graphene.List(
            graphene.NonNull(graphql_type),
            required=True,
            description=f"{graphql_type._meta.name} objects changed since `since`, to upsert",
        )
        for field, _, graphql_type in feed_types() + feed_snippet_types()
    }
    change_set = type(
        "ChangeSet",
        (graphene.ObjectType,),
        {
            "__doc__": "What changed since `since`: objects to upsert and to drop.",
            "until": DateTime(
                required=True,
                description="Pass as `since` next time, after the last page (`hasMore` false)",
            ),
            "has_more": graphene.Boolean(
                required=True, description="More changes follow: ask again with `after: cursor`"
            ),
            "cursor": graphene.String(description="Pass as `after`, with the same `since`"),
            "scheduled": graphene.List(
                graphene.NonNull(ScheduledChangeType),
                required=True,
                description=(
                    "Pages that will be published or expire on their own later, soonest "
                    "first: hide an expiring page at `at` even offline, sync after a publish"
                ),
                resolver=lambda root, info: scheduled(info=info),
            ),
            "next_change_at": DateTime(
                description="When the next scheduled publish or expiry of any page is due",
                resolver=lambda root, info: next_visibility_change(),
            ),
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

    def resolve_changes(root, info, since, locale=None, first=None, after=None):
        locale = resolve_locale(info=info, locale=locale)
        try:
            found = build_changes(since=since, locale=locale, first=first, after=after)
        except PaginationError as error:
            raise pagination_error(error) from None
        return change_set(**found)

    return type(
        "ChangesQuery",
        (graphene.ObjectType,),
        {
            "changes": graphene.Field(
                change_set,
                required=True,
                since=DateTime(required=True),
                locale=locale_argument(),
                first=graphene.Int(
                    description=f"At most this many objects (sent and deleted), 1 to "
                    f"{MAX_FEED_PAGE}; default: everything at once"
                ),
                after=graphene.String(description="The `cursor` of the previous page"),
                description="What changed since `since`, for apps that keep content offline",
                resolver=resolve_changes,
            )
        },
    )
