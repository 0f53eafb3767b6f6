"""The applicant's side: which editions take applications today, which nominations an
applicant type may choose, the questions per entry type, and the applicant's own
applications. Views in applications/views.py call these."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from applications.choices import State
from applications.domain.workflow import stage_is_open, stages_of
from applications.models import Application, Eligibility
from prize.choices import ApplicantType, EntryType, PrizeTrack, StageKind
from prize.models import CategoryPage, NominationPage, PrizeEditionPage

# Questions asked of every application, then per entry type: (key, label, required).
COMMON_QUESTIONS = (
    ("summary", _("Summary: what the project does, in a few sentences"), True),
    ("results", _("Results so far, with numbers where you have them"), True),
)
QUESTIONS = {
    EntryType.SOCIAL_PROJECT: (("beneficiaries", _("Who benefits, and how many people"), True),),
    EntryType.SIGNIFICANT_ACT: (("act", _("What was done, when and where"), True),),
    EntryType.PATRONAGE: (("support", _("What support was given and to whom"), True),),
    EntryType.MENTORING: (("mentees", _("Whom you mentor and what changed for them"), True),),
    EntryType.REGIONAL_PROGRAMME: (
        ("programme", _("The programme, its budget and the municipalities taking part"), True),
    ),
}
# Only municipalities and regions submit programmes, and they submit nothing else.
PROGRAMME_APPLICANTS = (ApplicantType.MUNICIPALITY,)


def questions_for(*, entry_type):
    return COMMON_QUESTIONS + QUESTIONS.get(entry_type, ())


def entry_types_for(*, applicant_type):
    if applicant_type in PROGRAMME_APPLICANTS:
        return [EntryType.REGIONAL_PROGRAMME]
    return [t for t in EntryType if t != EntryType.REGIONAL_PROGRAMME]


def open_editions(*, today: datetime.date):
    """Editions (in the default language, where applications belong) whose applications
    stage is under way on `today`."""
    editions = PrizeEditionPage.objects.live().filter(locale=Locale.get_default())
    return [
        e for e in editions.order_by("-year", "track")
        if stage_is_open(edition=e, kind=StageKind.APPLICATIONS, today=today,
                         stages=stages_of(edition=e))
    ]  # fmt: skip


def open_nominations(*, edition, applicant_type):
    """The edition's live nominations whose category is open to `applicant_type`. Three
    queries."""
    categories = dict(CategoryPage.objects.child_of(edition).values_list("path", "pk"))
    restricted = {}
    for row in Eligibility.objects.filter(category_id__in=categories.values()):
        restricted.setdefault(row.category_id, set()).add(row.applicant_type)
    result = []
    for nomination in NominationPage.objects.live().descendant_of(edition).order_by("path"):
        category_id = categories.get(nomination.path[: -nomination.steplen])
        types = restricted.get(category_id)
        if category_id and (types is None or applicant_type in types):
            result.append(nomination)
    return result


def place_required(*, track):
    """ "region" for the national track (ISO 3166-2:RU), "country" for the international."""
    return "country" if track == PrizeTrack.INTERNATIONAL else "region"


def applications_of(*, user):
    """The user's own applications, newest first; nobody else's."""
    if not user.is_authenticated:
        return Application.objects.none()
    return Application.objects.filter(applicant=user).select_related(
        "edition", "nomination", "category"
    )


def is_editable(application):
    return application.state in (State.DRAFT, State.MORE_INFORMATION)


# The applicant's own fields of an application, as `save_draft` takes them.
DRAFT_FIELDS = ("title", "organisation", "entry_type", "nomination", "region_code",
                "country_code", "consent")  # fmt: skip


def save_draft(*, application, fields, answers):
    """Keep what the applicant typed, complete or not: the "Save draft" button and the
    autosave both come here. `fields` are model fields among DRAFT_FIELDS (already
    validated by the form), `answers` {question key: text}: one answer per question of the
    entry type, the others and empty ones dropped. The row is locked and saved only while
    editable, so a draft arriving after a submit changes nothing (ValidationError).
    Returns the application as saved."""
    with transaction.atomic():
        current = Application.objects.select_for_update().get(pk=application.pk)
        if not is_editable(current):
            raise ValidationError(not_editable_message(current))
        for name, value in fields.items():
            if name in DRAFT_FIELDS:
                setattr(current, name, value)
        if current.nomination_id:
            current.category_id = current.nomination.get_parent().pk
        keys = [key for key, _label, _required in questions_for(entry_type=current.entry_type)]
        current.answers = {key: answers[key] for key in keys if answers.get(key)}
        current.save()
    return current


def not_editable_message(application):
    return _("The application is “%(state)s” and can no longer be changed.") % {
        "state": application.get_state_display()
    }
