"""Demo content for the site shell: locales, home page, news, clubs, about, footer, contacts.

Facts come from four public articles about the forum and the prize, retold in our own words;
what is invented (dates of some news, club details, e-mails) is listed in the README. The
helpers that build pages and snippets are in core/demo.py."""

import datetime

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from core.demo import add_bilingual, add_page, add_snippet, placeholder_image, translate_page
from pages.models import (
    ClubIndexPage,
    ClubPage,
    ContactSettings,
    FooterText,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    StandardPage,
)

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "wearetogether"  # documented in the README: change it on a shared machine
HOME_SLUG = "home"


def ensure_admin_user():
    """Create the demo superuser unless a user named admin exists (then give it the name and
    e-mail Wagtail's account settings require, if missing). True when created."""
    users = get_user_model().objects
    existing = users.filter(username=ADMIN_USERNAME).first()
    if existing is not None:
        if not (existing.first_name and existing.last_name and existing.email):
            existing.first_name = existing.first_name or "Demo"
            existing.last_name = existing.last_name or "Administrator"
            existing.email = existing.email or "admin@example.org"
            existing.save(update_fields=["first_name", "last_name", "email"])
        return False
    # Wagtail's account settings require a name and an e-mail address.
    users.create_superuser(
        ADMIN_USERNAME,
        "admin@example.org",
        ADMIN_PASSWORD,
        first_name="Demo",
        last_name="Administrator",
    )
    return True


def demo_home():
    """The demo's English home page when it has been loaded, else None."""
    return HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()


# Content ------------------------------------------------------------------------------------

FACTS = [
    {"en": ("since 2015", "the forum meets every December"),
     "ru": ("с 2015", "форум собирается каждый декабрь")},
    {"en": ("150+", "speakers at the 2023 forum"),
     "ru": ("150+", "спикеров на форуме 2023 года")},
    {"en": ("95", "countries in the international track, 2023"),
     "ru": ("95", "стран в международном треке 2023 года")},
    {"en": ("85", "regions at the first meeting of regional clubs"),
     "ru": ("85", "регионов на первой встрече региональных клубов")},
    {"en": ("2.5 M RUB", "top grant for volunteers and NGOs"),
     "ru": ("2,5 млн ₽", "максимальный грант волонтёрам и НКО")},
]  # fmt: skip

HOME = {
    "en": {
        "title": "#WEARETOGETHER",
        "hero_title": "Civic participation that changes lives",
        "hero_text": "A forum and an international prize for volunteers, non-profits, "
        "businesses and public bodies from Russia and all over the world.",
        "intro": "<p>Every December since 2015, just before International Volunteer Day, the "
        "International Forum for Civic Participation brings the volunteer community to Moscow. "
        "The #WEARETOGETHER Prize supports projects that help people and make life better, in "
        "Russia and abroad.</p>",
        "facts": "The movement in figures",
    },
    "ru": {
        "title": "#МЫВМЕСТЕ",
        "hero_title": "Гражданское участие, которое меняет жизнь",
        "hero_text": "Форум и международная премия для волонтёров, некоммерческих организаций, "
        "бизнеса и государства из России и других стран мира.",
        "intro": "<p>С 2015 года каждый декабрь, накануне Международного дня добровольца, "
        "Международный форум гражданского участия собирает волонтёрское сообщество в Москве. "
        "Премия #МЫВМЕСТЕ поддерживает проекты, которые помогают людям и делают жизнь лучше — "
        "в России и за её пределами.</p>",
        "facts": "Движение в цифрах",
    },
}  # fmt: skip


def home_text(lang):
    text = HOME[lang]
    body = [
        ("paragraph", text["intro"]),
        ("heading", text["facts"]),
        ("facts", [{"figure": f[lang][0], "label": f[lang][1]} for f in FACTS]),
    ]
    fields = ("title", "hero_title", "hero_text")
    return {**{name: text[name] for name in fields}, "body": body}


