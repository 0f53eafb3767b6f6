"""A small bilingual site for the browser tests, built with the factories.

English is the source; most pages have a Russian translation. Left untranslated on purpose:
the speaker Ivan Sokolov and the laureate entry "Green Yard", so Russian pages show English
content and must mark it with lang="en".
"""

from types import SimpleNamespace

from wagtail.models import Locale

from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    make_site_tree,
    moscow,
    translate,
    translate_snippet,
)


def build_site():
    home, ru = make_site_tree()
    home_ru = translate(home, ru, title="#МЫВМЕСТЕ", hero_title="Вместе меняем жизнь")
    en = Locale.get_default()

    forum = ForumIndexPageFactory(parent=home, show_in_menus=True)
    edition = ForumEditionPageFactory(
        parent=forum, year=2023, summary="<p>Five thousand participants from 130 countries.</p>"
    )
    speakers = SpeakerIndexPageFactory(parent=forum)
    anna = SpeakerPageFactory(
        parent=speakers,
        title="Anna Petrova",
        slug="anna-petrova",
        position="Chair",
        organisation="Russian Red Cross",
        biography="<p>Anna leads the volunteer movement of the Red Cross.</p>",
        photo=ImageFactory(title="Anna Petrova"),
    )
    ivan = SpeakerPageFactory(
        parent=speakers, title="Ivan Sokolov", slug="ivan-sokolov", position="Rector"
    )
    ecology = ThemeFactory(name="Ecology", slug="ecology", locale=en)
    education = ThemeFactory(name="Education", slug="education", locale=en)
    hall = RoomFactory(name="Main hall", locale=en)
    plenary = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        slug="opening-plenary",
        format="plenary",
        starts_at=moscow(2023, 12, 2, 10),
        room=hall,
        speakers=[anna],
    )
    green = SessionPageFactory(
        parent=edition,
        title="Green cities",
        slug="green-cities",
        format="workshop",
        theme=ecology,
        starts_at=moscow(2023, 12, 3, 11),
        summary="How volunteers plant and keep urban forests.",
        speakers=[(anna, "moderator"), ivan],
    )
    schools = SessionPageFactory(
        parent=edition,
        title="Schools of kindness",
        slug="schools-of-kindness",
        format="panel",
        theme=education,
        starts_at=moscow(2023, 12, 3, 15),
        speakers=[ivan],
    )

    prize = PrizeIndexPageFactory(parent=home, show_in_menus=True)
    prize_edition = PrizeEditionPageFactory(parent=prize, year=2023, title="Prize 2023")
    category = CategoryPageFactory(parent=prize_edition, title="Volunteers and NGOs", slug="ngos")
    nomination = NominationPageFactory(
        parent=category, title="Technologies for Life", slug="technologies"
    )
    happy = EntryPageFactory(
        parent=nomination, title="Happy Schools", slug="happy-schools", status="winner", place=1
    )
    green_yard = EntryPageFactory(
        parent=nomination, title="Green Yard", slug="green-yard", status="laureate"
    )

    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    article = NewsArticlePageFactory(parent=news, title="Winners announced", slug="winners")

    forum_ru = translate(forum, ru, title="Форум")
    speakers_ru = translate(speakers, ru, title="Спикеры")
    translate_snippet(ecology, ru, name="Экология")
    translate_snippet(education, ru, name="Образование")
    translate_snippet(hall, ru, name="Главный зал")
    prize_ru = translate(prize, ru, title="Премия")
    nomination_ru = None
    site = SimpleNamespace(
        home=home,
        home_ru=home_ru,
        forum=forum,
        forum_ru=forum_ru,
        edition=edition,
        edition_ru=translate(
            edition, ru, title="Форум 2023", summary="<p>Пять тысяч участников из 130 стран.</p>"
        ),
        speakers=speakers,
        speakers_ru=speakers_ru,
        anna=anna,
        anna_ru=translate(anna, ru, title="Анна Петрова", position="Председатель"),
        ivan=ivan,
        plenary=plenary,
        green=green,
        schools=schools,
        prize=prize,
        prize_ru=prize_ru,
        prize_edition=prize_edition,
        category=category,
        nomination=nomination,
        happy=happy,
        green_yard=green_yard,
        news=news,
        news_ru=translate(news, ru, title="Новости"),
        article=article,
    )
    site.plenary_ru = translate(plenary, ru, title="Пленарное заседание")
    site.green_ru = translate(
        green, ru, title="Зелёные города", summary="Как волонтёры сажают городские леса."
    )
    site.schools_ru = translate(schools, ru, title="Школы доброты")
    site.prize_edition_ru = translate(prize_edition, ru, title="Премия 2023")
    site.category_ru = translate(category, ru, title="Волонтёры и НКО")
    nomination_ru = translate(nomination, ru, title="Технологии для жизни")
    site.nomination_ru = nomination_ru
    site.happy_ru = translate(happy, ru, title="Счастливые школы", summary="Видеоуроки для детей.")
    site.article_ru = translate(article, ru, title="Объявлены победители")
    return site
