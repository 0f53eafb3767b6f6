"""Translation coverage: missing translations, and synced ones whose source changed since
they were last written (core/translation_coverage.py)."""

import pytest
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.translation_coverage import translation_coverage
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    ThemeFactory,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(home, locale_ru):
    translate(home, locale_ru, title="Главная")
    forum = ForumIndexPageFactory(parent=home)
    translate(forum, locale_ru, title="Форум")
    return forum


def sync(instance):
    """What "Sync translated pages" does: update the source, write every translation."""
    source = TranslationSource.objects.get_for_instance(instance)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source, enabled=True):
        translation.save_target(publish=True)


def test_coverage_counts_a_page_without_translation_as_missing(forum, locale_ru):
    edition = ForumEditionPageFactory(parent=forum, year=2024)

    coverage = translation_coverage(objects=[forum, edition], locale=locale_ru)

    assert (coverage.total, coverage.translated) == (2, 1)
    assert [p.pk for p in coverage.missing] == [edition.pk]
    assert coverage.out_of_date == []


def test_coverage_counts_a_source_changed_after_the_sync_as_out_of_date(forum, locale_ru):
    edition = ForumEditionPageFactory(parent=forum, year=2024)
    translate_object(edition, [locale_ru])
    assert translation_coverage(objects=[edition], locale=locale_ru).out_of_date == []

    edition.summary = "<p>New summary</p>"
    edition.save_revision().publish()
    edition.refresh_from_db()

    assert translation_coverage(objects=[edition], locale=locale_ru).out_of_date == [edition]
    sync(edition)
    assert translation_coverage(objects=[edition], locale=locale_ru).out_of_date == []


def test_coverage_of_snippets_missing_and_out_of_date(home, locale_ru):
    by_hand, synced, missing = ThemeFactory(), RoomFactory(), RoomFactory()
    translate_snippet(by_hand, locale_ru, name="Образование")
    translate_object(synced, [locale_ru])
    synced.name = "Main Stage, renamed"
    synced.save()

    coverage = translation_coverage(objects=[by_hand, synced, missing], locale=locale_ru)

    assert coverage.missing == [missing]
    assert coverage.out_of_date == [synced]  # a translation made by hand has no sync time


def test_coverage_leaves_out_objects_already_in_the_target_language(forum, locale_ru):
    russian = forum.get_translation(locale_ru)

    assert translation_coverage(objects=[russian], locale=locale_ru).total == 0


def test_coverage_query_count_is_constant(forum, locale_ru, django_assert_num_queries):
    editions = [ForumEditionPageFactory(parent=forum, year=2000 + i) for i in range(5)]
    themes = [ThemeFactory() for _ in range(5)]
    for edition in editions[:3]:
        translate_object(edition, [locale_ru])

    with django_assert_num_queries(2):
        translation_coverage(objects=editions[:1], locale=locale_ru)
    with django_assert_num_queries(3):  # one more for the second model's table
        coverage = translation_coverage(objects=[*editions, *themes], locale=locale_ru)
    assert len(coverage.missing) == 7
