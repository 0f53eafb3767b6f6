"""Root fields of the programme releases."""

import graphene

from api.locales import locale_argument, resolve_locale
from forum.domain.program import edition_of_year
from schedule.domain.releases import release_changes
from schedule.graphql.types import ProgrammeReleaseType


class ScheduleQueries(graphene.ObjectType):
    """Programme releases."""

    programme_releases = graphene.List(
        graphene.NonNull(ProgrammeReleaseType),
        required=True,
        year=graphene.Int(required=True),
        locale=locale_argument(),
        description="The releases of a forum edition's programme, newest first, with the "
        "sessions each added, cancelled and moved",
    )

    def resolve_programme_releases(root, info, year, locale=None):
        locale = resolve_locale(info=info, locale=locale)
        edition = edition_of_year(year=year, locale=locale)
        if edition is None:
            return []
        return release_changes(edition=edition, locale=locale)
