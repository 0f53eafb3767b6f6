"""Root fields of the forum: editions, a session, speakers."""

import graphene
from graphql import GraphQLError

from api.batching import Batch, batched
from api.locales import resolve_locale
from api.types import paginate
from core.locales import localized_by_slug
from forum.domain.program import AmbiguousSlug, edition_of_year, forum_editions, session_by_slug
from forum.domain.speakers import speaker_list
from forum.graphql.types import ForumEditionType, SessionType, SpeakerConnection, SpeakerType
from forum.models import SpeakerPage


def one(page, locale):
    if page is not None:
        Batch([page], locale=locale)
    return page


class ForumQueries(graphene.ObjectType):
    forums = graphene.List(
        graphene.NonNull(ForumEditionType), required=True, locale=graphene.String()
    )
    forum = graphene.Field(
        ForumEditionType, year=graphene.Int(required=True), locale=graphene.String()
    )
    session = graphene.Field(
        SessionType,
        slug=graphene.String(required=True),
        forum_year=graphene.Int(description="Needed when the slug is used in several editions"),
        locale=graphene.String(),
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
        return batched(forum_editions(locale=locale), locale=locale)

    def resolve_forum(root, info, year, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(edition_of_year(year=year, locale=locale), locale)

    def resolve_session(root, info, slug, forum_year=None, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        try:
            session = session_by_slug(slug=slug, locale=locale, year=forum_year)
        except AmbiguousSlug as error:
            raise GraphQLError(str(error), extensions={"code": "AMBIGUOUS_SLUG"}) from None
        return one(session, locale)

    def resolve_speakers(root, info, forum_year=None, locale=None, first=None, after=None):
        locale = resolve_locale(info=info, locale=locale)
        speakers = speaker_list(locale=locale, forum_year=forum_year)
        return paginate(
            speakers, connection=SpeakerConnection, locale=locale, first=first, after=after
        )

    def resolve_speaker(root, info, slug, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        return one(localized_by_slug(model=SpeakerPage, slug=slug, locale=locale), locale)
