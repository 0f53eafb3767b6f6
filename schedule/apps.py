from django.apps import AppConfig


class ScheduleConfig(AppConfig):
    """Programme feeds of the forum editions for the apps people already use: the c3voc
    schedule JSON, frab XML and iCalendar, per edition and language, and a speaker's
    iCalendar; named releases of a programme, their changelog, and the visitor's agenda.
    Sessions are read through forum's domain functions; releases are this app's models."""

    name = "schedule"
    verbose_name = "Programme feeds"

    def ready(self):
        from core.registry import register_content_snippet
        from schedule.models import ScheduleMode, ScheduleRelease

        # A release, or switching to live, changes what the API shows (programmeReleases).
        register_content_snippet(ScheduleRelease)
        register_content_snippet(ScheduleMode)
