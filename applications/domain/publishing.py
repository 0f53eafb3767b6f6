"""A laureate or winner becomes the public prize entry in one step: an `EntryPage` draft
in its nomination (and its Russian translation where the nomination has one), submitted
to the "Prize moderation" workflow, so a moderator publishes it as any prize page.

Only what the prize shows of every entry is copied: the title, organisation, applicant
and entry type, region or country with its world region (derived from the country; Russia
on the national track), and the status. The answers, attachments, reviews and the
applicant's account stay private; the summary starts as the title for editors to
write, and an editor adds anything else on the page."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from applications.choices import Role, State
from applications.domain.roles import roles_of
from prize.choices import EntryStatus, WorldRegion
from prize.models import EntryPage

PUBLISHABLE = {State.LAUREATE: EntryStatus.LAUREATE, State.WINNER: EntryStatus.WINNER}
PUBLISHERS = {Role.COORDINATOR, Role.JURY_CHAIR, Role.ADMIN}


def entry_fields(*, application):
    """The public fields of the entry: nothing else of the application."""
    fields = {
        "title": application.title,
        "organisation": application.organisation or application.title,
        "applicant_type": application.applicant_type,
        "entry_type": application.entry_type,
        "status": PUBLISHABLE[application.state],
        "summary": application.title,
        "region_code": application.region_code,
        "country_code": application.country_code,
        "world_region": application.world_region or WorldRegion.RUSSIA,
    }
    return fields


def _submit(page, user):
    revision = page.save_revision(user=user)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return revision


def publish_entry(*, application, user):
    """Create the entry draft(s) for a laureate or winner and submit them for moderation.
    Returns the English (default language) EntryPage; refused (ValidationError) for other
    states, for users who are not staff, or when the entry already exists."""
    if not roles_of(user=user) & PUBLISHERS:
        raise ValidationError(_("You may not do this."))
    if application.state not in PUBLISHABLE:
        raise ValidationError(_("Only laureates and winners become public entries."))
    if application.entry_id:
        raise ValidationError(_("This application already has its public entry."))
    with transaction.atomic():
        nomination = application.nomination.specific
        page = EntryPage(live=False, **entry_fields(application=application))
        nomination.add_child(instance=page)
        _submit(page, user)
        for locale in Locale.objects.exclude(pk=nomination.locale_id):
            if nomination.has_translation(locale):
                translated = page.copy_for_translation(locale)
                _submit(translated, user)
        application.entry = page
        application.save(update_fields=["entry", "updated_at"])
    return page
