from django.db import models
from django.utils.translation import gettext_lazy as _


class PrizeTrack(models.TextChoices):
    NATIONAL = "national", _("National track #WEARETOGETHER")
    INTERNATIONAL = "international", _("International track We are together")


class StageKind(models.TextChoices):
    APPLICATIONS = "applications", _("Applications")
    EXPERT_REVIEW = "expert_review", _("Expert review")
    SEMIFINAL = "semifinal", _("Semi-final")
    FINALS = "finals", _("Finals")
    CEREMONY = "ceremony", _("Award ceremony")


class ApplicantType(models.TextChoices):
    PERSON = "person", _("Individual volunteer")
    NGO = "ngo", _("NGO / civil society organisation")
    SME = "sme", _("Small or medium business")
    FEDERAL_BUSINESS = "federal_business", _("Federal business")
    SCHOOL_TEAM = "school_team", _("School team (14-17)")
    MUNICIPALITY = "municipality", _("Municipality or region")
    FOREIGN_ORGANISATION = "foreign_org", _("Foreign organisation")


class EntryType(models.TextChoices):
    SOCIAL_PROJECT = "project", _("Social project")
    SIGNIFICANT_ACT = "act", _("Socially significant act")
    PATRONAGE = "patronage", _("Patronage practice")
    MENTORING = "mentoring", _("Mentoring")
    REGIONAL_PROGRAMME = "programme", _("Regional programme")


class EntryStatus(models.TextChoices):
    APPLICANT = "applicant", _("Applicant")
    SEMIFINALIST = "semifinalist", _("Semi-finalist")
    FINALIST = "finalist", _("Finalist")
    LAUREATE = "laureate", _("Laureate")
    WINNER = "winner", _("Winner")


# Statuses shown in "laureates" lists: every laureate, and the winners among them.
LAUREATE_STATUSES = (EntryStatus.LAUREATE, EntryStatus.WINNER)


class WorldRegion(models.TextChoices):
    RUSSIA = "russia", _("Russia")
    CIS = "cis", _("CIS")
    EUROPE = "europe", _("Europe")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific")
    MENA = "mena", _("Middle East and North Africa")
    SUB_SAHARAN_AFRICA = "africa", _("Sub-Saharan Africa")
    AMERICAS = "americas", _("North and South America")
