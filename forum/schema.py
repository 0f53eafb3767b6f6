"""GraphQL types and root fields of the forum: editions, sessions, speakers."""

import graphene
from django.db.models import F, Q

from api.dataloaders import (
    Batch,
    batch_of,
    children_q,
    localized_ancestors,
    localized_children,
    visible,
)
from api.locales import choice_label, localize, localize_snippets, resolve_locale
from api.types import (
    CountedConnection,
    PageInterface,
    html,
    image_field,
    paginate,
    register_page_type,
)
from forum.choices import SessionFormat, SessionLanguage, SpeakerRole
from forum.models import ForumEditionPage, Room, SessionPage, SessionSpeaker, SpeakerPage, Theme


class ThemeType(graphene.ObjectType):
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    description = graphene.String(required=True)

    class Meta:
        name = "Theme"


class RoomType(graphene.ObjectType):
    name = graphene.String(required=True)
    floor = graphene.String(required=True)

    class Meta:
        name = "Room"


def snippet_field(model, attr, graphql_type):
    """A translated snippet behind the foreign key `attr`, one query for a whole list."""

    def load(batch):
        ids = [getattr(o, f"{attr}_id") for o in batch.objects]
        return localize_snippets(model=model, ids=ids, locale=batch.locale)

    def resolve(root, info):
        return batch_of(root).load(attr, load).get(getattr(root, f"{attr}_id"))

    return graphene.Field(graphql_type, resolver=resolve)


class SessionSpeakerType(graphene.ObjectType):
    role = graphene.String(required=True, description="moderator, speaker or expert")
    role_label = graphene.String(required=True)
    speaker = graphene.Field(lambda: SpeakerType, required=True)

    class Meta:
        name = "SessionSpeaker"

    def resolve_role_label(root, info):
        return choice_label(SpeakerRole, root.role, obj=root)


def load_session_speakers(batch):
    """{session id: [SessionSpeakerType]} with speakers in the batch's locale; speakers
    that are not live and public are left out. Three queries for any number of sessions."""
    roles = list(
        SessionSpeaker.objects.filter(session__in=[s.pk for s in batch.objects])
        .annotate(speaker_key=F("speaker__translation_key"))
        .order_by("session_id", "sort_order", "pk")
    )
    keys = {r.speaker_key for r in roles}
    speakers = localize(visible(SpeakerPage).filter(translation_key__in=keys), locale=batch.locale)
    by_key = {s.translation_key: s for s in speakers}
    batch.child(by_key.values())
    result = {}
    for role in roles:
        if role.speaker_key in by_key:
            item = SessionSpeakerType(role=role.role, speaker=by_key[role.speaker_key])
            result.setdefault(role.session_id, []).append(item)
    return result


@register_page_type(SessionPage)
class SessionType(graphene.ObjectType):
    starts_at = graphene.DateTime(required=True)
    ends_at = graphene.DateTime(required=True)
    format = graphene.String(required=True, description="plenary, panel, workshop, ...")
    format_label = graphene.String(required=True)
    theme = snippet_field(Theme, "theme", ThemeType)
    room = snippet_field(Room, "room", RoomType)
    language = graphene.String(required=True, description="ru, en or ru-en")
    language_label = graphene.String(required=True)
    summary = graphene.String(required=True)
    description = graphene.String(required=True, description="HTML")
    speakers = graphene.List(graphene.NonNull(SessionSpeakerType), required=True)
    edition = graphene.Field(lambda: ForumEditionType)

    class Meta:
        name = "Session"
        interfaces = (PageInterface,)

    def resolve_format_label(root, info):
        return choice_label(SessionFormat, root.format, obj=root)

    def resolve_language_label(root, info):
        return choice_label(SessionLanguage, root.language, obj=root)

    def resolve_description(root, info):
        return html(root.description, root)

    def resolve_speakers(root, info):
        return batch_of(root).load("speakers", load_session_speakers).get(root.pk, [])

    def resolve_edition(root, info):
        editions = batch_of(root).load(
            "edition", lambda batch: localized_ancestors(batch, model=ForumEditionPage)
        )
        return editions.get(root.path[: -root.steplen])


def load_speaker_sessions(batch):
    """{speaker translation key: [sessions in the batch's locale]}, newest first."""
    keys = {s.translation_key for s in batch.objects}
    pairs = list(
        SessionSpeaker.objects.filter(speaker__translation_key__in=keys).values_list(
            "speaker__translation_key", "session__translation_key"
        )
    )
    sessions = localize(
        visible(SessionPage).filter(translation_key__in={s for _, s in pairs}),
        locale=batch.locale,
    ).order_by("-starts_at", "title")
    by_key = {s.translation_key: s for s in sessions}
    batch.child(by_key.values())
    result = {}
    for speaker_key, session_key in sorted(set(pairs)):
        if session_key in by_key:
            result.setdefault(speaker_key, []).append(by_key[session_key])
    for items in result.values():
        items.sort(key=lambda s: (s.starts_at, s.title), reverse=True)
    return result