def load_home(*, locale):
    """Create the English home page as the root of the default site (replacing Wagtail's
    welcome page) and its translation in `locale`. Returns (home_en, home_ru)."""
    root = Page.get_first_root_node()
    for page in root.get_children().exclude(content_type__model="homepage"):
        page.delete()  # Wagtail's "Welcome" page; its Site goes with it and is recreated below
    hero = placeholder_image(title="Home hero", colour=(200, 40, 60), size=(1600, 600))
    home = HomePage(slug=HOME_SLUG, hero_image=hero, **home_text("en"))
    add_page(parent=root, page=home)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.site_name = "#WEARETOGETHER"
    site.save()
    return home, translate_page(page=home, locale=locale, fields=home_text("ru"))


ABOUT = {
    "en": {
        "title": "About",
        "introduction": "Who we are: a forum, a prize and a community of people who help others.",
        "body": [
            ("heading", "The forum"),
            ("paragraph", "<p>The International Forum for Civic Participation #WEARETOGETHER is "
             "about social partnership for sustainable development. It has met in Russia every "
             "year since 2015, from 2 to 5 December, ending on Volunteer Day. In 2023 it was part "
             "of the “Russia” exhibition-forum at VDNKh in Moscow, under the auspices of UNESCO, "
             "with more than 150 speakers from government, NGOs, business and the media.</p>"),
            ("heading", "The prize"),
            ("paragraph", "<p>The #WEARETOGETHER International Prize is founded by the Federal "
             "Agency for Youth Affairs (Rosmolodezh) and organised by the Association of Volunteer "
             "Centres. Since 2020 it has had a national track and an international one, We are "
             "together, open to volunteers and organisations from abroad.</p>"),
            ("heading", "About this demo"),
            ("paragraph", "<p>This site is filled with demo content. Winners, the design session "
             "and its two speakers come from public news; other sessions, speakers and entries "
             "are fictional and marked as such.</p>"),
        ],
    },
    "ru": {
        "title": "О проекте",
        "introduction": "Кто мы: форум, премия и сообщество людей, которые помогают другим.",
        "body": [
            ("heading", "Форум"),
            ("paragraph", "<p>Международный форум гражданского участия #МЫВМЕСТЕ посвящён "
             "социальному партнёрству ради устойчивого развития. Он проходит в России ежегодно "
             "с 2015 года, со 2 по 5 декабря, и завершается в День добровольца. В 2023 году форум "
             "вошёл в программу выставки-форума «Россия» на ВДНХ в Москве, прошёл под эгидой "
             "ЮНЕСКО и собрал более 150 спикеров из власти, НКО, бизнеса и СМИ.</p>"),
            ("heading", "Премия"),
            ("paragraph", "<p>Учредитель Международной премии #МЫВМЕСТЕ — Федеральное агентство "
             "по делам молодёжи (Росмолодёжь), организатор — Ассоциация волонтёрских центров. "
             "С 2020 года у премии два трека: национальный и международный We are together "
             "для волонтёров и организаций из других стран.</p>"),
            ("heading", "Об этом демо"),
            ("paragraph", "<p>Сайт наполнен демонстрационными материалами. Победители, "
             "проектировочная сессия и два её спикера взяты из открытых новостей; остальные "
             "сессии, спикеры и заявки вымышлены и помечены как вымышленные.</p>"),
        ],
    },
}  # fmt: skip

NEWS_INDEX = {
    "en": {"title": "News", "introduction": "Forum, prize and club news."},
    "ru": {"title": "Новости", "introduction": "Новости форума, премии и клубов."},
}

