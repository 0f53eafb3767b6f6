"""Root fields of the forum: editions, a session, speakers."""

import graphene

from api.batching import Batch, batched
from api.enums import OrderDirection, value_of
from api.errors import AMBIGUOUS_SLUG, coded_error
from api.locales import locale_argument, resolve_locale
from api.types import paginate
from core.compiled import KeptQuery
from core.locales import localized_by_slug
from forum.domain.program import AmbiguousSlug, edition_of_year, forum_editions, session_by_slug
from forum.domain.speakers import speaker_list
from forum.graphql.types import (
    ForumEditionType,
    SessionType,
    SpeakerConnection,
    SpeakerOrderBy,
    SpeakerType,
)
from forum.models import SpeakerPage


def one(page, locale):
    if page is not None:
        Batch([page], locale=locale)
    return page


class ForumQueries(graphene.ObjectType):
    """Forum editions, sessions and speakers."""

    forums = graphene.List(
        graphene.NonNull(ForumEditionType),
        required=True,
        locale=locale_argument(),
        description="Visible forum editions, newest first",
    )
    forum = graphene.Field(
        ForumEditionType,
        year=graphene.Int(required=True),
        locale=locale_argument(),
        description="The forum edition of a year",
    )
    session = graphene.Field(
        SessionType,
        slug=graphene.String(required=True),
        forum_year=graphene.Int(description="Needed when the slug is used in several editions"),
        locale=locale_argument(),
        description="A session by its slug",
    )
    speakers = graphene.Field(
        SpeakerConnection,
        required=True,
        forum_year=graphene.Int(description="Only the speakers of this forum edition"),
        locale=locale_argument(),
        order_by=graphene.Argument(SpeakerOrderBy, default_value="name", description="Sort key"),
        direction=graphene.Argument(
            OrderDirection, default_value="asc", description="Sort direction"
        ),
        first=graphene.Int(description="At most 100; 20 by default"),
        after=graphene.String(),
        description="Visible speakers",
    )
    speaker = graphene.Field(
        SpeakerType,
        slug=graphene.String(required=True),
        locale=locale_argument(),
        description="A speaker by slug",
    )

    def resolve_forums(root, info, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return batched(forum_editions(locale=locale), locale=locale)

    def resolve_forum(root, info, year, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(edition_of_year(year=year, locale=locale), locale)

    def resolve_session(root, info, slug, forum_year=None, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        try:
            session = session_by_slug(slug=slug, locale=locale, year=forum_year)
        except AmbiguousSlug as error:
            raise coded_error(str(error), AMBIGUOUS_SLUG) from None
        return one(session, locale)

    def resolve_speakers(
        root,
        info,
        forum_year=None,
        locale=None,
        first=None,
        after=None,
        order_by="name",
        direction="asc",
    ):
        locale = resolve_locale(info=info, locale=locale)
        speakers = KeptQuery(
            key="forum.speakers",
            build=speaker_list,
            values={"forum_year": forum_year},
            shape={"locale": locale, "order": value_of(order_by), "direction": value_of(direction)},
        )
        return paginate(
            speakers, connection=SpeakerConnection, locale=locale, first=first, after=after
        )

    def resolve_speaker(root, info, slug, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(localized_by_slug(model=SpeakerPage, slug=slug, locale=locale), locale)
