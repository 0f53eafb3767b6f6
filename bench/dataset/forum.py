"""Synthetic forum content for load tests: editions, sessions, speakers, themes, rooms.

Every page gets a Russian translation (same translation key, Russian texts); the pages are
collected by a `bench.dataset.pages.TreeBuilder` and inserted in bulk."""

import datetime
import uuid
import zoneinfo

from bench.dataset.pages import translated_copy
from forum.choices import SessionFormat, SessionLanguage, SpeakerRole
from forum.models import (
    ForumEditionPage,
    ForumIndexPage,
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
    ("education", "Education", "Образование"),
    ("health", "Health", "Здоровье"),
    ("culture", "Culture", "Культура"),
    ("technology", "Technology", "Технологии"),
    ("volunteering", "Volunteering", "Волонтёрство"),
    ("ngo", "NGO development", "Развитие НКО"),
    ("youth", "Youth", "Молодёжь"),
]
ROOMS = [("Main hall", "Главный зал")] + [(f"Hall {n}", f"Зал {n}") for n in range(1, 10)]
TOPICS = [
    ("volunteer centres", "волонтёрские центры"),
    ("corporate volunteering", "корпоративное волонтёрство"),
    ("civic technology", "гражданские технологии"),
    ("inclusive cities", "инклюзивные города"),
    ("support for the elderly", "поддержка пожилых"),
    ("green regions", "зелёные регионы"),
    ("school projects", "школьные проекты"),
    ("grants for NGOs", "гранты для НКО"),
    ("mentoring", "наставничество"),
    ("disaster relief", "помощь при бедствиях"),
]
KINDS = [
    ("How to scale", "Как масштабировать"),
    ("The future of", "Будущее:"),
    ("Practices of", "Практики:"),
    ("Open talk on", "Открытый разговор:"),
]
FIRST = [("Anna", "Анна"), ("Ivan", "Иван"), ("Maria", "Мария"), ("Pavel", "Павел")]
FIRST += [("Olga", "Ольга"), ("Dmitry", "Дмитрий"), ("Elena", "Елена"), ("Sergey", "Сергей")]
LAST = [("Ivanova", "Иванова"), ("Smirnov", "Смирнов"), ("Kuznetsova", "Кузнецова")]
LAST += [("Popov", "Попов"), ("Sokolova", "Соколова"), ("Lebedev", "Лебедев")]
COUNTRIES = ["Russia", "Kazakhstan", "Belarus", "India", "Brazil", "Serbia", "China"]


def make_snippets(*, rng, locales):
    """Themes and rooms in both languages; returns ({lang: [themes]}, {lang: [rooms]})."""
    themes, rooms = {"en": [], "ru": []}, {"en": [], "ru": []}
    for slug, name_en, name_ru in THEMES:
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        themes["en"].append(
            Theme(name=name_en, slug=slug, translation_key=key, locale=locales["en"])
        )
        themes["ru"].append(
            Theme(name=name_ru, slug=slug, translation_key=key, locale=locales["ru"])
        )
    for name_en, name_ru in ROOMS:
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        rooms["en"].append(Room(name=name_en, translation_key=key, locale=locales["en"]))
        rooms["ru"].append(Room(name=name_ru, translation_key=key, locale=locales["ru"]))
    for lang in ("en", "ru"):
        Theme.objects.bulk_create(themes[lang])
        Room.objects.bulk_create(rooms[lang])
    return themes, rooms


