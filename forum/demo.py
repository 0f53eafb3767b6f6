"""Demo content for the forum: themes, rooms, speakers, the 2023 edition and a smaller 2022 one.

Real: the 2023 edition's place, dates, themes and partner, the design session on the
international track with Pavel Savchuk and Jan Ling, and the award ceremony on 4 December.
Invented: session times, rooms, every other session and speaker (marked as fictional)."""

import datetime
import zoneinfo

from core.demo import add_bilingual, add_snippet, placeholder_image
from forum.models import (
    ForumEditionPage,
    ForumIndexPage,
    Partner,
    Room,
    SessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    Theme,
)

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")

THEMES = [
    ("ecology", "Ecology", "Экология"),
    ("social-support", "Social Support", "Социальная поддержка"),
    ("education", "Education", "Образование"),
    ("culture", "Culture", "Культура"),
    ("media", "Media", "Медиа"),
    ("health", "Health", "Здоровье"),
    ("sport", "Sport", "Спорт"),
]

# The halls are invented: the articles only name the House of Youth at VDNKh.
ROOMS = {
    "main": {"en": {"name": "Main Stage", "floor": "House of Youth, ground floor"},
             "ru": {"name": "Главная сцена", "floor": "Дом молодёжи, 1 этаж"}},
    "hall-a": {"en": {"name": "Hall A", "floor": "House of Youth, 2nd floor"},
               "ru": {"name": "Зал А", "floor": "Дом молодёжи, 2 этаж"}},
    "hall-b": {"en": {"name": "Hall B", "floor": "House of Youth, 2nd floor"},
               "ru": {"name": "Зал Б", "floor": "Дом молодёжи, 2 этаж"}},
    "studio": {"en": {"name": "Workshop Studio", "floor": "House of Youth, 3rd floor"},
               "ru": {"name": "Студия мастер-классов", "floor": "Дом молодёжи, 3 этаж"}},
}  # fmt: skip

FICTIONAL = {
    "en": "<p><em>A fictional person created for the demo content.</em></p>",
    "ru": "<p><em>Вымышленный персонаж демонстрационного контента.</em></p>",
}

# slug: (en title, position, organisation, country), (ru ...), fictional?
SPEAKERS = {
    "pavel-savchuk": (
        ("Pavel Savchuk", "Chairman; co-chair of the international directorate of the "
         "#WEARETOGETHER Prize", "Russian Red Cross", "Russia"),
        ("Павел Савчук", "Председатель; сопредседатель международной дирекции премии "
         "#МЫВМЕСТЕ", "Российский Красный Крест", "Россия"),
        False,
    ),
    "jan-ling": (
        ("Jan Ling", "Executive Director",
         "CICA – Conference on Interaction and Confidence Building Measures in Asia", ""),
        ("Джан Линг", "Исполнительный директор",
         "СВМДА — Совещание по взаимодействию и мерам доверия в Азии", ""),
        False,
    ),
    "anna-lebedeva": (
        ("Anna Lebedeva", "Head", "“North Star” Volunteer Centre", "Russia"),
        ("Анна Лебедева", "Руководитель", "Волонтёрский центр «Северная звезда»", "Россия"),
        True,
    ),
    "mikhail-orlov": (
        ("Mikhail Orlov", "Ecologist", "“Clean Rivers” Foundation", "Russia"),
        ("Михаил Орлов", "Эколог", "Фонд «Чистые реки»", "Россия"),
        True,
    ),
    "elena-vasilenko": (
        ("Elena Vasilenko", "School volunteering coordinator", "School No. 101", "Russia"),
        ("Елена Василенко", "Координатор школьного волонтёрства", "Школа № 101", "Россия"),
        True,
    ),
    "dmitry-kuznetsov": (
        ("Dmitry Kuznetsov", "Director for corporate responsibility", "Example Energy",
         "Russia"),
        ("Дмитрий Кузнецов", "Директор по корпоративной ответственности", "«Пример-Энерго»",
         "Россия"),
        True,
    ),
    "olga-fedorova": (
        ("Olga Fedorova", "Museum educator", "City History Museum", "Russia"),
        ("Ольга Федорова", "Музейный педагог", "Музей истории города", "Россия"),
        True,
    ),
    "sergey-belov": (
        ("Sergey Belov", "Editor-in-chief", "Good News Online", "Russia"),
        ("Сергей Белов", "Главный редактор", "«Добрые новости онлайн»", "Россия"),
        True,
    ),
    "marina-ivanova": (
        ("Marina Ivanova", "First aid instructor", "Volunteer Rescue School", "Russia"),
        ("Марина Иванова", "Инструктор по первой помощи", "Школа волонтёров-спасателей",
         "Россия"),
        True,
    ),
    "ivan-morozov": (
        ("Ivan Morozov", "Sports volunteer coordinator", "Games for All", "Russia"),
        ("Иван Морозов", "Координатор спортивных волонтёров", "«Игры для всех»", "Россия"),
        True,
    ),
    "aigerim-nurlanova": (
        ("Aigerim Nurlanova", "Youth volunteer leader", "Steppe Volunteers", "Kazakhstan"),
        ("Айгерим Нурланова", "Лидер молодёжных волонтёров", "«Волонтёры степи»", "Казахстан"),
        True,
    ),
    "lucas-ferreira": (
        ("Lucas Ferreira", "Founder", "Open Hands Network", "Brazil"),
        ("Лукас Феррейра", "Основатель", "Сеть «Открытые руки»", "Бразилия"),
        True,
    ),
    "amina-diallo": (
        ("Amina Diallo", "Community organiser", "Baobab Neighbours", "Senegal"),
        ("Амина Диалло", "Организатор местного сообщества", "«Соседи баобаба»", "Сенегал"),
        True,
    ),
    "tatiana-sokolova": (
        ("Tatiana Sokolova", "Fundraising director", "“Kind Hands” Foundation", "Russia"),
        ("Татьяна Соколова", "Директор по фандрайзингу", "Фонд «Добрые руки»", "Россия"),
        True,
    ),
}  # fmt: skip

