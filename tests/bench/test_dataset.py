"""The synthetic benchmark dataset: a valid, live, bilingual tree served by the site."""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from forum.models import SessionPage, SpeakerPage
from prize.models import EntryPage

SMALL = {
    "editions": 2,
    "sessions": 8,
    "speakers": 6,
    "prize_editions": 2,
    "entries": 24,
    "news": 3,
    "images": 2,
}


def generate(seed=7):
    call_command(
        "generate_dataset", seed=seed, replace=True, **SMALL, stdout=open("/dev/null", "w")
    )


@pytest.mark.django_db
def test_generate_dataset_builds_valid_live_bilingual_tree(client):
    generate()

    assert Page.find_problems() == ([], [], [], [], [])
    sessions = SessionPage.objects.live()
    assert sessions.filter(locale__language_code="en").count() == 16
    assert sessions.filter(locale__language_code="ru").count() == 16
    session_ru = sessions.filter(locale__language_code="ru").first()
    assert session_ru.theme.locale.language_code == "ru"
    assert [r.speaker.locale.language_code for r in session_ru.speaker_roles.all()] == ["ru"] * 3
    assert EntryPage.objects.filter(status="winner").count() == 2 * 12 * 2  # one per nomination

    for url in ("/en/forum/2025/", "/ru/forum/2025/", "/en/forum/2025/session-1/"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert "№1" in client.get("/ru/forum/2025/").content.decode()


class Rollback(Exception):
    pass


@pytest.mark.django_db
def test_generate_dataset_same_seed_same_content():
    with pytest.raises(Rollback), transaction.atomic():
        generate(seed=3)
        first = sorted(SpeakerPage.objects.values_list("title", "translation_key"))
        raise Rollback
    generate(seed=3)
    assert sorted(SpeakerPage.objects.values_list("title", "translation_key")) == first