NEWS = [
    {
        "slug": "prize-2023-winners",
        "date": datetime.date(2023, 12, 4),
        "colour": (214, 80, 40),
        "en": {
            "title": "#WEARETOGETHER Prize 2023: meet the winners",
            "introduction": "The national track's winners were named on 4 December 2023 at the "
            "International Forum for Civic Participation in Moscow.",
            "body": [
                ("heading", "Volunteers and NGOs"),
                ("paragraph", "<p><b>Special Case</b> by “Happiness in Life”, the Perm regional "
                 "organisation defending the rights of disabled children and their families, took "
                 "first place among NGOs in Technologies for Life: it films good video lessons of "
                 "special classes for children and helps families pay for extra and remedial "
                 "education.</p><p>Among volunteers, <b>Moscow School of New Professions: "
                 "Lomonosov Studio Virtual Laboratories</b> won with a project that involves young "
                 "people in making and using VR and AR tools, and <b>Kind Things</b> won Helping "
                 "Others with clothes-swap points in six Altai Krai towns: Barnaul, Biysk, Aleisk, "
                 "Yarovoye, Pavlovsk and Rebrikha. Winners in this category can receive grants of "
                 "up to 2.5 million roubles.</p>"),
                ("heading", "Business"),
                ("paragraph", "<p>Small and medium business: <b>Tails and Paws</b> by "
                 "MT-Technologies LLC (Technologies for Life), an online platform to donate to "
                 "animal shelters, adopt a pet or help in other ways; and the <b>Kind Hearts</b> "
                 "corporate volunteer movement of the oil company Bashneft (Helping People), whose "
                 "employees support children in hardship, war veterans and home-front workers.</p>"
                 "<p>Federal business: the <b>Alter Psychologist Recruitment Service</b> by Alter "
                 "LLC, a free online way to find a psychologist anywhere in Russia that also "
                 "builds trust in psychotherapy; and the <b>PRO Programme</b> of Gazprom Media "
                 "Holding, "
                 "which uses volunteering to strengthen corporate culture, train staff and solve "
                 "social problems. These winners are invited, free of charge, to next year's St "
                 "Petersburg International Economic Forum and the Mobility Programme Education "
                 "Internship.</p>"),
                ("heading", "School projects (ages 14-17)"),
                ("paragraph", "<ul><li><b>Family History – the Story of Victory</b> (Cultural "
                 "Heritage): an interactive museum keeping alive the memory of those who fought "
                 "in the Great Patriotic War.</li><li><b>A School Yard – An Area of Joy</b> "
                 "(Pleasant City): a design project for a beautiful, green school yard.</li>"
                 "<li><b>How Not to Kill Yourself</b> (Health of the Nation): a healthy-living "
                 "guide for teenagers.</li><li><b>Special Animals</b> (Green Country): wheelchairs "
                 "for cats and dogs built from polypropylene pipes.</li><li><b>Legal Axiom</b> "
                 "(Land of Opportunities): a course training students as mediators for prevention "
                 "and rehabilitation work.</li></ul><p>School winners can receive up to 600,000 "
                 "roubles.</p>"),
                ("paragraph", "<p>At the ceremony President Vladimir Putin said he would support "
                 "a law on insurance for volunteers, an idea put forward in November 2022 by the "
                 "chair of the State Duma committee on youth policy.</p>"),
            ],
        },
        "ru": {
            "title": "Премия #МЫВМЕСТЕ 2023: победители",
            "introduction": "Победителей национального трека назвали 4 декабря 2023 года на "
            "Международном форуме гражданского участия в Москве.",
            "body": [
                ("heading", "Волонтёры и НКО"),
                ("paragraph", "<p>Первое место среди НКО в номинации «Технологии для жизни» занял "
                 "проект <b>«Особый случай»</b> пермской региональной организации по защите прав "
                 "детей-инвалидов и их семей «Счастье в жизни»: команда снимает качественные "
                 "видеоуроки коррекционных занятий и помогает семьям оплачивать дополнительное "
                 "образование.</p><p>Среди волонтёров победили проект <b>«Московская школа новых "
                 "профессий: виртуальные лаборатории Студии Ломоносова»</b>, который вовлекает "
                 "молодёжь в создание и использование VR- и AR-технологий, и <b>«Добрые вещи»</b> "
                 "в номинации «Помогать людям» — пункты обмена одеждой в шести городах Алтайского "
                 "края: Барнауле, Бийске, Алейске, Яровом, Павловске и Ребрихе. Победители "
                 "категории могут получить гранты до 2,5 млн рублей.</p>"),
                ("heading", "Бизнес"),
                ("paragraph", "<p>Малый и средний бизнес: <b>«Хвосты и лапы»</b> ООО "
                 "«МТ-Технологии» («Технологии для жизни») — онлайн-платформа, где можно "
                 "пожертвовать приюту, найти питомца или помочь иначе, и корпоративное "
                 "волонтёрское движение <b>«Добрые сердца»</b> нефтяной компании «Башнефть» "
                 "(«Помогать людям»): "
                 "сотрудники помогают детям в трудной ситуации, ветеранам войны и труженикам "
                 "тыла.</p><p>Федеральный бизнес: <b>сервис подбора психологов «Альтер»</b> "
                 "ООО «Альтер» — бесплатный онлайн-сервис, который помогает найти психолога в "
                 "любом регионе и повышает доверие к психотерапии, и <b>«Программа PRO»</b> "
                 "«Газпром-Медиа Холдинга», развивающая через волонтёрство корпоративную культуру, "
                 "навыки сотрудников и решение социальных задач. Эти победители бесплатно примут "
                 "участие в ПМЭФ следующего года и в образовательной стажировке «Программа "
                 "мобильности».</p>"),
                ("heading", "Школьные проекты (14–17 лет)"),
                ("paragraph", "<ul><li><b>«История семьи — история Победы»</b> («Культурное "
                 "наследие»): интерактивный музей, сохраняющий память об участниках Великой "
                 "Отечественной войны.</li><li><b>«Школьный двор — территория радости»</b> "
                 "(«Комфортный город»): дизайн-проект красивого и зелёного школьного двора.</li>"
                 "<li><b>«Как не убить себя»</b> («Здоровье нации»): пособие о здоровом образе "
                 "жизни для подростков.</li><li><b>«Особенные животные»</b> («Зелёная страна»): "
                 "коляски для кошек и собак из полипропиленовых труб.</li><li><b>«Правовая "
                 "аксиома»</b> («Страна возможностей»): курс, готовящий школьников-медиаторов для "
                 "профилактической и реабилитационной работы.</li></ul><p>Школьные команды-"
                 "победители могут получить до 600 000 рублей.</p>"),
                ("paragraph", "<p>На церемонии президент Владимир Путин заявил, что поддержит "
                 "закон о страховании волонтёров; эту идею в ноябре 2022 года предложил "
                 "председатель профильного комитета Госдумы по молодёжной политике.</p>"),
            ],
        },
    },
    {
        "slug": "regional-clubs-first-meeting",
        "date": datetime.date(2021, 3, 22),
        "colour": (40, 120, 200),
        "en": {
            "title": "Regional #WEARETOGETHER clubs meet face to face for the first time",
            "introduction": "Volunteer headquarters from 85 regions of Russia gathered in Moscow "
            "in March 2021, a year after the mutual aid campaign began.",
            "body": [
                ("paragraph", "<p>The meeting marked the first anniversary of the #WEARETOGETHER "
                 "mutual aid campaign, launched on 21 March 2020 as COVID-19 spread. Among the "
                 "guests was Abuzagir Ibragimov, a student of Dagestan State Medical University "
                 "who coordinates the Medical Volunteers movement in the Republic of Dagestan.</p>"
                 "<p>Participants discussed what comes after the pandemic, presented their "
                 "projects, compared their best cases, drafted a development strategy for 2021 "
                 "and took a master class on building a community, with the Elbrus club as the "
                 "example.</p><p>Maria Yakunchikova, deputy chair of the Medical Volunteers "
                 "movement, told them that the campaign had made doing good fashionable and that "
                 "the habits of mutual help formed during the pandemic must be kept.</p>"),
                ("heading", "The campaign in figures"),
                ("facts", [
                    {"figure": "186,298", "label": "volunteers joined the campaign"},
                    {"figure": "4.8 million", "label": "people received help"},
                ]),
                ("paragraph", "<p>Volunteers brought food to older people, helped doctors in "
                 "the “red zones” of COVID hospitals and gave psychological support. After the "
                 "campaign, regional clubs grew out of it, uniting volunteers, NGOs, businesses "
                 "and caring citizens.</p>"),
            ],
        },
        "ru": {
            "title": "Региональные клубы #МЫВМЕСТЕ впервые встретились очно",
            "introduction": "В марте 2021 года в Москву приехали представители волонтёрских "
            "штабов из 85 регионов — через год после старта акции взаимопомощи.",
            "body": [
                ("paragraph", "<p>Встреча была приурочена к годовщине акции взаимопомощи "
                 "#МЫВМЕСТЕ, которая стартовала 21 марта 2020 года из-за распространения COVID-19. "
                 "Среди гостей был Абузагир Ибрагимов — студент ДГМУ и региональный координатор "
                 "движения «Волонтёры-медики» в Республике Дагестан.</p><p>Участники обсудили "
                 "планы на время после пандемии, представили свои проекты, обменялись лучшими "
                 "практиками, подготовили стратегию развития на 2021 год и прошли мастер-класс "
                 "по созданию сообществ на примере клуба «Эльбрус».</p><p>Заместитель "
                 "председателя движения «Волонтёры-медики» Мария Якунчикова отметила, что акция "
                 "сделала добрые дела трендом и что привычку помогать друг другу, сложившуюся в "
                 "пандемию, важно сохранить.</p>"),
                ("heading", "Акция в цифрах"),
                ("facts", [
                    {"figure": "186 298", "label": "волонтёров присоединились к акции"},
                    {"figure": "4,8 млн", "label": "человек получили помощь"},
                ]),
                ("paragraph", "<p>Волонтёры доставляли продукты пожилым людям, помогали врачам в "
                 "«красных зонах» ковидных госпиталей и оказывали психологическую поддержку. По "
                 "итогам акции в регионах появились клубы, в которые вошли волонтёры, НКО, "
                 "бизнес и неравнодушные жители.</p>"),
            ],
        },
    },
    {
        "slug": "international-track-design-session",
        "date": datetime.date(2023, 12, 3),
        "colour": (30, 150, 110),
        "en": {
            "title": "A design session on the future of the international track",
            "introduction": "Participants of the We Are Together track suggested how the prize "
            "could grow in 2024.",
            "body": [
                ("paragraph", "<p>The session took place in the House of Youth at VDNKh, where "
                 "the forum ran as part of the “Russia” exhibition-forum. The question was which "
                 "nominations the prize lacks and how to bring finalists and laureates together "
                 "and support them.</p><p>Jan Ling, executive director of CICA, the Conference on "
                 "Interaction and Confidence Building Measures in Asia, said the organisation's "
                 "office in Kazakhstan plans a gathering of CIS volunteer leaders in Astana in "
                 "2024, and called the track's participants leaders and heroes of our time.</p>"
                 "<p>Pavel Savchuk, Chairman of the Russian Red Cross and co-chair of the prize's "
                 "international directorate, said applications to the track had grown sharply: "
                 "this year it brought together people from 95 countries.</p>"),
                ("heading", "Four working groups"),
                ("paragraph", "<ul><li>prize nominations</li><li>the community of laureates</li>"
                 "<li>information support</li><li>internships and events for track participants"
                 "</li></ul>"),
                ("heading", "What participants proposed"),
                ("paragraph", "<ul><li>a special prize for young volunteers</li><li>more working "
                 "meetings and sessions for finalists and laureates</li><li>wider media coverage "
                 "of prize events</li><li>bringing the track's events into university communities"
                 "</li><li>inviting major fundraisers to back finalists' projects</li></ul><p>The "
                 "international directorate will study every idea; Pavel Savchuk promised the "
                 "results would make next year's prize better.</p>"),
            ],
        },
        "ru": {
            "title": "Проектировочная сессия о будущем международного трека",
            "introduction": "Участники трека We Are Together предложили, как развивать премию "
            "в 2024 году.",
            "body": [
                ("paragraph", "<p>Сессия прошла в Доме молодёжи на ВДНХ: форум в этом году стал "
                 "частью выставки-форума «Россия». Обсуждали, каких номинаций не хватает премии и "
                 "как объединить и поддержать финалистов и лауреатов.</p><p>Джан Линг, "
                 "исполнительный директор Совещания по взаимодействию и мерам доверия в Азии "
                 "(СВМДА), рассказала, что представительство организации в Казахстане планирует "
                 "в 2024 году собрать в Астане лидеров волонтёрских движений СНГ, и назвала "
                 "участников трека лидерами и героями нашего времени.</p><p>Павел Савчук, "
                 "председатель Российского Красного Креста и сопредседатель международной "
                 "дирекции премии, отметил заметный рост числа заявок: в этом году трек объединил "
                 "участников из 95 стран.</p>"),
                ("heading", "Четыре рабочие группы"),
                ("paragraph", "<ul><li>номинации премии</li><li>сообщество лауреатов</li>"
                 "<li>информационная поддержка</li><li>стажировки и мероприятия для участников "
                 "трека</li></ul>"),
                ("heading", "Что предложили участники"),
                ("paragraph", "<ul><li>специальный приз для молодых волонтёров</li><li>больше "
                 "рабочих встреч и сессий для финалистов и лауреатов</li><li>шире освещать "
                 "события премии в СМИ</li><li>встроить мероприятия трека в жизнь университетов"
                 "</li><li>привлекать крупных фандрайзеров к поддержке проектов-финалистов</li>"
                 "</ul><p>Международная дирекция изучит все идеи; Павел Савчук пообещал, что "
                 "итоги обсуждения помогут улучшить премию в следующем году.</p>"),
            ],
        },
    },
    {
        "slug": "prize-2024-at-a-glance",
        "date": datetime.date(2024, 3, 1),
        "colour": (120, 60, 170),
        "en": {
            "title": "The #WEARETOGETHER Prize 2024 at a glance",
            "introduction": "From March to December 2024 the prize runs in two tracks, national "
            "and international.",
            "body": [
                ("paragraph", "<p>The prize grew out of the Volunteer of Russia contest and the "
                 "#WEARETOGETHER campaign, adding an international competition for achievement and "
                 "public recognition. Volunteers of the campaign proposed it to President Vladimir "
                 "Putin in 2020, and it became part of his instruction No. Pr-1150 of 23 July "
                 "2020. Since then there have been two tracks: the national #WEARETOGETHER and the "
                 "international We are together.</p><p>The founder is the Federal Agency for Youth "
                 "Affairs (Rosmolodezh) and the organiser the Association of Volunteer Centres, "
                 "with support from the national project “Education”. The organising committee is "
                 "led by Sergei Kiriyenko, First Deputy Head of the Presidential Executive Office, "
                 "and Deputy Prime Minister Tatiana Golikova; the international directorate is "
                 "chaired by Leonid Roshal, president of the National Medical Chamber.</p>"),
                ("heading", "New in 2024"),
                ("paragraph", "<ul><li>The national track accepts socially significant acts, "
                 "patronage and mentoring as well as projects.</li><li>Municipalities and regions "
                 "can submit their programmes for NGOs, volunteering and charity.</li><li>A "
                 "federal #WEARETOGETHER club of winners and finalists is launched.</li><li>There "
                 "are fewer stages, and new tasks help participants develop their projects and "
                 "meet the community.</li></ul>"),
                ("heading", "International track"),
                ("paragraph", "<p>We are together accepts only foreign volunteers and "
                 "organisations, from the CIS, Europe, Asia-Pacific, the Middle East and North "
                 "Africa, Sub-Saharan Africa, and North and South America. The award ceremony is "
                 "traditionally attended by the President of Russia.</p>"),
            ],
        },
        "ru": {
            "title": "Премия #МЫВМЕСТЕ 2024: главное",
            "introduction": "С марта по декабрь 2024 года премия проходит в двух треках — "
            "национальном и международном.",
            "body": [
                ("paragraph", "<p>Премия выросла из конкурса «Доброволец России» и акции "
                 "#МЫВМЕСТЕ, добавив к ним международный конкурс достижений и общественного "
                 "признания. Идею в 2020 году предложили президенту Владимиру Путину волонтёры "
                 "акции, и она вошла в его поручение № Пр-1150 от 23 июля 2020 года. С тех пор у "
                 "премии два трека: национальный #МЫВМЕСТЕ и международный We are together.</p>"
                 "<p>Учредитель — Федеральное агентство по делам молодёжи (Росмолодёжь), "
                 "организатор — Ассоциация волонтёрских центров, поддержка — национальный проект "
                 "«Образование». Оргкомитет возглавляют первый заместитель руководителя "
                 "Администрации Президента Сергей Кириенко и вице-премьер Татьяна Голикова; "
                 "международную дирекцию — президент Национальной медицинской палаты Леонид "
                 "Рошаль.</p>"),
                ("heading", "Что нового в 2024 году"),
                ("paragraph", "<ul><li>В национальный трек можно подать не только проект, но и "
                 "общественно значимый поступок, практику меценатства или наставничества.</li>"
                 "<li>Муниципалитеты и регионы представят свои программы развития НКО, "
                 "волонтёрства и благотворительности.</li><li>Запускается федеральный клуб "
                 "#МЫВМЕСТЕ из победителей и финалистов.</li><li>Этапов стало меньше, а новые "
                 "задания помогают развивать проекты и знакомиться с сообществом.</li></ul>"),
                ("heading", "Международный трек"),
                ("paragraph", "<p>В трек We are together принимают заявки только иностранных "
                 "волонтёров и организаций из СНГ, Европы, Азиатско-Тихоокеанского региона, "
                 "Ближнего Востока и Северной Африки, Африки южнее Сахары, Северной и Южной "
                 "Америки. Церемонию награждения по традиции посещает Президент России.</p>"),
            ],
        },
    },
]  # fmt: skip