FORUM_INDEX = {
    "en": {"title": "Forum", "introduction": "<p>The International Forum for Civic "
           "Participation #WEARETOGETHER meets in Moscow every December, from 2 to 5 December, "
           "ending on Volunteer Day.</p>"},
    "ru": {"title": "Форум", "introduction": "<p>Международный форум гражданского участия "
           "#МЫВМЕСТЕ ежегодно проходит в Москве со 2 по 5 декабря и завершается в День "
           "добровольца.</p>"},
}  # fmt: skip
SPEAKER_INDEX = {
    "en": {"title": "Speakers", "introduction": "People who speak at the forum."},
    "ru": {"title": "Спикеры", "introduction": "Люди, которые выступают на форуме."},
}
ILLUSTRATIVE = {
    "en": "<p><em>An illustrative session invented for the demo.</em></p>",
    "ru": "<p><em>Условная сессия, придуманная для демо.</em></p>",
}

DESIGN_SESSION = {
    "en": "<p>Participants looked for the nominations the prize still lacks and for ways to "
    "unite and support its finalists and laureates. They worked in four groups: prize "
    "nominations; the community of laureates; information support; internships and events for "
    "track participants.</p><p>Their proposals: a special prize for young volunteers, more "
    "working meetings for finalists and laureates, wider media coverage, events in university "
    "communities, and major fundraisers to support finalists' projects. The prize's "
    "international directorate will review them all.</p>",
    "ru": "<p>Участники искали номинации, которых не хватает премии, и способы объединить и "
    "поддержать финалистов и лауреатов. Работали четыре группы: номинации премии; сообщество "
    "лауреатов; информационная поддержка; стажировки и мероприятия для участников трека.</p>"
    "<p>Предложения: специальный приз для молодых волонтёров, больше рабочих встреч для "
    "финалистов и лауреатов, шире освещение в СМИ, мероприятия в университетских сообществах "
    "и крупные фандрайзеры для проектов-финалистов. Международная дирекция премии рассмотрит "
    "их все.</p>",
}
CEREMONY = {
    "en": "<p>The winners of the 2023 national track were announced at the ceremony, in "
    "categories for volunteers and NGOs, business and school projects.</p>",
    "ru": "<p>На церемонии назвали победителей национального трека 2023 года в категориях для "
    "волонтёров и НКО, бизнеса и школьных проектов.</p>",
}

M, S, E = "moderator", "speaker", "expert"

