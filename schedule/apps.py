from django.apps import AppConfig


class ScheduleConfig(AppConfig):
    """Programme feeds of the forum editions for the apps people already use: the c3voc
    schedule JSON, frab XML and iCalendar, per edition and language, and a speaker's iCalendar.
    No models: everything is read through forum's domain functions."""

    name = "schedule"
    verbose_name = "Programme feeds"