def make_forum(*, builder, homes, locales, editions, sessions, speakers, per_session, images):
    """Queue the forum tree on `builder`; returns a `save_relations()` callable to run after
    `builder.save()` (speaker roles and edition themes need page ids)."""
    rng = builder.rng
    themes, rooms = make_snippets(rng=rng, locales=locales)
    index = {"en": builder.add(homes["en"], ForumIndexPage(title="Forum", slug="forum"))}
    index["ru"] = builder.add(
        homes["ru"], translated_copy(index["en"], title="Форум"), translation_of=index["en"]
    )
    people_index = {"en": builder.add(index["en"], SpeakerIndexPage(title="Speakers"))}
    people_index["ru"] = builder.add(
        index["ru"],
        translated_copy(people_index["en"], title="Спикеры"),
        translation_of=people_index["en"],
    )

    people = {"en": [], "ru": []}
    for n in range(speakers):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        speaker = builder.add(
            people_index["en"],
            SpeakerPage(
                title=f"{first[0]} {last[0]} {n + 1}",
                slug=f"speaker-{n + 1}",
                position="Director",
                organisation=f"Volunteer centre {n % 97 + 1}",
                country=rng.choice(COUNTRIES),
                photo=rng.choice(images) if images else None,
                biography=f"<p>{first[0]} leads civic projects.</p>",
            ),
        )
        people["en"].append(speaker)
        people["ru"].append(
            builder.add(
                people_index["ru"],
                translated_copy(
                    speaker,
                    title=f"{first[1]} {last[1]} {n + 1}",
                    position="Директор",
                    organisation=f"Волонтёрский центр {n % 97 + 1}",
                    biography=f"<p>{first[1]} руководит гражданскими проектами.</p>",
                ),
                translation_of=speaker,
            )
        )

    programme = []  # (edition_en, edition_ru, [(session_en, session_ru)])
    first_year = 2025 - editions + 1
    for year in range(first_year, 2026):
        start = datetime.date(year, 12, 2)
        edition = builder.add(
            index["en"],
            ForumEditionPage(
                title=f"Forum {year}",
                slug=str(year),
                year=year,
                start_date=start,
                end_date=start + datetime.timedelta(days=3),
                city="Moscow",
                venue="National Centre Russia",
                summary="<p>The international forum of civic participation.</p>",
            ),
        )
        edition_ru = builder.add(
            index["ru"],
            translated_copy(
                edition,
                title=f"Форум {year}",
                city="Москва",
                venue="Национальный центр «Россия»",
                summary="<p>Международный форум гражданского участия.</p>",
            ),
            translation_of=edition,
        )
        pairs = []
        for n in range(sessions):
            day, slot = n % 4, (n // 4) % 10
            room_index = (n // 40) % len(ROOMS)
            theme_index = rng.randrange(len(THEMES))
            topic, kind = rng.choice(TOPICS), rng.choice(KINDS)
            starts = datetime.datetime.combine(
                start + datetime.timedelta(days=day), datetime.time(9 + slot), MOSCOW
            )
            session = builder.add(
                edition,
                SessionPage(
                    title=f"{kind[0]} {topic[0]} #{n + 1}",
                    slug=f"session-{n + 1}",
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(minutes=50),
                    format=rng.choice(SessionFormat.values),
                    language=rng.choice(SessionLanguage.values),
                    theme=themes["en"][theme_index],
                    room=rooms["en"][room_index],
                    summary=f"Practitioners discuss {topic[0]}.",
                    description=f"<p>A session on {topic[0]} and what works in the regions.</p>",
                ),
            )
            session_ru = builder.add(
                edition_ru,
                translated_copy(
                    session,
                    title=f"{kind[1]} {topic[1]} №{n + 1}",
                    theme=themes["ru"][theme_index],
                    room=rooms["ru"][room_index],
                    summary=f"Практики обсуждают тему «{topic[1]}».",
                    description=f"<p>Сессия о теме «{topic[1]}» и опыте регионов.</p>",
                ),
                translation_of=session,
            )
            pairs.append((session, session_ru))
        programme.append((edition, edition_ru, pairs))

    def save_relations():
        order = list(range(speakers))
        rng.shuffle(order)
        cursor, roles = 0, []
        for edition, edition_ru, pairs in programme:
            for lang_edition in (edition, edition_ru):
                lang = "en" if lang_edition is edition else "ru"
                lang_themes = themes[lang]
                ForumEditionPage.themes.through.objects.bulk_create(
                    ForumEditionPage.themes.through(forumeditionpage_id=lang_edition.pk, theme=t)
                    for t in lang_themes
                )
            for session, session_ru in pairs:
                for position in range(per_session):
                    person = order[cursor % speakers]
                    cursor += 1
                    role = SpeakerRole.MODERATOR if position == 0 else SpeakerRole.SPEAKER
                    for lang, page in (("en", session), ("ru", session_ru)):
                        roles.append(
                            SessionSpeaker(
                                session_id=page.pk,
                                speaker_id=people[lang][person].pk,
                                role=role,
                                sort_order=position,
                            )
                        )
        SessionSpeaker.objects.bulk_create(roles, batch_size=1000)

    return save_relations
