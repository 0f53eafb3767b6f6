from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    """Where an application stands; the moves between states are in domain/workflow.py."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SCREENING = "screening", _("Screening")
    MORE_INFORMATION = "more_information", _("More information requested")
    EXPERT_REVIEW = "expert_review", _("Expert review")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    FINALIST = "finalist", _("Finalist")
    LAUREATE = "laureate", _("Laureate")
    WINNER = "winner", _("Winner")
    NOT_SELECTED = "not_selected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Role(models.TextChoices):
    APPLICANT = "applicant", _("Applicant")
    COORDINATOR = "coordinator", _("Coordinator")
    EXPERT = "expert", _("Expert")
    JURY_CHAIR = "jury_chair", _("Jury chair")
    ADMIN = "admin", _("Administrator")


class Recommendation(models.TextChoices):
    YES = "yes", _("Recommend")
    MAYBE = "maybe", _("Possibly")
    NO = "no", _("Do not recommend")


class Outcome(models.TextChoices):
    """States the applicant is told about by e-mail (a determination message each)."""

    MORE_INFORMATION = "more_information", _("More information requested")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    FINALIST = "finalist", _("Finalist")
    LAUREATE = "laureate", _("Laureate")
    WINNER = "winner", _("Winner")
    NOT_SELECTED = "not_selected", _("Not selected")
