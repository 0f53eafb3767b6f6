"""Demo content for the prize: 2023 and 2024 editions of both tracks, categories, nominations,
the 2023 national winners and a few fictional international entries.

Real: every 2023 winner and its category and nomination, the grant limits, the Federal
business benefits, the 2024 fact sheet. Invented: the 2024 stage dates, the placeholder
nominations "Digital Volunteering" and "Corporate social responsibility", the international
track's category and nominations, and every international entry (marked as fictional)."""

import datetime

from core.demo import add_bilingual, placeholder_image
from prize.geography import country_code, subject_code
from prize.models import CategoryPage, EntryPage, NominationPage, PrizeEditionPage, PrizeIndexPage
from prize.models import PrizeStage as Stage

PRIZE_INDEX = {
    "en": {"title": "Prize", "introduction": "<p>The #WEARETOGETHER International Prize "
           "recognises and supports projects that help people and improve life in Russia and "
           "around the world. Its founder is the Federal Agency for Youth Affairs (Rosmolodezh), "
           "its organiser the Association of Volunteer Centres. Since instruction No. Pr-1150 of "
           "23 July 2020 it has two tracks: the national #WEARETOGETHER and the international We "
           "are together.</p>"},
    "ru": {"title": "Премия", "introduction": "<p>Международная премия #МЫВМЕСТЕ отмечает и "
           "поддерживает проекты, которые помогают людям и улучшают жизнь в России и мире. "
           "Учредитель — Федеральное агентство по делам молодёжи (Росмолодёжь), организатор — "
           "Ассоциация волонтёрских центров. После поручения № Пр-1150 от 23 июля 2020 года у "
           "премии два трека: национальный #МЫВМЕСТЕ и международный We are together.</p>"},
}  # fmt: skip

CATEGORIES = {
    "volunteers-ngos": {"grant_limit": 2_500_000, "colour": (214, 80, 40),
        "en": {"title": "Volunteers and NGOs", "benefits": "",
               "description": "<p>Projects of volunteers and non-profit organisations.</p>"},
        "ru": {"title": "Волонтёры и НКО", "benefits": "",
               "description": "<p>Проекты волонтёров и некоммерческих организаций.</p>"}},
    "sme": {"grant_limit": None, "colour": (40, 120, 200),
        "en": {"title": "Small and medium business", "benefits": "",
               "description": "<p>Social projects of small and medium companies.</p>"},
        "ru": {"title": "Малый и средний бизнес", "benefits": "",
               "description": "<p>Социальные проекты малых и средних компаний.</p>"}},
    "federal-business": {"grant_limit": None, "colour": (30, 150, 110),
        "en": {"title": "Federal business",
               "description": "<p>Corporate responsibility programmes of large companies.</p>",
               "benefits": "Free participation in next year's St Petersburg International "
               "Economic Forum (SPIEF) and in the Mobility Programme Education Internship."},
        "ru": {"title": "Федеральный бизнес",
               "description": "<p>Программы корпоративной ответственности крупных компаний.</p>",
               "benefits": "Бесплатное участие в Петербургском международном экономическом "
               "форуме (ПМЭФ) следующего года и в образовательной стажировке «Программа "
               "мобильности»."}},
    "school-projects": {"grant_limit": 600_000, "colour": (120, 60, 170),
        "en": {"title": "School projects (ages 14-17)", "benefits": "",
               "description": "<p>Projects of school teams aged 14 to 17.</p>"},
        "ru": {"title": "Школьные проекты (14–17 лет)", "benefits": "",
               "description": "<p>Проекты школьных команд от 14 до 17 лет.</p>"}},
    "municipalities": {"grant_limit": None, "colour": (200, 150, 30),
        "en": {"title": "Municipalities and regions", "benefits": "",
               "description": "<p>Comprehensive programmes for developing NGOs, volunteering "
               "and charity, new in 2024.</p>"},
        "ru": {"title": "Муниципалитеты и регионы", "benefits": "",
               "description": "<p>Комплексные программы развития НКО, волонтёрства и "
               "благотворительности — впервые в 2024 году.</p>"}},
    "international": {"grant_limit": None, "colour": (60, 60, 60),
        "en": {"title": "Foreign volunteers and organisations", "benefits": "",
               "description": "<p>Volunteers and organisations from the CIS, Europe, "
               "Asia-Pacific, the Middle East and North Africa, Sub-Saharan Africa, and North "
               "and South America.</p>"},
        "ru": {"title": "Иностранные волонтёры и организации", "benefits": "",
               "description": "<p>Волонтёры и организации из СНГ, Европы, "
               "Азиатско-Тихоокеанского региона, Ближнего Востока и Северной Африки, Африки "
               "южнее Сахары, Северной и Южной Америки.</p>"}},
}  # fmt: skip

