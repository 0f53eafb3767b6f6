"""The public changelog of an edition's programme releases, as a page and as an Atom feed;
both list, for each release, the sessions added, cancelled and moved, in the visitor's
language (schedule.domain.releases.release_changes)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from forum.domain.program import edition_of_year
from schedule.domain.releases import publishes_live, release_changes
from schedule.views.feeds import current_locale


def _edition(year):
    edition = edition_of_year(year=year, locale=current_locale())
    if edition is None:
        raise Http404("No forum edition of that year")
    return edition


def changelog(request, year):
    """The changelog page of the edition of `year`: its releases, newest first."""
    edition = _edition(year)
    context = {
        "edition": edition,
        "year": year,
        "releases": release_changes(edition=edition, locale=current_locale()),
        "live": publishes_live(edition=edition),
    }
    return render(request, "schedule/changelog.html", context)


class ChangelogFeed(Feed):
    """The changelog as Atom: one entry per release."""

    feed_type = Atom1Feed

    def get_object(self, request, year):
        return _edition(year)

    def title(self, edition):
        return _("Programme changes: %(edition)s") % {"edition": edition.title}

    def link(self, edition):
        return reverse("schedule:changelog", args=[edition.year])

    def subtitle(self, edition):
        return _("Each release of the programme and what it changed.")

    def items(self, edition):
        return release_changes(edition=edition, locale=current_locale())

    def item_title(self, item):
        return _("%(version)s: %(added)d new, %(cancelled)d cancelled, %(moved)d moved") % {
            "version": item.version,
            "added": len(item.added),
            "cancelled": len(item.cancelled),
            "moved": len(item.moved),
        }

    def item_description(self, item):
        return render_to_string("schedule/includes/release_changes.html", {"changes": item})

    def item_link(self, item):
        edition = item.release.edition
        return reverse("schedule:changelog", args=[edition.year]) + f"#release-{item.version}"

    def item_guid(self, item):
        return f"urn:uuid:{item.release.edition_key}:{item.version}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.created_at
