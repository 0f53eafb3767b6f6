"""`manage.py load_demo`: loaded once for the module (it takes a few seconds), rolled back after."""

import datetime
import io
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from forum.models import Room, SessionPage, SpeakerPage, Theme
from pages.models import FooterText, HomePage
from prize.models import EntryPage

# Every winner named in the English announcement: (title, category, nomination). Where the
# announcement names no nomination the demo uses a placeholder (see the README).
WINNERS = [
    ("Special Case", "Volunteers and NGOs", "Technologies for Life"),
    (
        "Moscow School of New Professions: Lomonosov Studio Virtual Laboratories",
        "Volunteers and NGOs",
        "Digital Volunteering",
    ),
    ("Kind Things", "Volunteers and NGOs", "Helping Others"),
    ("Tails and Paws", "Small and medium business", "Technologies for Life"),
    (
        "Alter Psychologist Recruitment Service",
        "Federal business",
        "Corporate social responsibility",
    ),
    ("Kind Hearts corporate volunteer movement", "Small and medium business", "Helping People"),
    ("PRO Programme", "Federal business", "Corporate social responsibility"),
    ("Family History – the Story of Victory", "School projects (ages 14-17)", "Cultural Heritage"),
    ("A School Yard – An Area of Joy", "School projects (ages 14-17)", "Pleasant City"),
    ("How Not to Kill Yourself", "School projects (ages 14-17)", "Health of the Nation"),
    ("Special Animals", "School projects (ages 14-17)", "Green Country"),
    ("Legal Axiom", "School projects (ages 14-17)", "Land of Opportunities"),
]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once inside a transaction that is rolled back after the module."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            out = io.StringIO()
            call_command("load_demo", stdout=out)
            yield out.getvalue()
            transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths


@pytest.fixture
def locale_ru(demo, db):
    return Locale.objects.get(language_code="ru")


def counts():
    return {
        "pages": Page.objects.count(),
        "themes": Theme.objects.count(),
        "rooms": Room.objects.count(),
        "footers": FooterText.objects.count(),
        "images": Image.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_load_demo_reports_what_it_created(demo):
    assert "Demo content loaded" in demo
    assert "Created the superuser 'admin'" in demo


def test_load_demo_twice_creates_no_duplicates(demo, db):
    before = counts()
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert counts() == before
    assert "already loaded" in out.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("wearetogether")


def test_load_demo_translates_every_page_and_snippet(locale_ru):
    for model in (Page, Theme, Room, FooterText):
        queryset = model.objects.exclude(depth=1) if model is Page else model.objects.all()
        english = queryset.filter(locale=Locale.get_default())
        assert queryset.filter(locale=locale_ru).count() == english.count() > 0
    assert Theme.objects.filter(locale=locale_ru, slug="social-support").get().name == (
        "Социальная поддержка"
    )


@pytest.mark.parametrize(("title", "category", "nomination"), WINNERS)
def test_every_announced_winner_is_a_live_winner_in_both_languages(
    locale_ru, title, category, nomination
):
    entry = EntryPage.objects.live().get(title=title, locale=Locale.get_default())
    parent = entry.get_parent()

    assert entry.status == "winner"
    assert (parent.title, parent.get_parent().title) == (nomination, category)
    translation = entry.get_translation(locale_ru)
    assert translation.live and translation.specific.status == "winner"
    assert translation.get_parent().translation_key == parent.translation_key
    assert translation.title != entry.title


def test_design_session_has_its_speakers_in_both_languages(client, locale_ru):
    session = SessionPage.objects.get(
        slug="international-track-design-session", locale=Locale.get_default()
    )
    russian = session.get_translation(locale_ru)

    english_html = client.get(session.url).content.decode()
    russian_html = client.get(russian.url).content.decode()

    assert session.format == "design"
    assert "Pavel Savchuk" in english_html and "Jan Ling" in english_html
    assert "Павел Савчук" in russian_html and "Джан Линг" in russian_html
    assert "We Are Together" in russian.title


def test_speaker_page_lists_sessions_of_two_editions(client, locale_ru):
    speaker = SpeakerPage.objects.get(slug="anna-lebedeva", locale=Locale.get_default())

    sessions = client.get(speaker.get_translation(locale_ru).url).context["sessions"]

    assert {s.starts_at.year for s in sessions} == {2022, 2023}
    assert all(s.locale_id == locale_ru.pk for s in sessions)


def test_home_pages_and_forum_programme_render(client, locale_ru):
    english = client.get("/en/")
    russian = client.get("/ru/")
    edition = client.get("/en/forum/2023/")

    assert english.status_code == russian.status_code == 200
    assert "Civic participation that changes lives" in english.content.decode()
    assert "Гражданское участие" in russian.content.decode()
    assert HomePage.objects.get(locale=locale_ru).live
    assert edition.context["program"].session_count >= 20
    assert "Award ceremony" in edition.content.decode()


def test_every_live_demo_page_renders_in_both_languages(client, locale_ru):
    pages = Page.objects.live().filter(depth__gt=1).specific()

    failures = [
        (page.url, status) for page in pages if (status := client.get(page.url).status_code) != 200
    ]

    assert failures == []
    assert {p.locale.language_code for p in pages} == {"en", "ru"}


def test_demo_russian_themes_and_rooms_survive_translating_a_new_session(locale_ru):
    from wagtail_localize.models import TranslationSource
    from wagtail_localize.operations import translate_object

    from forum.models import ForumEditionPage
    from tests.factories import SessionPageFactory

    russian_names = {
        model: dict(model.objects.filter(locale=locale_ru).values_list("pk", "name"))
        for model in (Theme, Room)
    }
    edition = ForumEditionPage.objects.get(year=2023, locale=Locale.get_default())
    for theme, room in zip(
        Theme.objects.filter(locale=Locale.get_default()),
        Room.objects.filter(locale=Locale.get_default()),
        strict=False,
    ):
        # Early on the first day, before the demo programme: the room is free then.
        starts_at = datetime.datetime.combine(
            edition.start_date, datetime.time(6), tzinfo=zoneinfo.ZoneInfo("Europe/Moscow")
        )
        session = SessionPageFactory(parent=edition, theme=theme, room=room, starts_at=starts_at)
        translate_object(session, [locale_ru])
    for theme in Theme.objects.filter(locale=Locale.get_default()):
        source = TranslationSource.objects.get_for_instance(theme)
        source.update_from_db()
        source.translations.get(target_locale=locale_ru).save_target(publish=True)

    for model, names in russian_names.items():
        assert dict(model.objects.filter(locale=locale_ru).values_list("pk", "name")) == names
    assert Theme.objects.get(locale=locale_ru, slug="education").name == "Образование"
