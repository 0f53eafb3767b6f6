"""GraphQL types of the forum: editions, sessions, speakers, themes and rooms."""

import graphene
from django.urls import reverse
from django.utils import translation

from api.batching import ancestors_loader, batch_of
from api.enums import OrderDirection, choices_enum, described_enum, value_of
from api.locales import choice_label, locale_code, locale_field
from api.scalars import DateTime
from api.types import (
    CountedConnection,
    PageInterface,
    html_field,
    image_field,
    register_page_type,
    register_snippet_type,
)
from forum.choices import SessionFormat, SessionLanguage, SpeakerRole
from forum.graphql import loaders
from forum.models import (
    ForumEditionPage,
    ForumIndexPage,
    Room,
    SessionPage,
    SpeakerIndexPage,
    SpeakerPage,
    Theme,
)

load_edition = ancestors_loader(ForumEditionPage)

SessionFormatEnum = choices_enum(
    SessionFormat, name="SessionFormat", description="The kind of a forum session"
)
SessionLanguageEnum = choices_enum(
    SessionLanguage, name="SessionLanguage", description="The language a session is held in"
)
SessionOrderBy = described_enum(
    "SessionOrderBy",
    [
        ("START_TIME", "start_time", "By start time, then title"),
        ("TITLE", "title", "By title, then start time"),
    ],
    description="How to sort an edition's `sessions`",
)
SpeakerOrderBy = described_enum(
    "SpeakerOrderBy",
    [
        ("NAME", "name", "By name"),
        ("DATE", "date", "By the date the speaker's page was first published"),
    ],
    description="How to sort `speakers`",
)
SpeakerRoleEnum = choices_enum(
    SpeakerRole, name="SpeakerRole", description="A speaker's part in a session"
)


def snippet_locale(root, info):
    return locale_code(info, root.locale_id)


@register_snippet_type(Theme)
class ThemeType(graphene.ObjectType):
    """A theme of the forum programme (a translatable snippet)."""

    id = graphene.ID(required=True)
    translation_key = graphene.ID(required=True)
    locale = locale_field(resolver=snippet_locale)
    name = graphene.String(required=True)
    slug = graphene.String(required=True)
    description = graphene.String(required=True)

    class Meta:
        name = "Theme"


@register_snippet_type(Room)
class RoomType(graphene.ObjectType):
    """A room of the forum venue (a translatable snippet)."""

    id = graphene.ID(required=True)
    translation_key = graphene.ID(required=True)
    locale = locale_field(resolver=snippet_locale)
    name = graphene.String(required=True)
    floor = graphene.String(required=True)

    class Meta:
        name = "Room"


def snippet_field(model, attr, graphql_type):
    """A translated snippet behind the foreign key `attr`, one query for a whole list."""

    def resolve(root, info):
        found = batch_of(root).load(loaders.load_snippets, model, attr)
        return found.get(getattr(root, f"{attr}_id"))

    return graphene.Field(graphql_type, resolver=resolve)


class SessionSpeakerType(graphene.ObjectType):
    """A speaker's part in a session (from a (SessionSpeaker, speaker page) pair)."""

    role = SpeakerRoleEnum(required=True, description="The speaker's part in this session")
    role_label = graphene.String(
        required=True, description="The role's name in the requested language"
    )
    speaker = graphene.Field(lambda: SpeakerType, required=True, description="The speaker's page")

    class Meta:
        name = "SessionSpeaker"

    def resolve_role(root, info):
        return root[0].role

    def resolve_role_label(root, info):
        return choice_label(SpeakerRole, root[0].role, obj=root[1])

    def resolve_speaker(root, info):
        return root[1]


@register_page_type(SessionPage)
class SessionType(graphene.ObjectType):
    """A session of a forum edition's programme."""

    starts_at = DateTime(required=True)
    ends_at = DateTime(required=True)
    format = SessionFormatEnum(required=True, description="The kind of session")
    format_label = graphene.String(
        required=True, description="The format's name in the requested language"
    )
    theme = snippet_field(Theme, "theme", ThemeType)
    room = snippet_field(Room, "room", RoomType)
    language = SessionLanguageEnum(required=True, description="The language it is held in")
    language_label = graphene.String(
        required=True, description="The language's name in the requested language"
    )
    summary = graphene.String(required=True)
    description = html_field("description")
    speakers = graphene.List(
        graphene.NonNull(SessionSpeakerType),
        required=True,
        description="Its speakers in the editors' order, each with a role",
    )
    edition = graphene.Field(
        lambda: ForumEditionType, description="The forum edition it belongs to"
    )

    class Meta:
        name = "Session"
        interfaces = (PageInterface,)

    def resolve_format_label(root, info):
        return choice_label(SessionFormat, root.format, obj=root)

    def resolve_language_label(root, info):
        return choice_label(SessionLanguage, root.language, obj=root)

    def resolve_speakers(root, info):
        return batch_of(root).load(loaders.load_session_speakers).get(root.pk, [])

    def resolve_edition(root, info):
        return batch_of(root).load(load_edition).get(root.path[: -root.steplen])