SESSIONS_2023 = [
    {"slug": "opening-plenary", "when": (2, "12:00", "13:30"), "format": "plenary",
     "theme": None, "room": "main", "language": "ru-en",
     "speakers": [("anna-lebedeva", M), ("dmitry-kuznetsov", S), ("tatiana-sokolova", S),
                  ("aigerim-nurlanova", S)],
     "en": ("Together for sustainable development", "Volunteers, NGOs, business and the state "
            "on social partnership."),
     "ru": ("Вместе ради устойчивого развития", "Волонтёры, НКО, бизнес и государство о "
            "социальном партнёрстве.")},
    {"slug": "from-clean-ups-to-climate", "when": (2, "14:00", "15:30"), "format": "panel",
     "theme": "ecology", "room": "hall-a", "language": "ru-en",
     "speakers": [("mikhail-orlov", M), ("lucas-ferreira", S), ("elena-vasilenko", E)],
     "en": ("From clean-ups to climate projects", "How local green volunteering grows."),
     "ru": ("От субботников к климатическим проектам", "Как растёт местное экологическое "
            "волонтёрство.")},
    {"slug": "strong-prize-application", "when": (2, "14:00", "15:30"), "format": "workshop",
     "theme": "education", "room": "studio", "language": "ru",
     "speakers": [("tatiana-sokolova", S), ("anna-lebedeva", E)],
     "en": ("Writing a strong prize application", "Goals, results and budget, step by step."),
     "ru": ("Как написать сильную заявку на премию", "Цели, результаты и бюджет — по шагам.")},
    {"slug": "museums-and-volunteers", "when": (2, "16:00", "17:00"), "format": "lecture",
     "theme": "culture", "room": "hall-b", "language": "ru",
     "speakers": [("olga-fedorova", S)],
     "en": ("Museums and their volunteers", "What volunteers bring to a museum."),
     "ru": ("Музеи и их волонтёры", "Что волонтёры дают музею.")},
    {"slug": "stories-of-good", "when": (2, "16:00", "17:30"), "format": "masterclass",
     "theme": "media", "room": "studio", "language": "ru",
     "speakers": [("sergey-belov", S)],
     "en": ("Telling stories of good on social media", "Short formats for NGO channels."),
     "ru": ("Как рассказывать о добрых делах в соцсетях", "Короткие форматы для каналов НКО.")},
    {"slug": "international-track-design-session", "when": (3, "11:00", "13:00"),
     "format": "design", "theme": None, "room": "hall-a", "language": "ru-en",
     "speakers": [("jan-ling", S), ("pavel-savchuk", S)], "description": DESIGN_SESSION,
     "en": ("Design session: the future of the We Are Together international track",
            "Which nominations are missing, and how to unite the community of laureates."),
     "ru": ("Проектировочная сессия: будущее международного трека We Are Together",
            "Каких номинаций не хватает и как объединить сообщество лауреатов.")},
    {"slug": "caring-for-older-people", "when": (3, "11:00", "12:30"), "format": "panel",
     "theme": "social-support", "room": "hall-b", "language": "ru",
     "speakers": [("anna-lebedeva", M), ("tatiana-sokolova", S), ("marina-ivanova", E)],
     "en": ("Caring for older people", "Volunteers and social services side by side."),
     "ru": ("Забота о старшем поколении", "Волонтёры и социальные службы вместе.")},
    {"slug": "first-aid-basics", "when": (3, "14:00", "15:30"), "format": "workshop",
     "theme": "health", "room": "studio", "language": "ru",
     "speakers": [("marina-ivanova", S)],
     "en": ("First aid basics for volunteers", "Practice on training mannequins."),
     "ru": ("Основы первой помощи для волонтёров", "Практика на тренажёрах.")},
    {"slug": "sport-for-everyone", "when": (3, "14:00", "15:00"), "format": "lecture",
     "theme": "sport", "room": "hall-b", "language": "ru",
     "speakers": [("ivan-morozov", S)],
     "en": ("Sport for everyone: inclusive events", "Races and games open to all."),
     "ru": ("Спорт для всех: инклюзивные события", "Забеги и игры, открытые каждому.")},
    {"slug": "corporate-volunteering", "when": (3, "16:00", "17:30"), "format": "panel",
     "theme": "social-support", "room": "main", "language": "ru",
     "speakers": [("dmitry-kuznetsov", M), ("tatiana-sokolova", S), ("sergey-belov", E)],
     "en": ("Corporate volunteering and responsible business", "When employees volunteer."),
     "ru": ("Корпоративное волонтёрство и ответственный бизнес", "Когда сотрудники становятся "
            "волонтёрами.")},
    {"slug": "media-literacy", "when": (3, "16:00", "17:30"), "format": "workshop",
     "theme": "media", "room": "studio", "language": "ru",
     "speakers": [("sergey-belov", S), ("elena-vasilenko", E)],
     "en": ("Media literacy for young volunteers", "Checking facts before sharing."),
     "ru": ("Медиаграмотность для молодых волонтёров", "Проверяем факты, прежде чем делиться.")},
    {"slug": "schools-of-kindness", "when": (4, "11:00", "12:30"), "format": "panel",
     "theme": "education", "room": "hall-a", "language": "ru-en",
     "speakers": [("elena-vasilenko", M), ("anna-lebedeva", S), ("aigerim-nurlanova", S)],
     "en": ("Schools as centres of volunteering", "Teachers and pupils who lead projects."),
     "ru": ("Школа как центр волонтёрства", "Учителя и ученики, которые ведут проекты.")},
    {"slug": "heritage-volunteers", "when": (4, "11:00", "12:30"), "format": "panel",
     "theme": "culture", "room": "hall-b", "language": "ru",
     "speakers": [("olga-fedorova", M), ("mikhail-orlov", E)],
     "en": ("Volunteers for cultural heritage", "Restoring estates, parks and memory."),
     "ru": ("Волонтёры культурного наследия", "Восстанавливаем усадьбы, парки и память.")},
    {"slug": "green-courtyards", "when": (4, "14:00", "15:00"), "format": "lecture",
     "theme": "ecology", "room": "hall-a", "language": "ru",
     "speakers": [("mikhail-orlov", S)],
     "en": ("Green courtyards: small steps to a sustainable city", "Neighbours planting trees."),
     "ru": ("Зелёные дворы: шаги к устойчивому городу", "Соседи сажают деревья.")},
    {"slug": "fundraising-for-small-ngos", "when": (4, "14:00", "15:30"), "format": "workshop",
     "theme": "social-support", "room": "studio", "language": "ru",
     "speakers": [("tatiana-sokolova", S)],
     "en": ("Fundraising for small NGOs", "Where to find the first donors."),
     "ru": ("Фандрайзинг для небольших НКО", "Где найти первых жертвователей.")},
    {"slug": "prize-award-ceremony", "when": (4, "18:00", "20:00"), "format": "ceremony",
     "theme": None, "room": "main", "language": "ru", "speakers": [], "description": CEREMONY,
     "en": ("Award ceremony of the #WEARETOGETHER International Prize",
            "The 2023 winners are announced."),
     "ru": ("Церемония награждения Международной премии #МЫВМЕСТЕ",
            "Объявление победителей 2023 года.")},
    {"slug": "volunteer-day-plenary", "when": (5, "11:00", "12:30"), "format": "plenary",
     "theme": None, "room": "main", "language": "ru-en",
     "speakers": [("anna-lebedeva", M), ("dmitry-kuznetsov", S), ("aigerim-nurlanova", S),
                  ("amina-diallo", S)],
     "en": ("Volunteer Day: the year in review", "What volunteers achieved in 2023."),
     "ru": ("День добровольца: итоги года", "Чего добились волонтёры в 2023 году.")},
    {"slug": "medical-volunteering", "when": (5, "13:00", "14:30"), "format": "panel",
     "theme": "health", "room": "hall-a", "language": "ru",
     "speakers": [("marina-ivanova", M), ("anna-lebedeva", S)],
     "en": ("Medical volunteering after the pandemic", "Keeping the habits of mutual aid."),
     "ru": ("Медицинское волонтёрство после пандемии", "Как сохранить привычку помогать.")},
    {"slug": "sports-event-with-volunteers", "when": (5, "13:00", "14:30"),
     "format": "masterclass", "theme": "sport", "room": "studio", "language": "ru",
     "speakers": [("ivan-morozov", S)],
     "en": ("Running a sports event with volunteers", "From registration to the finish line."),
     "ru": ("Спортивное событие с волонтёрами", "От регистрации до финишной черты.")},
    {"slug": "measuring-social-impact", "when": (5, "15:00", "16:00"), "format": "lecture",
     "theme": "education", "room": "hall-b", "language": "en",
     "speakers": [("lucas-ferreira", S)],
     "en": ("Data for good: measuring social impact", "Simple metrics for small teams."),
     "ru": ("Данные во благо: как измерить социальный эффект", "Простые метрики для небольших "
            "команд.")},
    {"slug": "volunteering-without-borders", "when": (5, "15:00", "16:30"), "format": "panel",
     "theme": "social-support", "room": "hall-a", "language": "ru-en",
     "speakers": [("aigerim-nurlanova", M), ("amina-diallo", S), ("lucas-ferreira", S)],
     "en": ("Volunteering without borders", "International cooperation of volunteers."),
     "ru": ("Волонтёрство без границ", "Международное сотрудничество волонтёров.")},
]  # fmt: skip

