"""The application's states and the moves between them, as one table.

Each row: from `state`, `action` leads to `target`, allowed to `roles`; `during` names the
edition's stage the day must fall in (its start to its end date), `until` the stage whose
end date it must not be past. docs/prize-year.md prints this table (`state_table()`;
tests/applications/test_docs.py keeps the two the same); tests/applications/test_workflow.py
walks every row.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from applications.choices import Role
from applications.choices import State as S
from applications.domain.determinations import notify_on_commit
from applications.domain.roles import roles_of
from applications.models import ActivityLog, Application, ApplicationRevision
from prize.choices import StageKind
from prize.models import PrizeStage

APPLICANT, COORDINATOR, JURY_CHAIR, ADMIN = (
    Role.APPLICANT, Role.COORDINATOR, Role.JURY_CHAIR, Role.ADMIN,
)  # fmt: skip
STAFF, CHAIR = frozenset({COORDINATOR, ADMIN}), frozenset({JURY_CHAIR, ADMIN})


@dataclass(frozen=True)
class Transition:
    state: str
    action: str
    target: str
    roles: frozenset
    during: str | None = None
    until: str | None = None


def _t(state, action, target, roles, **stage):
    return Transition(state, action, target, frozenset(roles), **stage)


TRANSITIONS = (
    _t(S.DRAFT, "submit", S.SUBMITTED, {APPLICANT}, during=StageKind.APPLICATIONS),
    _t(S.SUBMITTED, "screen", S.SCREENING, STAFF),
    _t(S.SCREENING, "request_information", S.MORE_INFORMATION, STAFF),
    _t(S.MORE_INFORMATION, "resubmit", S.SCREENING, {APPLICANT}, until=StageKind.EXPERT_REVIEW),
    _t(S.SCREENING, "accept", S.EXPERT_REVIEW, STAFF),
    _t(S.SCREENING, "reject", S.NOT_SELECTED, STAFF),
    _t(S.EXPERT_REVIEW, "shortlist", S.SHORTLISTED, CHAIR),
    _t(S.EXPERT_REVIEW, "decline", S.NOT_SELECTED, CHAIR),
    _t(S.SHORTLISTED, "make_finalist", S.FINALIST, CHAIR),
    _t(S.SHORTLISTED, "decline", S.NOT_SELECTED, CHAIR),
    _t(S.FINALIST, "award_laureate", S.LAUREATE, CHAIR),
    _t(S.FINALIST, "award_winner", S.WINNER, CHAIR),
    _t(S.FINALIST, "decline", S.NOT_SELECTED, CHAIR),
    *(
        _t(state, "withdraw", S.WITHDRAWN, {APPLICANT})
        for state in (S.DRAFT, S.SUBMITTED, S.SCREENING, S.MORE_INFORMATION)
    ),
)

ACTION_LABELS = {
    "submit": _("Submit"),
    "screen": _("Start screening"),
    "request_information": _("Request more information"),
    "resubmit": _("Resubmit"),
    "accept": _("Send to expert review"),
    "reject": _("Reject at screening"),
    "shortlist": _("Shortlist"),
    "decline": _("Not selected"),
    "make_finalist": _("Make finalist"),
    "award_laureate": _("Laureate"),
    "award_winner": _("Winner"),
    "withdraw": _("Withdraw"),
}

ROLE_ORDER = tuple(Role)


def _when(row):
    if row.during:
        return f"during the {row.during} stage"
    if row.until:
        return f"until the {row.until} stage ends"
    return ""


def state_table():
    """TRANSITIONS as the Markdown table of docs/prize-year.md: from, action, to, roles (in
    the order of Role), when (the stage limit)."""
    lines = ["| from | action | to | roles | when |", "| --- | --- | --- | --- | --- |"]
    for row in TRANSITIONS:
        roles = ", ".join(r.value for r in ROLE_ORDER if r in row.roles)
        cells = [str(row.state), row.action, str(row.target), roles, _when(row) or "any time"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# States in which the applicant may change the application's fields and attachments.
EDITABLE_STATES = (S.DRAFT, S.MORE_INFORMATION)
# Submits keep a revision of what was sent.
REVISION_ACTIONS = ("submit", "resubmit")


class TransitionError(Exception):
    """A move that is not allowed; `message` is translated and safe to show."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def find_transition(*, state, action):
    for row in TRANSITIONS:
        if row.state == state and row.action == action:
            return row
    return None