CLUB_INDEX = {
    "en": {"title": "Clubs", "introduction": "<p>After the 2020 mutual aid campaign, "
           "#WEARETOGETHER clubs appeared across Russia, uniting volunteers, NGOs, businesses and "
           "caring citizens. From 2024 a federal club brings together the prize's winners and "
           "finalists.</p>"},
    "ru": {"title": "Клубы", "introduction": "<p>После акции взаимопомощи 2020 года по всей "
           "России появились клубы #МЫВМЕСТЕ, объединившие волонтёров, НКО, бизнес и "
           "неравнодушных жителей. С 2024 года работает федеральный клуб победителей и "
           "финалистов премии.</p>"},
}  # fmt: skip

# Regional details (cities, descriptions, e-mails) are illustrative; see the README.
CLUBS = [
    {"slug": "federal-club", "kind": ClubPage.Kind.FEDERAL, "email": "club@example.org",
     "en": {"title": "Federal club of winners and finalists", "region": "", "city": "Moscow",
            "description": "<p>A standing community of the prize's winners and finalists, "
            "launched in 2024, where participants grow their projects and learn from each other. "
            "The Association of Volunteer Centres and its partners moderate it.</p>"},
     "ru": {"title": "Федеральный клуб победителей и финалистов", "region": "", "city": "Москва",
            "description": "<p>Постоянное сообщество победителей и финалистов премии, "
            "запущенное в 2024 году: участники развивают проекты и учатся друг у друга. "
            "Модерацию ведут Ассоциация волонтёрских центров и партнёры.</p>"}},
    {"slug": "dagestan", "email": "dagestan@example.org",
     "en": {"title": "#WEARETOGETHER club, Republic of Dagestan", "region": "Republic of Dagestan",
            "city": "Makhachkala", "description": "<p>Grew out of the 2020 campaign with strong "
            "participation of medical volunteers and students.</p>"},
     "ru": {"title": "Клуб #МЫВМЕСТЕ, Республика Дагестан", "region": "Республика Дагестан",
            "city": "Махачкала", "description": "<p>Вырос из акции 2020 года; в нём много "
            "волонтёров-медиков и студентов.</p>"}},
    {"slug": "altai-krai", "email": "altai@example.org",
     "en": {"title": "#WEARETOGETHER club, Altai Krai", "region": "Altai Krai", "city": "Barnaul",
            "description": "<p>Volunteers and NGOs from Barnaul and the towns of the krai, home "
            "of the Kind Things clothes-swap project.</p>"},
     "ru": {"title": "Клуб #МЫВМЕСТЕ, Алтайский край", "region": "Алтайский край",
            "city": "Барнаул", "description": "<p>Волонтёры и НКО Барнаула и городов края; здесь "
            "родился проект обмена одеждой «Добрые вещи».</p>"}},
    {"slug": "perm-krai", "email": "perm@example.org",
     "en": {"title": "#WEARETOGETHER club, Perm Krai", "region": "Perm Krai", "city": "Perm",
            "description": "<p>NGOs helping families of children with disabilities, and their "
            "volunteers.</p>"},
     "ru": {"title": "Клуб #МЫВМЕСТЕ, Пермский край", "region": "Пермский край", "city": "Пермь",
            "description": "<p>НКО, помогающие семьям детей с инвалидностью, и их "
            "волонтёры.</p>"}},
    {"slug": "bashkortostan", "email": "ufa@example.org",
     "en": {"title": "#WEARETOGETHER club, Republic of Bashkortostan",
            "region": "Republic of Bashkortostan", "city": "Ufa",
            "description": "<p>Brings corporate volunteers and local NGOs together.</p>"},
     "ru": {"title": "Клуб #МЫВМЕСТЕ, Республика Башкортостан",
            "region": "Республика Башкортостан", "city": "Уфа",
            "description": "<p>Объединяет корпоративных волонтёров и местные НКО.</p>"}},
    {"slug": "moscow", "email": "moscow@example.org",
     "en": {"title": "#WEARETOGETHER club, Moscow", "region": "Moscow", "city": "Moscow",
            "description": "<p>Volunteer centres, universities and businesses of the capital."
            "</p>"},
     "ru": {"title": "Клуб #МЫВМЕСТЕ, Москва", "region": "Москва", "city": "Москва",
            "description": "<p>Волонтёрские центры, университеты и компании столицы.</p>"}},
]  # fmt: skip