SESSIONS_2022 = [
    {"slug": "opening-plenary", "when": (2, "12:00", "13:30"), "format": "plenary",
     "theme": None, "room": "main", "language": "ru",
     "speakers": [("anna-lebedeva", M), ("dmitry-kuznetsov", S)],
     "en": ("Opening plenary", "Partnership of volunteers, NGOs and business."),
     "ru": ("Пленарное заседание", "Партнёрство волонтёров, НКО и бизнеса.")},
    {"slug": "volunteers-for-nature", "when": (3, "11:00", "12:30"), "format": "panel",
     "theme": "ecology", "room": "hall-a", "language": "ru",
     "speakers": [("mikhail-orlov", M), ("anna-lebedeva", S)],
     "en": ("Volunteers for nature", "Reserves, parks and rivers."),
     "ru": ("Волонтёры для природы", "Заповедники, парки и реки.")},
    {"slug": "school-volunteering", "when": (4, "14:00", "15:30"), "format": "workshop",
     "theme": "education", "room": "studio", "language": "ru",
     "speakers": [("elena-vasilenko", S)],
     "en": ("Starting a school volunteer team", "A first project in one term."),
     "ru": ("Как создать школьный волонтёрский отряд", "Первый проект за одну четверть.")},
    {"slug": "volunteer-day-lecture", "when": (5, "12:00", "13:00"), "format": "lecture",
     "theme": "culture", "room": "hall-b", "language": "ru",
     "speakers": [("olga-fedorova", S)],
     "en": ("A short history of volunteering", "From mutual aid societies to today."),
     "ru": ("Краткая история добровольчества", "От обществ взаимопомощи до наших дней.")},
]  # fmt: skip