def stages_of(*, edition):
    """The edition's timeline: stage dates are shared by its translations."""
    return list(PrizeStage.objects.filter(edition__translation_key=edition.translation_key))


def _stage(stages, kind):
    matching = [s for s in stages if s.kind == kind]
    return min(matching, key=lambda s: s.start_date) if matching else None


def stage_is_open(*, edition, kind, today: datetime.date, stages=None):
    """Whether `today` falls within the edition's stage `kind` (both ends included)."""
    stage = _stage(stages_of(edition=edition) if stages is None else stages, kind)
    return stage is not None and stage.start_date <= today <= (stage.end_date or stage.start_date)


def review_deadline(*, edition, stages=None):
    """The last day experts may submit reviews: the end of the edition's expert review stage
    (its start when it has no end); None when the edition has no such stage yet."""
    stage = _stage(stages_of(edition=edition) if stages is None else stages,
                   StageKind.EXPERT_REVIEW)  # fmt: skip
    return None if stage is None else stage.end_date or stage.start_date


def timing_error(*, row, edition, today: datetime.date, stages=None):
    """Why `row` may not be taken on `today` by the edition's dates, or None."""
    if row.during is None and row.until is None:
        return None
    stages = stages_of(edition=edition) if stages is None else stages
    stage = _stage(stages, row.during or row.until)
    if stage is None:
        return _("This edition has no dates for that stage yet.")
    end = stage.end_date or stage.start_date
    if row.during and today < stage.start_date:
        return _("The stage has not opened yet.")
    if today > end:
        return _("The deadline has passed.")
    return None


def allowed_actions(*, application, user, today: datetime.date | None = None):
    """The rows `user` may take on `application` now (role and dates)."""
    today = today or timezone.localdate()
    roles = roles_of(user=user, application=application)
    rows = [r for r in TRANSITIONS if r.state == application.state and r.roles & roles]
    if not rows:
        return []
    stages = stages_of(edition=application.edition)
    return [
        r for r in rows
        if timing_error(row=r, edition=application.edition, today=today, stages=stages) is None
    ]  # fmt: skip


def snapshot(application):
    """What a revision keeps: the applicant's fields and the attachments' names."""
    return {
        "title": application.title,
        "organisation": application.organisation,
        "applicant_type": application.applicant_type,
        "entry_type": application.entry_type,
        "category": application.category_id,
        "nomination": application.nomination_id,
        "region_code": application.region_code,
        "country_code": application.country_code,
        "answers": application.answers,
        "attachments": [a.name for a in application.attachments.all()],
    }


def transition(*, application, action, user, comment="", today: datetime.date | None = None):
    """Take `action` on `application` as `user`: checks the table's roles and the edition's
        dates, moves the state, logs it, keeps a revision on submit, and e-mails the edition's
    determination message for the new state (if any) once committed. Returns the application
        as saved; raises TransitionError (nothing changed) when not allowed. The row is locked,
        so a second submit of the same form finds the new state and is refused."""
    today = today or timezone.localdate()
    with transaction.atomic():
        current = Application.objects.select_for_update().get(pk=application.pk)
        row = find_transition(state=current.state, action=action)
        if row is None:
            raise TransitionError(
                _("This is not possible while the application is “%(state)s”.")
                % {"state": current.get_state_display()}
            )
        if not row.roles & roles_of(user=user, application=current):
            raise TransitionError(_("You may not do this."))
        error = timing_error(row=row, edition=current.edition, today=today)
        if error:
            raise TransitionError(error)
        if action in REVISION_ACTIONS:
            if current.nomination_id is None:
                raise TransitionError(_("Choose a nomination first."))
            if not current.consent:
                raise TransitionError(_("Consent to the processing of personal data is needed."))
            number = current.revisions.count() + 1
            ApplicationRevision.objects.create(
                application=current, number=number, data=snapshot(current)
            )
            current.submitted_at = timezone.now()
        ActivityLog.objects.create(
            application=current, user=user if user and user.is_authenticated else None,
            action=action, from_state=current.state, to_state=row.target, comment=comment,
        )  # fmt: skip
        current.state = row.target
        current.save()
        notify_on_commit(application=current, comment=comment)
    application.refresh_from_db()
    return application
