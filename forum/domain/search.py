"""What the forum adds to site search: its result types and the `forum_year` filter."""

from django.db.models import Q

from core.tree import descendants_q
from forum.models import ForumEditionPage, SessionPage, SessionSpeaker


def pages_of_year(year):
    """A Q for an edition of `year`, its sessions and the speakers of those sessions."""
    paths = list(ForumEditionPage.objects.filter(year=year).values_list("path", flat=True))
    editions = descendants_q(paths) | Q(path__in=paths)
    speakers = SessionSpeaker.objects.filter(
        session__in=SessionPage.objects.filter(editions)
    ).values("speaker__translation_key")
    return editions | Q(translation_key__in=speakers)


def years_among(pks):
    """Years of the forum editions among the page ids `pks` (a subquery), newest first."""
    found = ForumEditionPage.objects.filter(pk__in=pks).values_list("year", flat=True)
    return sorted(set(found), reverse=True)