NOMINATIONS = {
    "technologies-for-life": ("Technologies for Life", "Технологии для жизни"),
    "helping-others": ("Helping Others", "Помогать людям"),
    "helping-people": ("Helping People", "Помогать людям"),
    "digital-volunteering": ("Digital Volunteering", "Цифровое волонтёрство"),  # placeholder
    "corporate-social-responsibility": (  # placeholder
        "Corporate social responsibility",
        "Корпоративная социальная ответственность",
    ),
    "cultural-heritage": ("Cultural Heritage", "Культурное наследие"),
    "pleasant-city": ("Pleasant City", "Комфортный город"),
    "health-of-the-nation": ("Health of the Nation", "Здоровье нации"),
    "green-country": ("Green Country", "Зелёная страна"),
    "land-of-opportunities": ("Land of Opportunities", "Страна возможностей"),
    "regional-programmes": (
        "Regional and municipal programmes",
        "Программы регионов и муниципалитетов",
    ),
}

NATIONAL = {
    "volunteers-ngos": ["technologies-for-life", "helping-others", "digital-volunteering"],
    "sme": ["technologies-for-life", "helping-people"],
    "federal-business": ["corporate-social-responsibility"],
    "school-projects": [
        "cultural-heritage",
        "pleasant-city",
        "health-of-the-nation",
        "green-country",
        "land-of-opportunities",
    ],
}
INTERNATIONAL = {"international": ["helping-people", "technologies-for-life"]}

SCHOOL_TEAM = {"en": "School project team", "ru": "Школьная проектная команда"}

