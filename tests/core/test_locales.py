"""The locale table is read once and then remembered per process, until a locale, a site or a
page changes in any process (core/locales.py, core.visibility.remembered)."""

import uuid

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from core.locales import content_locale, language_of, locale_ids
from core.visibility import VERSION_KEY

pytestmark = pytest.mark.django_db


def test_locale_table_is_read_once_then_remembered(django_assert_num_queries):
    english = Locale.objects.get(language_code="en")
    with django_assert_num_queries(1):
        assert locale_ids() == {"en": english.pk}

    with django_assert_num_queries(0):
        assert locale_ids() == {"en": english.pk}
        assert content_locale(code="en").id == english.pk
        assert language_of(english.pk) == "en"


def test_new_locale_is_seen_at_once(django_assert_num_queries):
    locale_ids()

    russian = Locale.objects.create(language_code="ru")

    assert locale_ids()["ru"] == russian.pk
    assert content_locale(code="ru").id == russian.pk


def test_locale_added_by_another_process_is_seen_after_its_version_bump():
    locale_ids()
    # Another process adds a locale (no signal here) and replaces the shared version.
    Locale.objects.bulk_create([Locale(language_code="ru")])
    assert "ru" not in locale_ids()

    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)

    assert "ru" in locale_ids()


def test_wagtail_active_and_default_locale_come_without_queries(django_assert_num_queries):
    russian = Locale.objects.create(language_code="ru")
    locale_ids()

    with django_assert_num_queries(0), translation.override("ru"):
        active = Locale.get_active()
        default = Locale.get_default()

    assert (active.pk, active.language_code) == (russian.pk, "ru")
    assert default.language_code == "en"
    assert Locale.get_active() is not Locale.get_active()  # each caller its own instance


def test_language_without_locale_row_falls_back_as_wagtail_does():
    # No Russian Locale row: get_for_language raises, get_active falls back to the default.
    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("ru")
    with pytest.raises(LookupError):
        Locale.objects.get_for_language("xx")

    with translation.override("ru"):
        assert Locale.get_active().language_code == "en"


def test_deleted_locale_is_forgotten():
    russian = Locale.objects.create(language_code="ru")
    assert Locale.objects.get_for_language("ru").pk == russian.pk

    russian.delete()

    with pytest.raises(Locale.DoesNotExist):
        Locale.objects.get_for_language("ru")


@pytest.mark.parametrize(
    ("ids", "requested", "in_id_order"),
    [
        ({"en": 1, "ru": 2}, "en", True),  # English, the default, created first
        ({"en": 1, "ru": 2}, "ru", False),  # Russian preferred, but created second
        ({"en": 2, "ru": 1}, "en", False),  # the default created second
        ({"en": 2, "ru": 1}, "ru", True),  # Russian, then the default: as created
        ({"en": 3, "fr": 2, "ru": 1}, "ru", False),  # another locale came between them
    ],
)
def test_content_locale_is_in_id_order_only_when_preferred_locales_came_first(
    ids, requested, in_id_order
):
    assert content_locale(code=requested, ids=ids).in_id_order is in_id_order
