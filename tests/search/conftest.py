"""A small bilingual site to search: forum, prize, news and clubs in English and Russian."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction

from tests.factories import (
    CategoryPageFactory,
    ClubIndexPageFactory,
    ClubPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    StandardPageFactory,
    ThemeFactory,
    make_site_tree,
    moscow,
    translate,
    translate_snippet,
)


@pytest.fixture(autouse=True)
def fresh_site_cache():
    """Wagtail caches site root paths; other tests' sites are gone after their rollback."""
    cache.clear()


@pytest.fixture(scope="module")
def site_content(django_db_setup, django_db_blocker):
    """The content, built once per module in a transaction rolled back at its end.

    Tests only read it (each test's own changes roll back to a savepoint anyway).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site_content()
        transaction.set_rollback(True)


def build_site_content():
    """English pages, most of them translated to Russian; `ru_*` are the translations."""
    home, locale_ru = make_site_tree()
    c = SimpleNamespace(home=home, locale_ru=locale_ru)
    c.ru_home = translate(home, locale_ru, title="#МЫВМЕСТЕ")

    forum = ForumIndexPageFactory(parent=home)
    c.edition = ForumEditionPageFactory(parent=forum, year=2023)
    c.edition_2022 = ForumEditionPageFactory(parent=forum, year=2022)
    speakers = SpeakerIndexPageFactory(parent=forum)
    c.ecology = ThemeFactory(name="Ecology", slug="ecology")
    c.speaker = SpeakerPageFactory(
        parent=speakers,
        title="Anna Semyonova",
        position="Head of the volunteer centre",
        organisation="Volunteers of Victory",
    )
    c.session = SessionPageFactory(
        parent=c.edition,
        title="Volunteering in small towns",
        summary="How volunteering changes life in small towns.",
        theme=c.ecology,
        speakers=[c.speaker],
    )
    c.session_2022 = SessionPageFactory(
        parent=c.edition_2022,
        title="Youth policy",
        summary="Young volunteers and the state.",
        starts_at=moscow(2022, 12, 3, 10),  # on one of the 2022 edition's days
    )

    prize = PrizeIndexPageFactory(parent=home)
    prize_edition = PrizeEditionPageFactory(parent=prize, year=2023)
    category = CategoryPageFactory(parent=prize_edition, title="Volunteers and NGOs")
    nomination = NominationPageFactory(parent=category, title="Green Country")
    c.entry = EntryPageFactory(
        parent=nomination,
        title="Clean Barnaul",
        organisation="Eco Altai",
        region="Altai Krai",
        summary="Volunteers clean the river banks of Barnaul.",
    )

    news = NewsIndexPageFactory(parent=home)
    c.article = NewsArticlePageFactory(
        parent=news,
        title="Forum volunteers wanted",
        introduction="Applications from volunteers are open until October.",
    )
    clubs = ClubIndexPageFactory(parent=home)
    c.club = ClubPageFactory(parent=clubs, title="Altai regional club", city="Barnaul")
    c.partners = StandardPageFactory(
        parent=home, title="Partners", introduction="UNESCO and the Red Cross."
    )

    # Russian translations (the partners page stays English-only).
    ru = locale_ru
    ru_forum = translate(forum, ru, title="Форум")
    c.ru_edition = translate(c.edition, ru, title="Форум 2023", city="Москва")
    translate(c.edition_2022, ru, title="Форум 2022")
    ru_speakers = translate(speakers, ru, title="Спикеры")
    c.ru_ecology = translate_snippet(c.ecology, ru, name="Экология")
    c.ru_speaker = translate(
        c.speaker,
        ru,
        title="Анна Семёнова",
        position="Руководитель волонтёрского центра",
        organisation="Волонтёры Победы",
    )
    c.ru_session = translate(
        c.session,
        ru,
        title="Волонтёрство в малых городах",
        summary="Как добровольчество меняет жизнь малых городов.",
        theme=c.ru_ecology,
    )
    ru_prize = translate(prize, ru, title="Премия")
    ru_prize_edition = translate(prize_edition, ru, title="Премия 2023")
    ru_category = translate(category, ru, title="Волонтёры и НКО")
    ru_nomination = translate(nomination, ru, title="Зелёная страна")
    c.ru_entry = translate(
        c.entry,
        ru,
        title="Чистый Барнаул",
        organisation="Эко Алтай",
        region="Алтайский край",
        summary="Волонтёры очищают берега рек Барнаула.",
    )
    ru_news = translate(news, ru, title="Новости")
    c.ru_article = translate(
        c.article,
        ru,
        title="Форуму нужны волонтёры",
        introduction="Набор волонтёров открыт до октября.",
    )
    ru_clubs = translate(clubs, ru, title="Клубы")
    c.ru_club = translate(c.club, ru, title="Алтайский региональный клуб", city="Барнаул")
    del ru_forum, ru_speakers, ru_prize, ru_prize_edition, ru_category, ru_nomination
    del ru_news, ru_clubs
    return c