# The 2023 national winners, as the announcement names them: (category, nomination, fields).
WINNERS_2023 = [
    {"slug": "special-case", "category": "volunteers-ngos", "nomination": "technologies-for-life",
     "applicant_type": "ngo", "place": 1,
     "en": {"title": "Special Case", "region": "Perm Krai", "organisation": "Perm regional "
            "organisation for the protection of the rights of disabled children and their "
            "families “Happiness in Life”", "summary": "Good video lessons of special classes "
            "for children, and money for extra and remedial education."},
     "ru": {"title": "Особый случай", "region": "Пермский край", "organisation": "Пермская "
            "региональная общественная организация по защите прав детей-инвалидов и их семей "
            "«Счастье в жизни»", "summary": "Качественные видеоуроки коррекционных занятий для "
            "детей и помощь в оплате дополнительного образования."}},
    {"slug": "lomonosov-studio-virtual-laboratories", "category": "volunteers-ngos",
     "nomination": "digital-volunteering", "applicant_type": "person",
     "en": {"title": "Moscow School of New Professions: Lomonosov Studio Virtual Laboratories",
            "region": "Moscow", "organisation": "Moscow School of New Professions",
            "summary": "Young people learn to build and use VR and AR technologies."},
     "ru": {"title": "Московская школа новых профессий: виртуальные лаборатории Студии "
            "Ломоносова", "region": "Москва", "organisation": "Московская школа новых профессий",
            "summary": "Молодёжь учится создавать и применять VR- и AR-технологии."}},
    {"slug": "kind-things", "category": "volunteers-ngos", "nomination": "helping-others",
     "applicant_type": "person",
     "en": {"title": "Kind Things", "region": "Altai Krai", "organisation": "Kind Things "
            "volunteers", "summary": "Clothes-swap points in Barnaul, Biysk, Aleisk, Yarovoye, "
            "Pavlovsk and Rebrikha."},
     "ru": {"title": "Добрые вещи", "region": "Алтайский край", "organisation": "Волонтёры "
            "проекта «Добрые вещи»", "summary": "Пункты обмена одеждой в Барнауле, Бийске, "
            "Алейске, Яровом, Павловске и Ребрихе."}},
    {"slug": "tails-and-paws", "category": "sme", "nomination": "technologies-for-life",
     "applicant_type": "sme",
     "en": {"title": "Tails and Paws", "region": "", "organisation": "MT-Technologies LLC",
            "summary": "An online platform to donate to animal shelters, adopt a pet or help in "
            "other ways."},
     "ru": {"title": "Хвосты и лапы", "region": "", "organisation": "ООО «МТ-Технологии»",
            "summary": "Онлайн-платформа: пожертвования приютам, выбор питомца и другие "
            "способы помочь."}},
    {"slug": "kind-hearts", "category": "sme", "nomination": "helping-people",
     "applicant_type": "sme",
     "en": {"title": "Kind Hearts corporate volunteer movement", "region": "",
            "organisation": "Bashneft", "summary": "Employees of the oil company help children "
            "in hardship, war veterans and home-front workers."},
     "ru": {"title": "Корпоративное волонтёрское движение «Добрые сердца»", "region": "",
            "organisation": "«Башнефть»", "summary": "Сотрудники нефтяной компании помогают "
            "детям в трудной ситуации, ветеранам войны и труженикам тыла."}},
    {"slug": "alter-psychologist-recruitment", "category": "federal-business",
     "nomination": "corporate-social-responsibility", "applicant_type": "federal_business",
     "en": {"title": "Alter Psychologist Recruitment Service", "region": "",
            "organisation": "Alter LLC", "summary": "A free online service for finding a "
            "psychologist anywhere in Russia and building trust in psychotherapy."},
     "ru": {"title": "Сервис подбора психологов «Альтер»", "region": "",
            "organisation": "ООО «Альтер»", "summary": "Бесплатный онлайн-сервис, чтобы найти "
            "психолога в любом регионе России и больше доверять психотерапии."}},
    {"slug": "pro-programme", "category": "federal-business",
     "nomination": "corporate-social-responsibility", "applicant_type": "federal_business",
     "en": {"title": "PRO Programme", "region": "", "organisation": "Gazprom Media Holding",
            "summary": "Volunteering that strengthens corporate culture, grows staff skills and "
            "solves social problems."},
     "ru": {"title": "Программа PRO", "region": "", "organisation": "«Газпром-Медиа Холдинг»",
            "summary": "Волонтёрство, которое укрепляет корпоративную культуру, развивает "
            "сотрудников и решает социальные задачи."}},
    {"slug": "family-history-story-of-victory", "category": "school-projects",
     "nomination": "cultural-heritage", "applicant_type": "school_team",
     "en": {"title": "Family History – the Story of Victory", "region": "",
            "summary": "An interactive museum keeping the memory of those who fought in the "
            "Great Patriotic War."},
     "ru": {"title": "История семьи — история Победы", "region": "",
            "summary": "Интерактивный музей, сохраняющий память об участниках Великой "
            "Отечественной войны."}},
    {"slug": "school-yard-area-of-joy", "category": "school-projects",
     "nomination": "pleasant-city", "applicant_type": "school_team",
     "en": {"title": "A School Yard – An Area of Joy", "region": "",
            "summary": "A design project turning a school yard into a beautiful, green place."},
     "ru": {"title": "Школьный двор — территория радости", "region": "",
            "summary": "Дизайн-проект, превращающий школьный двор в красивое зелёное место."}},
    {"slug": "how-not-to-kill-yourself", "category": "school-projects",
     "nomination": "health-of-the-nation", "applicant_type": "school_team",
     "en": {"title": "How Not to Kill Yourself", "region": "",
            "summary": "A guide to a healthy lifestyle written for teenagers."},
     "ru": {"title": "Как не убить себя", "region": "",
            "summary": "Пособие о здоровом образе жизни для подростков."}},
    {"slug": "special-animals", "category": "school-projects", "nomination": "green-country",
     "applicant_type": "school_team",
     "en": {"title": "Special Animals", "region": "",
            "summary": "Wheelchairs for cats and dogs made from polypropylene pipes."},
     "ru": {"title": "Особенные животные", "region": "",
            "summary": "Коляски для кошек и собак из полипропиленовых труб."}},
    {"slug": "legal-axiom", "category": "school-projects", "nomination": "land-of-opportunities",
     "applicant_type": "school_team",
     "en": {"title": "Legal Axiom", "region": "",
            "summary": "Students train as mediators to help with prevention and "
            "rehabilitation work."},
     "ru": {"title": "Правовая аксиома", "region": "",
            "summary": "Школьники учатся медиации, чтобы помогать в профилактической и "
            "реабилитационной работе."}},
]  # fmt: skip