@register_page_type(SpeakerPage)
class SpeakerType(graphene.ObjectType):
    name = graphene.String(required=True)
    position = graphene.String(required=True)
    organisation = graphene.String(required=True)
    country = graphene.String(required=True)
    photo = image_field("photo")
    biography = graphene.String(required=True, description="HTML")
    sessions = graphene.List(
        graphene.NonNull(SessionType), required=True, description="In every edition, newest first"
    )

    class Meta:
        name = "Speaker"
        interfaces = (PageInterface,)

    def resolve_biography(root, info):
        return html(root.biography, root)

    def resolve_sessions(root, info):
        return batch_of(root).load("sessions", load_speaker_sessions).get(root.translation_key, [])


def edition_sessions(batch, *, day=None, theme=None, format=None):
    """{edition translation key: [sessions]} in order of time, filtered."""
    filters = Q()
    if day is not None:
        filters &= Q(starts_at__date=day)
    if theme is not None:
        filters &= Q(theme__slug=theme)
    if format is not None:
        filters &= Q(format=format)
    return localized_children(
        batch, model=SessionPage, filters=filters, order_by=("starts_at", "title")
    )


def load_edition_themes(batch):
    through = ForumEditionPage.themes.through
    rows = list(
        through.objects.filter(forumeditionpage_id__in=[e.pk for e in batch.objects]).values_list(
            "forumeditionpage_id", "theme_id"
        )
    )
    themes = localize_snippets(model=Theme, ids={t for _, t in rows}, locale=batch.locale)
    result = {}
    for edition_id, theme_id in rows:
        result.setdefault(edition_id, []).append(themes[theme_id])
    for items in result.values():
        items.sort(key=lambda t: t.name)
    return result


@register_page_type(ForumEditionPage)
class ForumEditionType(graphene.ObjectType):
    year = graphene.Int(required=True)
    start_date = graphene.Date(required=True)
    end_date = graphene.Date(required=True)
    city = graphene.String(required=True)
    venue = graphene.String(required=True)
    summary = graphene.String(required=True, description="HTML")
    partners = graphene.List(graphene.NonNull(graphene.String), required=True)
    image = image_field("image")
    themes = graphene.List(graphene.NonNull(ThemeType), required=True)
    sessions = graphene.List(
        graphene.NonNull(SessionType),
        required=True,
        day=graphene.Date(description="A Moscow date, e.g. 2023-12-03"),
        theme=graphene.String(description="A theme slug"),
        format=graphene.String(description="A session format, e.g. panel"),
        description="Live sessions in order of time",
    )

    class Meta:
        name = "ForumEdition"
        interfaces = (PageInterface,)

    def resolve_summary(root, info):
        return html(root.summary, root)

    def resolve_partners(root, info):
        return root.partner_list()

    def resolve_themes(root, info):
        return batch_of(root).load("themes", load_edition_themes).get(root.pk, [])

    def resolve_sessions(root, info, day=None, theme=None, format=None):
        key = f"sessions:{day}:{theme}:{format}"
        sessions = batch_of(root).load(
            key, lambda batch: edition_sessions(batch, day=day, theme=theme, format=format)
        )
        return sessions.get(root.translation_key, [])


class SpeakerConnection(CountedConnection):
    class Meta:
        node = SpeakerType


def by_slug(model, slug, locale):
    """The page with `slug` in any language, in `locale` where translated."""
    keys = visible(model).filter(slug=slug).values("translation_key")
    return localize(visible(model).filter(translation_key__in=keys), locale=locale).first()


def one(page, locale):
    if page is not None:
        Batch([page], locale=locale)
    return page


def speakers_of_year(year):
    """Translation keys of speakers in live sessions of the forum editions of `year`."""
    editions = visible(ForumEditionPage).filter(year=year).values_list("path", flat=True)
    sessions = visible(SessionPage).filter(children_q(editions))
    return SessionSpeaker.objects.filter(session__in=sessions).values("speaker__translation_key")


class Query(graphene.ObjectType):
    forums = graphene.List(
        graphene.NonNull(ForumEditionType), required=True, locale=graphene.String()
    )
    forum = graphene.Field(
        ForumEditionType, year=graphene.Int(required=True), locale=graphene.String()
    )
    session = graphene.Field(
        SessionType, slug=graphene.String(required=True), locale=graphene.String()
    )
    speakers = graphene.Field(
        SpeakerConnection,
        required=True,
        forum_year=graphene.Int(),
        locale=graphene.String(),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
    )
    speaker = graphene.Field(
        SpeakerType, slug=graphene.String(required=True), locale=graphene.String()
    )

    def resolve_forums(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        editions = list(localize(visible(ForumEditionPage), locale=locale).order_by("-year"))
        Batch(editions, locale=locale)
        return editions

    def resolve_forum(root, info, year, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        editions = localize(visible(ForumEditionPage).filter(year=year), locale=locale)
        return one(editions.first(), locale)

    def resolve_session(root, info, slug, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(by_slug(SessionPage, slug, locale), locale)

    def resolve_speakers(root, info, forum_year=None, locale=None, first=None, after=None):
        locale = resolve_locale(info=info, locale=locale)
        speakers = visible(SpeakerPage)
        if forum_year is not None:
            speakers = speakers.filter(translation_key__in=speakers_of_year(forum_year))
        speakers = localize(speakers, locale=locale).order_by("title", "pk")
        return paginate(
            speakers, connection=SpeakerConnection, locale=locale, first=first, after=after
        )

    def resolve_speaker(root, info, slug, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(by_slug(SpeakerPage, slug, locale), locale)
