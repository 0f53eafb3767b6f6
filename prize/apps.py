from django.apps import AppConfig


class PrizeConfig(AppConfig):
    name = "prize"
    verbose_name = "Prize"