FICTIONAL_ENTRY = {
    "en": "<p><em>A fictional entry created for the demo content.</em></p>",
    "ru": "<p><em>Вымышленная заявка демонстрационного контента.</em></p>",
}

# Fictional international entries: (slug, nomination, world region, en, ru).
INTERNATIONAL_ENTRIES = {
    2023: [
        ("warm-kitchens", "helping-people", "cis",
         ("Warm Kitchens", "Steppe Volunteers", "Kazakhstan", "Hot meals for older neighbours."),
         ("Тёплые кухни", "«Волонтёры степи»", "Казахстан", "Горячие обеды для пожилых соседей.")),
        ("blood-donor-reminder", "technologies-for-life", "europe",
         ("Donor Reminder", "Danube Youth Lab", "Serbia", "An app reminding blood donors when "
          "they can give again."),
         ("Напоминание донору", "«Молодёжная лаборатория Дуная»", "Сербия", "Приложение "
          "напоминает донорам крови, когда можно сдать её снова.")),
        ("village-sms-health", "technologies-for-life", "asia_pacific",
         ("Health by Text", "Lotus Volunteers", "Vietnam", "Text-message health tips for "
          "remote villages."),
         ("Здоровье в SMS", "«Волонтёры лотоса»", "Вьетнам", "Советы о здоровье по SMS для "
          "отдалённых деревень.")),
        ("library-on-wheels", "helping-people", "mena",
         ("Library on Wheels", "Nile Readers", "Egypt", "A van of books for children in small "
          "towns."),
         ("Библиотека на колёсах", "«Читатели Нила»", "Египет", "Фургон с книгами для детей "
          "из небольших городов.")),
        ("solar-classrooms", "technologies-for-life", "africa",
         ("Solar Classrooms", "Baobab Neighbours", "Senegal", "Solar lamps so pupils can study "
          "after dark."),
         ("Солнечные классы", "«Соседи баобаба»", "Сенегал", "Солнечные лампы, чтобы "
          "школьники могли заниматься вечером.")),
        ("open-hands-shelters", "helping-people", "americas",
         ("Open Hands Shelters", "Open Hands Network", "Brazil", "Night shelters run by "
          "volunteers."),
         ("Приюты «Открытые руки»", "Сеть «Открытые руки»", "Бразилия", "Ночные приюты, "
          "которые держат волонтёры.")),
    ],
    2024: [
        ("mountain-first-aid", "helping-people", "cis",
         ("Mountain First Aid", "Pamir Rescue Volunteers", "Tajikistan", "First aid courses "
          "in mountain villages."),
         ("Первая помощь в горах", "«Памирские волонтёры-спасатели»", "Таджикистан",
          "Курсы первой помощи в горных сёлах.")),
        ("river-sensors", "technologies-for-life", "americas",
         ("River Sensors", "Andes Water Watch", "Peru", "Cheap sensors that warn of floods."),
         ("Датчики реки", "«Наблюдатели за водой Анд»", "Перу", "Недорогие датчики, "
          "предупреждающие о паводках.")),
        ("grandparents-online", "helping-people", "europe",
         ("Grandparents Online", "Bridge Generations", "Hungary", "Teenagers teach older "
          "people to use smartphones."),
         ("Бабушки и дедушки онлайн", "«Мост поколений»", "Венгрия", "Подростки учат пожилых "
          "людей пользоваться смартфонами.")),
    ],
}  # fmt: skip

