"""GraphQL types of programme releases and the changes each made."""

import graphene

from api.scalars import DateTime
from forum.graphql.types import ProgrammeFeedsType, programme_feeds


class SessionChangeType(graphene.ObjectType):
    """A session added, cancelled or moved by a release; `previous*` only when moved."""

    guid = graphene.String(required=True, description="The session's GUID in the feeds")
    title = graphene.String(required=True)
    url = graphene.String(required=True)
    starts_at = DateTime(required=True)
    ends_at = DateTime(required=True)
    room = graphene.String(required=True)
    previous_starts_at = DateTime()
    previous_ends_at = DateTime()
    previous_room = graphene.String()

    class Meta:
        name = "SessionChange"


class ProgrammeReleaseType(graphene.ObjectType):
    """A named, frozen release of an edition's programme (from ReleaseChanges)."""

    version = graphene.String(required=True)
    created_at = DateTime(required=True)
    feeds = graphene.Field(ProgrammeFeedsType, required=True)
    added = graphene.List(
        graphene.NonNull(SessionChangeType),
        required=True,
        description="New since the previous release (all sessions for the first)",
    )
    cancelled = graphene.List(graphene.NonNull(SessionChangeType), required=True)
    moved = graphene.List(graphene.NonNull(SessionChangeType), required=True)

    class Meta:
        name = "ProgrammeRelease"

    def resolve_feeds(root, info):
        return programme_feeds(
            request=info.context,
            year=root.release.edition.year,
            code=root.language,
            version=root.version,
        )