@register_page_type(SpeakerPage)
class SpeakerType(graphene.ObjectType):
    """A speaker: one page whatever the number of editions."""

    name = graphene.String(required=True, description="The speaker's name (the page title)")
    position = graphene.String(required=True)
    organisation = graphene.String(required=True)
    country = graphene.String(required=True)
    photo = image_field("photo")
    biography = html_field("biography")
    sessions = graphene.List(
        graphene.NonNull(SessionType), required=True, description="In every edition, newest first"
    )

    class Meta:
        name = "Speaker"
        interfaces = (PageInterface,)

    def resolve_sessions(root, info):
        found = batch_of(root).load(loaders.load_speaker_sessions)
        return found.get(root.translation_key, [])


class ProgrammeFeedsType(graphene.ObjectType):
    """Absolute addresses of an edition's programme feeds, in one language (the schedule
    app serves them; a release's own feeds when given a version)."""

    json = graphene.String(required=True, description="c3voc schedule.json")
    xml = graphene.String(required=True, description="frab schedule.xml")
    xcal = graphene.String(required=True, description="frab schedule.xcal")
    ics = graphene.String(required=True, description="iCalendar")
    webcal = graphene.String(required=True, description="iCalendar, to subscribe to")
    changelog = graphene.String(required=True, description="The releases' changelog page")
    changelog_atom = graphene.String(required=True, description="The changelog as Atom")
    agenda = graphene.String(
        required=True, description="My agenda; add ?s=<guid>,<guid> (the feeds' session GUIDs)"
    )

    class Meta:
        name = "ProgrammeFeeds"


def programme_feeds(*, request, year, code, version=None):
    """{feed: absolute URL} of the programme of `year` in language `code`."""
    prefix = "schedule:release_" if version else "schedule:"
    args = [year, version] if version else [year]
    with translation.override(code):
        urls = {kind: reverse(prefix + kind, args=args) for kind in ("json", "xml", "xcal", "ics")}
        urls["changelog"] = reverse("schedule:changelog", args=[year])
        urls["changelog_atom"] = reverse("schedule:atom", args=[year])
        urls["agenda"] = reverse("schedule:agenda", args=[year])
    feeds = {kind: request.build_absolute_uri(url) for kind, url in urls.items()}
    feeds["webcal"] = "webcal://" + request.get_host() + urls["ics"]
    return feeds


@register_page_type(ForumEditionPage)
class ForumEditionType(graphene.ObjectType):
    """A forum edition (one year)."""

    year = graphene.Int(required=True)
    start_date = graphene.Date(required=True)
    end_date = graphene.Date(required=True)
    city = graphene.String(required=True)
    venue = graphene.String(required=True)
    summary = html_field("summary")
    partners = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        deprecation_reason="Use partnerLinks: name, site and logo of each partner",
    )
    partner_links = graphene.List(
        graphene.NonNull(lambda: PartnerType), required=True, description="In the editors' order"
    )
    image = image_field("image")
    themes = graphene.List(graphene.NonNull(ThemeType), required=True)
    sessions = graphene.List(
        graphene.NonNull(SessionType),
        required=True,
        day=graphene.Date(description="A Moscow date, e.g. 2023-12-03"),
        theme=graphene.String(description="A theme slug"),
        format=SessionFormatEnum(description="Only sessions of this format"),
        order_by=graphene.Argument(
            SessionOrderBy, default_value="start_time", description="Sort key"
        ),
        direction=graphene.Argument(
            OrderDirection, default_value="asc", description="Sort direction"
        ),
        description="Visible sessions, by default in order of time",
    )
    programme_feeds = graphene.Field(
        ProgrammeFeedsType,
        required=True,
        description="The programme for conference apps and calendars, in this language",
    )

    class Meta:
        name = "ForumEdition"
        interfaces = (PageInterface,)

    def resolve_partners(root, info):
        return [p.name for p in batch_of(root).load(loaders.load_edition_partners)[root.pk]]

    def resolve_partner_links(root, info):
        return batch_of(root).load(loaders.load_edition_partners)[root.pk]

    def resolve_programme_feeds(root, info):
        code = batch_of(root).locale.code
        return programme_feeds(request=info.context, year=root.year, code=code)

    def resolve_themes(root, info):
        return batch_of(root).load(loaders.load_edition_themes).get(root.pk, [])

    def resolve_sessions(
        root, info, day=None, theme=None, format=None, order_by="start_time", direction="asc"
    ):
        found = batch_of(root).load(
            loaders.load_edition_sessions,
            day,
            theme,
            value_of(format),
            value_of(order_by),
            value_of(direction),
        )
        return found.get(root.translation_key, [])


class SpeakerConnection(CountedConnection):
    class Meta:
        node = SpeakerType


@register_page_type(ForumIndexPage)
class ForumIndexType(graphene.ObjectType):
    """The forum section's index page."""

    introduction = html_field("introduction")

    class Meta:
        name = "ForumIndex"
        interfaces = (PageInterface,)


@register_page_type(SpeakerIndexPage)
class SpeakerIndexType(graphene.ObjectType):
    """The speakers' index page."""

    introduction = graphene.String(required=True)

    class Meta:
        name = "SpeakerIndex"
        interfaces = (PageInterface,)


class PartnerType(graphene.ObjectType):
    """A partner of the forum or the prize (a snippet, translated where editors did)."""

    name = graphene.String(required=True, description="The partner's name")
    url = graphene.String(required=True, description="The partner's site; empty when none")
    logo = image_field("logo", description="The partner's logo")
    locale = locale_field()

    class Meta:
        name = "Partner"

    def resolve_locale(root, info):
        return locale_code(info, root.locale_id)