FOOTER = {
    "en": {"body": "<p>#WEARETOGETHER: International Forum for Civic Participation and "
           "International Prize. Demo content; fictional people and projects are marked.</p>"},
    "ru": {"body": "<p>#МЫВМЕСТЕ: Международный форум гражданского участия и Международная "
           "премия. Демонстрационные материалы; вымышленные люди и проекты отмечены.</p>"},
}  # fmt: skip


def load(*, home, locale):
    """Create news, clubs and the About page under the English `home` (with translations in
    `locale`), the footer text and the default site's contacts."""
    news_index, _ = add_bilingual(
        parent=home, model=NewsIndexPage, text=NEWS_INDEX, locale=locale, slug="news",
        show_in_menus=True,
    )  # fmt: skip
    for item in NEWS:
        image = placeholder_image(title=f"News {item['slug']}", colour=item["colour"])
        add_bilingual(
            parent=news_index, model=NewsArticlePage, text=item, locale=locale,
            slug=item["slug"], date=item["date"], image=image,
        )  # fmt: skip
    club_index, _ = add_bilingual(
        parent=home, model=ClubIndexPage, text=CLUB_INDEX, locale=locale, slug="clubs",
        show_in_menus=True,
    )  # fmt: skip
    for club in CLUBS:
        add_bilingual(
            parent=club_index, model=ClubPage, text=club, locale=locale, slug=club["slug"],
            kind=club.get("kind", ClubPage.Kind.REGIONAL), contact_email=club["email"],
        )  # fmt: skip
    add_bilingual(
        parent=home, model=StandardPage, text=ABOUT, locale=locale, slug="about",
        show_in_menus=True,
    )  # fmt: skip
    if not FooterText.objects.exists():
        add_snippet(model=FooterText, text=FOOTER, locale=locale)
    site = Site.objects.get(is_default_site=True)
    contacts = ContactSettings.for_site(site)
    contacts.email = contacts.email or "hello@example.org"
    contacts.save()
