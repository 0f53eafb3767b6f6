from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionFormat(models.TextChoices):
    PLENARY = "plenary", _("Plenary session")
    PANEL = "panel", _("Panel discussion")
    WORKSHOP = "workshop", _("Workshop")
    LECTURE = "lecture", _("Lecture")
    DESIGN_SESSION = "design", _("Design session")
    MASTER_CLASS = "masterclass", _("Master class")
    CEREMONY = "ceremony", _("Ceremony")


class SessionLanguage(models.TextChoices):
    RU = "ru", _("Russian")
    EN = "en", _("English")
    RU_EN = "ru-en", _("Russian and English, with interpretation")


class SpeakerRole(models.TextChoices):
    MODERATOR = "moderator", _("Moderator")
    SPEAKER = "speaker", _("Speaker")
    EXPERT = "expert", _("Expert")
