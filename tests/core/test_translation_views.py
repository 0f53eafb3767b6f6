"""wagtail-localize's admin behind the roles' rights (core/translation_views.py): what a
translator, an editor and a moderator get when they use it."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.operations import translate_object

from core.roles import FORUM_EDITORS, MODERATORS, PRIZE_EDITORS, TRANSLATORS, setup_roles
from prize.domain.workflows import PRIZE_WORKFLOW
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    ThemeFactory,
    UserFactory,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home, locale_ru):
    """A prize entry in English (its ancestors translated) and a forum edition."""
    translate(home, locale_ru)
    parent_en = PrizeIndexPageFactory(parent=home)
    translate(parent_en, locale_ru)
    for factory in (PrizeEditionPageFactory, CategoryPageFactory, NominationPageFactory):
        parent_en = factory(parent=parent_en)
        translate(parent_en, locale_ru)
    entry = EntryPageFactory(parent=parent_en, title="Happy Schools", status="winner")
    forum = ForumIndexPageFactory(parent=home)
    translate(forum, locale_ru)
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    groups = setup_roles()
    people = {name: UserFactory(groups=[groups[name]]) for name in groups}
    return {"entry": entry, "edition": edition, "people": people, "locale_ru": locale_ru}


@pytest.fixture
def submit_translation(django_capture_on_commit_callbacks):
    """POST "Translate this page"; wagtail-localize publishes when the transaction commits."""

    def submit(client, page, locale):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})

    return submit


def denied(response):
    """The admin answers PermissionDenied with a redirect to the dashboard and a message."""
    return response.status_code == 302 and response.url == "/admin/"


def translate_segments(client, page_ru, texts):
    """Fill the translation editor's segments as its Save buttons do: {source: text}."""
    translation = Translation.objects.get(
        source__object_id=page_ru.translation_key, target_locale=page_ru.locale
    )
    for segment in StringSegment.objects.filter(source=translation.source):
        if segment.string.data in texts:
            response = client.put(
                f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                urlencode({"value": texts[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content
    return translation


def test_translator_translation_of_a_live_winner_is_a_draft(client, site, submit_translation):
    client.force_login(site["people"][TRANSLATORS])

    response = submit_translation(client, site["entry"], site["locale_ru"])

    assert response.status_code == 302
    entry_ru = site["entry"].get_translation(site["locale_ru"])
    assert not entry_ru.live  # the English page is live: the translator may not publish
    assert entry_ru.get_workflow().name == PRIZE_WORKFLOW


def test_forum_editor_translation_is_a_draft_the_editor_may_publish(
    client, site, submit_translation
):
    """A new translation holds the English text until it is translated, so it starts as a
    draft (README "Translation"); the forum editor publishes it when it is done."""
    editor = site["people"][FORUM_EDITORS]
    client.force_login(editor)

    response = submit_translation(client, site["edition"], site["locale_ru"])

    assert response.status_code == 302
    translated = site["edition"].get_translation(site["locale_ru"])
    assert not translated.live
    assert translated.permissions_for_user(editor).can_publish()


def test_forum_editor_cannot_translate_a_prize_page(client, site, submit_translation):
    client.force_login(site["people"][FORUM_EDITORS])

    response = submit_translation(client, site["entry"], site["locale_ru"])

    assert denied(response)
    assert not Page.objects.filter(translation_key=site["entry"].translation_key).exclude(
        pk=site["entry"].pk
    )


def test_translator_saves_and_submits_segments_for_moderation(client, site, submit_translation):
    translator = site["people"][TRANSLATORS]
    client.force_login(translator)
    submit_translation(client, site["entry"], site["locale_ru"])
    entry_ru = site["entry"].get_translation(site["locale_ru"])
    translate_segments(client, entry_ru, {"Happy Schools": "Счастливые школы"})
    edit_url = f"/admin/pages/{entry_ru.pk}/edit/"

    assert b"Submit for moderation" in client.get(edit_url).content
    response = client.post(edit_url, {"action": "submit"})

    assert response.status_code == 302
    entry_ru = Page.objects.get(pk=entry_ru.pk).specific
    assert not entry_ru.live
    assert entry_ru.get_latest_revision_as_object().title == "Счастливые школы"
    state = entry_ru.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == translator
    assert state.workflow.name == PRIZE_WORKFLOW


def test_translator_cannot_publish_stop_or_convert_a_translation(client, site):
    translate_object(site["entry"], [site["locale_ru"]], user=UserFactory(is_superuser=True))
    entry_ru = site["entry"].get_translation(site["locale_ru"])
    translation = Translation.objects.get(source__object_id=entry_ru.translation_key)
    client.force_login(site["people"][TRANSLATORS])
    edit_url = f"/admin/pages/{entry_ru.pk}/edit/"

    page = client.get(edit_url).content.decode()
    publish = client.post(edit_url, {"action": "publish"})
    stop = client.post(f"/admin/localize/translate/{translation.pk}/disable/")
    convert = client.post(f"/admin/localize/page/{entry_ru.pk}/convert_to_alias/")

    assert "Save draft" in page
    assert denied(publish) and denied(stop) and denied(convert)
    translation.refresh_from_db()
    assert translation.enabled
    assert Page.objects.get(pk=entry_ru.pk).alias_of_id is None


def test_moderator_may_stop_a_synced_translation(client, site):
    translate_object(site["entry"], [site["locale_ru"]], user=UserFactory(is_superuser=True))
    translation = Translation.objects.get(source__object_id=site["entry"].translation_key)
    client.force_login(site["people"][MODERATORS])

    response = client.post(f"/admin/localize/translate/{translation.pk}/disable/")

    assert response.status_code == 302
    translation.refresh_from_db()
    assert not translation.enabled


def test_translator_cannot_sync_english_pages_into_translations(client, site):
    translate_object(site["entry"], [site["locale_ru"]], user=UserFactory(is_superuser=True))
    translation = Translation.objects.get(source__object_id=site["entry"].translation_key)
    client.force_login(site["people"][TRANSLATORS])

    response = client.post(
        f"/admin/localize/update/{translation.source_id}/", {"publish_translations": "on"}
    )

    assert denied(response)


def test_prize_editor_syncs_translations_without_publishing_them(client, site):
    translate_object(site["entry"], [site["locale_ru"]], user=UserFactory(is_superuser=True))
    translation = Translation.objects.get(source__object_id=site["entry"].translation_key)
    client.force_login(site["people"][PRIZE_EDITORS])
    url = f"/admin/localize/update/{translation.source_id}/"

    form = client.get(url).content.decode()
    response = client.post(url, {"publish_translations": "on"})

    assert 'type="checkbox" name="publish_translations"' not in form
    assert response.status_code == 302 and not denied(response)  # the box is ignored


def test_translator_edits_russian_themes_only(client, site):
    theme = ThemeFactory(name="Ecology")
    translate_object(theme, [site["locale_ru"]])
    theme_ru = theme.get_translation(site["locale_ru"])
    client.force_login(site["people"][TRANSLATORS])

    english = client.get(f"/admin/snippets/forum/theme/edit/{theme.pk}/")
    russian = client.get(f"/admin/snippets/forum/theme/edit/{theme_ru.pk}/")

    assert denied(english) and russian.status_code == 200


def test_menus_only_for_areas_a_role_acts_on(client, site):
    client.force_login(site["people"][FORUM_EDITORS])

    sidebar = client.get("/admin/").content.decode()

    assert '"name": "forum"' in sidebar
    assert '"name": "prize"' not in sidebar and '"name": "news"' not in sidebar


def test_wagtail_default_editors_group_loses_the_root(site):
    assert not Group.objects.get(name="Editors").page_permissions.exists()
