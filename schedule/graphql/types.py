"""GraphQL types of programme releases and the changes each made."""

import graphene

from api.scalars import DateTime
from forum.graphql.types import ProgrammeFeedsType, programme_feeds


class SessionChangeType(graphene.ObjectType):
    """A session added, cancelled or moved by a release; `previous*` only when moved."""

    guid = graphene.String(required=True, description="The session's GUID in the feeds")
    title = graphene.String(required=True, description="The session's title")
    url = graphene.String(required=True, description="Path of the session page")
    starts_at = DateTime(required=True, description="Start")
    ends_at = DateTime(required=True, description="End")
    room = graphene.String(required=True, description="The room's name")
    previous_starts_at = DateTime(description="The start before the move")
    previous_ends_at = DateTime(description="The end before the move")
    previous_room = graphene.String(description="The room before the move")

    class Meta:
        name = "SessionChange"


class ProgrammeReleaseType(graphene.ObjectType):
    """A named, frozen release of an edition's programme (from ReleaseChanges)."""

    version = graphene.String(required=True, description="The release's name, e.g. 1.0")
    created_at = DateTime(required=True, description="When it was released")
    feeds = graphene.Field(
        ProgrammeFeedsType, required=True, description="Its own feeds, which never change"
    )
    added = graphene.List(
        graphene.NonNull(SessionChangeType),
        required=True,
        description="New since the previous release (all sessions for the first)",
    )
    cancelled = graphene.List(
        graphene.NonNull(SessionChangeType), required=True, description="Sessions it removed"
    )
    moved = graphene.List(
        graphene.NonNull(SessionChangeType),
        required=True,
        description="Sessions it moved (time or room)",
    )

    class Meta:
        name = "ProgrammeRelease"

    def resolve_feeds(root, info):
        return programme_feeds(
            request=info.context,
            year=root.release.edition.year,
            code=root.language,
            version=root.version,
        )