D = datetime.date
CEREMONY_2023 = [("ceremony", D(2023, 12, 4), None)]
# Invented dates within March-December 2024 (the fact sheet gives only the months).
STAGES_2024 = [
    ("applications", D(2024, 3, 15), D(2024, 6, 30)),
    ("expert_review", D(2024, 7, 1), D(2024, 8, 31)),
    ("semifinal", D(2024, 9, 1), D(2024, 9, 30)),
    ("finals", D(2024, 10, 1), D(2024, 11, 15)),
    ("ceremony", D(2024, 12, 3), None),
]

EDITIONS = [
    {"year": 2023, "track": "national", "structure": NATIONAL, "stages": CEREMONY_2023,
     "en": {"title": "Prize 2023: national track", "summary": "<p>The winners were announced "
            "on 4 December 2023 at the forum in Moscow. Volunteers and NGOs could receive up to "
            "2.5 million roubles, school teams up to 600,000.</p>"},
     "ru": {"title": "Премия 2023: национальный трек", "summary": "<p>Победителей объявили "
            "4 декабря 2023 года на форуме в Москве. Волонтёры и НКО могли получить до 2,5 млн "
            "рублей, школьные команды — до 600 000.</p>"}},
    {"year": 2023, "track": "international", "structure": INTERNATIONAL, "countries": 95,
     "stages": CEREMONY_2023,
     "en": {"title": "Prize 2023: international track We are together", "summary": "<p>In "
            "2023 the international track brought together participants from 95 countries. Its "
            "future was discussed at a design session at the forum.</p>"},
     "ru": {"title": "Премия 2023: международный трек We are together", "summary": "<p>В 2023 "
            "году международный трек объединил участников из 95 стран. Его развитие обсудили "
            "на проектировочной сессии форума.</p>"}},
    {"year": 2024, "track": "national", "stages": STAGES_2024,
     "structure": {**NATIONAL, "municipalities": ["regional-programmes"]},
     "en": {"title": "Prize 2024: national track", "summary": "<p>The prize runs from March to "
            "December 2024. New this year: besides projects, people can submit socially "
            "significant acts, patronage and mentoring; municipalities and regions present "
            "their programmes; a federal club of winners and finalists is launched; there are "
            "fewer stages. The organising committee is led by Sergei Kiriyenko and Tatiana "
            "Golikova.</p>"},
     "ru": {"title": "Премия 2024: национальный трек", "summary": "<p>Премия проходит с марта "
            "по декабрь 2024 года. Новое: кроме проектов можно подать общественно значимый "
            "поступок, практику меценатства или наставничества; муниципалитеты и регионы "
            "представляют свои программы; запускается федеральный клуб победителей и "
            "финалистов; этапов стало меньше. Оргкомитет возглавляют Сергей Кириенко и "
            "Татьяна Голикова.</p>"}},
    {"year": 2024, "track": "international", "structure": INTERNATIONAL, "stages": STAGES_2024,
     "en": {"title": "Prize 2024: international track We are together", "summary": "<p>Open "
            "only to foreign volunteers and organisations from the CIS, Europe, Asia-Pacific, "
            "the Middle East and North Africa, Sub-Saharan Africa, and North and South America. "
            "The international directorate is chaired by Leonid Roshal.</p>"},
     "ru": {"title": "Премия 2024: международный трек We are together", "summary": "<p>Только "
            "для иностранных волонтёров и организаций из СНГ, Европы, Азиатско-Тихоокеанского "
            "региона, Ближнего Востока и Северной Африки, Африки южнее Сахары, Северной и "
            "Южной Америки. Международную дирекцию возглавляет Леонид Рошаль.</p>"}},
]  # fmt: skip


