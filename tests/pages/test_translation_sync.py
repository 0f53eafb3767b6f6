import pytest
from wagtail_localize.models import Translation, TranslationSource

from tests.factories import moscow, translate

pytestmark = pytest.mark.django_db


def localize(page, locale):
    """Translate the page the way editors do: through wagtail-localize."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page.get_translation(locale).specific


def reload(page):
    return type(page).objects.get(pk=page.pk)


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def session_ru(tree):
    translate(tree.forum_edition, tree.locale_ru, title="Форум 2023")
    return localize(tree.session, tree.locale_ru)


@pytest.fixture
def entry_ru(tree):
    parent = tree.prize_ru
    for page in (tree.prize_edition, tree.category, tree.nomination, tree.entry):
        parent = translate(page, tree.locale_ru, title=f"{page.title} (ru)")
    return parent


def test_source_time_change_reaches_the_translation(tree, session_ru):
    publish(tree.session, starts_at=moscow(2023, 12, 3, 15), ends_at=moscow(2023, 12, 3, 16))

    session_ru = reload(session_ru)
    assert session_ru.starts_at == moscow(2023, 12, 3, 15)
    assert session_ru.ends_at == moscow(2023, 12, 3, 16)
    assert session_ru.get_latest_revision_as_object().starts_at == moscow(2023, 12, 3, 15)


def test_translators_draft_keeps_its_text_and_gets_the_new_time(tree, session_ru):
    session_ru.summary = "Черновик перевода"
    session_ru.save_revision()

    publish(tree.session, starts_at=moscow(2023, 12, 4, 11), ends_at=moscow(2023, 12, 4, 12))

    draft = reload(session_ru).get_latest_revision_as_object()
    assert draft.summary == "Черновик перевода"
    assert draft.starts_at == moscow(2023, 12, 4, 11)
    live = reload(session_ru)
    assert live.summary != "Черновик перевода"  # still only a draft
    assert live.has_unpublished_changes


def test_entry_status_and_grant_reach_the_translation(tree, entry_ru):
    publish(tree.entry, status="laureate", grant_amount=1_500_000, place=1)

    entry_ru = reload(entry_ru)
    assert (entry_ru.status, entry_ru.grant_amount, entry_ru.place) == ("laureate", 1_500_000, 1)
    assert entry_ru.title == "Happy Schools (ru)"
    revision = entry_ru.get_latest_revision_as_object()
    assert (revision.status, revision.grant_amount) == ("laureate", 1_500_000)


def test_prize_edition_year_reaches_the_translation(tree, entry_ru):
    edition_ru = tree.prize_edition.get_translation(tree.locale_ru).specific
    publish(tree.prize_edition, year=2024)
    assert reload(edition_ru).year == 2024


def test_translation_publish_does_not_change_the_source(tree, entry_ru):
    publish(entry_ru, status="winner", grant_amount=99)

    entry = reload(tree.entry)
    assert (entry.status, entry.grant_amount) == ("applicant", None)


def test_localized_translation_publish_does_not_change_the_source(tree, session_ru):
    publish(session_ru, starts_at=moscow(2023, 12, 5, 9), ends_at=moscow(2023, 12, 5, 10))
    assert reload(tree.session).starts_at == moscow(2023, 12, 2, 10)


def test_text_fields_are_not_copied(tree, entry_ru):
    publish(tree.entry, summary="New English summary")
    assert reload(entry_ru).summary != "New English summary"