EDITIONS = [
    {"year": 2023, "sessions": SESSIONS_2023, "colour": (200, 40, 60),
     "themes": [slug for slug, _, _ in THEMES],
     "en": {"title": "Forum 2023", "city": "Moscow",
            "venue": "VDNKh, House of Youth (“Russia” exhibition-forum)",
            "summary": "<p>In 2023 the forum was part of the “Russia” exhibition-forum at VDNKh "
            "and was held under the auspices of UNESCO. More than 150 speakers from government, "
            "leading NGOs, companies and the media gave lectures and workshops on ecology, social "
            "support, education, culture, media, health and sport. The winners of the prize were "
            "announced on 4 December.</p>"},
     "ru": {"title": "Форум 2023", "city": "Москва",
            "venue": "ВДНХ, Дом молодёжи (выставка-форум «Россия»)",
            "summary": "<p>В 2023 году форум вошёл в программу выставки-форума «Россия» на ВДНХ "
            "и прошёл под эгидой ЮНЕСКО. Более 150 спикеров из органов власти, ведущих НКО, "
            "компаний и СМИ провели лекции и мастер-классы об экологии, социальной поддержке, "
            "образовании, культуре, медиа, здоровье и спорте. Победителей премии объявили "
            "4 декабря.</p>"}},
    {"year": 2022, "sessions": SESSIONS_2022, "colour": (90, 90, 160),
     "themes": ["ecology", "education", "culture"],
     "en": {"title": "Forum 2022", "city": "Moscow", "venue": "",
            "summary": "<p>A smaller demo edition: its programme is illustrative.</p>"},
     "ru": {"title": "Форум 2022", "city": "Москва", "venue": "",
            "summary": "<p>Небольшой демонстрационный выпуск: программа условная.</p>"}},
]  # fmt: skip