def _winner_text(data):
    text = {}
    for lang, country in (("en", "Russia"), ("ru", "Россия")):
        fields = {"organisation": SCHOOL_TEAM[lang], "country": country, **data[lang]}
        text[lang] = fields
    return text


def _international_text(entry):
    _, _, _, en, ru = entry
    return {
        lang: {
            "title": title, "organisation": organisation, "country": country,
            "summary": summary, "description": FICTIONAL_ENTRY[lang],
        }
        for lang, (title, organisation, country, summary) in (("en", en), ("ru", ru))
    }  # fmt: skip


def _edition(*, index, data, locale):
    """One edition with its categories and nominations. Returns {(category, nomination): page}."""
    year, track = data["year"], data["track"]
    image = placeholder_image(title=f"Prize {year} {track}", colour=(180, 30 + year % 10, 70))
    stages = [
        Stage(kind=kind, start_date=start, end_date=end, sort_order=i)
        for i, (kind, start, end) in enumerate(data["stages"])
    ]
    edition, _ = add_bilingual(
        parent=index, model=PrizeEditionPage, text=data, locale=locale, slug=f"{year}-{track}",
        year=year, track=track, countries_count=data.get("countries"), image=image, stages=stages,
    )  # fmt: skip
    nominations = {}
    for key, nomination_keys in data["structure"].items():
        spec = CATEGORIES[key]
        category, _ = add_bilingual(
            parent=edition, model=CategoryPage, text=spec, locale=locale, slug=key,
            grant_limit=spec["grant_limit"],
        )  # fmt: skip
        for slug in nomination_keys:
            en, ru = NOMINATIONS[slug]
            nominations[key, slug], _ = add_bilingual(
                parent=category, model=NominationPage, locale=locale, slug=slug,
                text={"en": {"title": en}, "ru": {"title": ru}},
            )  # fmt: skip
    return nominations


def load(*, home, locale):
    """Create the prize under the English `home`: the index, four editions (2023 and 2024,
    national and international) with categories and nominations, the 2023 national winners
    and fictional international entries, each with a translation in `locale`."""
    index, _ = add_bilingual(
        parent=home, model=PrizeIndexPage, text=PRIZE_INDEX, locale=locale, slug="prize",
        show_in_menus=True,
    )  # fmt: skip
    editions = {
        (e["year"], e["track"]): _edition(index=index, data=e, locale=locale) for e in EDITIONS
    }
    for data in WINNERS_2023:
        nomination = editions[2023, "national"][data["category"], data["nomination"]]
        colour = CATEGORIES[data["category"]]["colour"]
        add_bilingual(
            parent=nomination, model=EntryPage, text=_winner_text(data), locale=locale,
            slug=data["slug"], applicant_type=data["applicant_type"], status="winner",
            place=data.get("place"), world_region="russia", country_code="RU",
            # Only where the announcement names the region; the others stay without one.
            region_code=subject_code(data["en"]["region"]),
            image=placeholder_image(title=f"Category {data['category']}", colour=colour),
        )  # fmt: skip
    for year, status in ((2023, "finalist"), (2024, "applicant")):
        for entry in INTERNATIONAL_ENTRIES[year]:
            slug, nomination_key, world_region = entry[:3]
            add_bilingual(
                parent=editions[year, "international"]["international", nomination_key],
                model=EntryPage, text=_international_text(entry), locale=locale, slug=slug,
                applicant_type="foreign_org", world_region=world_region, status=status,
                country_code=country_code(entry[3][2]),
            )  # fmt: skip
