"""Scalars with one representation everywhere."""

import datetime
import zoneinfo

import graphene
from django.conf import settings
from django.utils import timezone


class DateTime(graphene.DateTime):
    """An ISO 8601 date and time with its UTC offset, always in the site's time zone
    (Europe/Moscow, e.g. 2023-12-03T12:00:00+03:00), whether it comes from a live page, a
    preview draft or a feed. Arguments accept any offset."""

    class Meta:
        name = "DateTime"

    @staticmethod
    def serialize(dt):
        if isinstance(dt, datetime.datetime):
            zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
            if timezone.is_naive(dt):
                dt = timezone.make_aware(dt, zone)
            dt = dt.astimezone(zone)
        return graphene.DateTime.serialize(dt)