def _moscow(year, day, hh_mm):
    hour, minute = map(int, hh_mm.split(":"))
    return datetime.datetime(year, 12, day, hour, minute, tzinfo=MOSCOW)


def _speaker_text(data):
    (en, ru, fictional) = data
    text = {}
    for lang, (title, position, organisation, country) in (("en", en), ("ru", ru)):
        text[lang] = {
            "title": title, "position": position, "organisation": organisation,
            "country": country, "biography": FICTIONAL[lang] if fictional else "",
        }  # fmt: skip
    return text


def _session(*, edition, data, themes, rooms, speakers, locale):
    day, start, end = data["when"]
    text = {
        lang: {
            "title": data[lang][0],
            "summary": data[lang][1],
            "description": data.get("description", ILLUSTRATIVE)[lang],
        }
        for lang in ("en", "ru")
    }
    roles = [
        SessionSpeaker(speaker=speakers[key], role=role, sort_order=i)
        for i, (key, role) in enumerate(data["speakers"])
    ]
    return add_bilingual(
        parent=edition, model=SessionPage, text=text, locale=locale, slug=data["slug"],
        starts_at=_moscow(edition.year, day, start), ends_at=_moscow(edition.year, day, end),
        format=data["format"], language=data["language"], theme=themes.get(data["theme"]),
        room=rooms[data["room"]], speaker_roles=roles,
    )  # fmt: skip


def load(*, home, locale):
    """Create the forum under the English `home`: themes and rooms (snippets), the forum and
    speaker indexes, speakers, and the 2023 and 2022 editions with their sessions, each with a
    translation in `locale`. Returns the English 2023 edition."""
    themes = {
        slug: add_snippet(
            model=Theme, text={"en": {"name": en}, "ru": {"name": ru}}, locale=locale, slug=slug
        )[0]
        for slug, en, ru in THEMES
    }
    rooms = {
        key: add_snippet(model=Room, text=text, locale=locale)[0] for key, text in ROOMS.items()
    }
    forum_index, _ = add_bilingual(
        parent=home, model=ForumIndexPage, text=FORUM_INDEX, locale=locale, slug="forum",
        show_in_menus=True,
    )  # fmt: skip
    speaker_index, _ = add_bilingual(
        parent=forum_index, model=SpeakerIndexPage, text=SPEAKER_INDEX, locale=locale,
        slug="speakers",
    )  # fmt: skip
    speakers = {}
    for i, (slug, data) in enumerate(SPEAKERS.items()):
        colour = (40 + 15 * i, 110, 200 - 10 * i)
        photo = placeholder_image(title=f"Speaker {slug}", colour=colour, size=(320, 320))
        speakers[slug], _ = add_bilingual(
            parent=speaker_index, model=SpeakerPage, text=_speaker_text(data), locale=locale,
            slug=slug, photo=photo,
        )  # fmt: skip
    # The 2023 edition's partner, as the news names it; no logo is invented for it.
    unesco, _ = add_snippet(
        model=Partner, text={"en": {"name": "UNESCO"}, "ru": {"name": "ЮНЕСКО"}},
        locale=locale, url="https://www.unesco.org/", sort_order=1,
    )  # fmt: skip
    partners = {2023: [unesco]}
    editions = []
    for data in EDITIONS:
        image = placeholder_image(title=f"Forum {data['year']}", colour=data["colour"])
        edition, _ = add_bilingual(
            parent=forum_index, model=ForumEditionPage, text=data, locale=locale,
            slug=str(data["year"]), year=data["year"], image=image,
            start_date=datetime.date(data["year"], 12, 2),
            end_date=datetime.date(data["year"], 12, 5),
            themes=[themes[slug] for slug in data["themes"]],
            partners=partners.get(data["year"], []),
        )  # fmt: skip
        for session in data["sessions"]:
            _session(
                edition=edition, data=session, themes=themes, rooms=rooms, speakers=speakers,
                locale=locale,
            )  # fmt: skip
        editions.append(edition)
    return editions[0]
