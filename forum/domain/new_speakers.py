"""Creating a speaker from a session's speaker chooser (forum/speaker_chooser.py): a speaker
page under the speaker index of the session's language, saved by the normal publish rules."""

from django.conf import settings
from django.utils.text import slugify
from wagtail.log_actions import log

from core.revisions import save_by_publish_rules
from forum.models import SpeakerIndexPage, SpeakerPage


def speaker_index(*, locale):
    """The speaker index of `locale` (a Locale), or None."""
    return SpeakerIndexPage.objects.filter(locale=locale).order_by("path").first()


def may_create_speaker(*, user, locale):
    """Whether `user` may add a speaker in `locale`: they may add pages to its index."""
    index = speaker_index(locale=locale)
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def namesake(*, locale, title):
    """A speaker of `locale` already called `title` (any case), or None."""
    speakers = SpeakerPage.objects.filter(locale=locale, title__iexact=title.strip())
    return speakers.order_by("pk").first()


def _free_slug(*, index, title):
    base = slugify(title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))
    base = base or "speaker"
    taken = set(index.get_children().values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_speaker(*, user, locale, title, position="", organisation="", country=""):
    """Add a speaker page to the speaker index of `locale` as `user` (who may add there),
    published if they may publish, else a draft handed to moderation as the edit form
    would. Returns (page, "published" | "submitted" | "draft")."""
    index = speaker_index(locale=locale)
    page = SpeakerPage(
        title=title.strip(),
        slug=_free_slug(index=index, title=title),
        position=position,
        organisation=organisation,
        country=country,
        owner=user,
        live=False,
    )
    index.add_child(instance=page)
    log(instance=page, action="wagtail.create", user=user)
    outcome = save_by_publish_rules(page=page, user=user)
    page.refresh_from_db()
    return page, outcome
