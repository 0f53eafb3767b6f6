"""Where entries come from: Russia's federal subjects (ISO 3166-2:RU codes) and countries
(ISO 3166-1 alpha-2), with their names in English and Russian, and each subject's square on
the atlas's tile grid.

The 85 subjects are those the prize counts ("85 Russian regions"). ISO 3166-2:RU has no
codes for the Republic of Crimea and Sevastopol; they take RU-CR and RU-SEV, as Russian
registers do. Country names come from pycountry (ISO 3166-1 and its Russian translation).

The tile grid is a cartogram: every subject is one square at a fixed position, west to east
and north to south, so Moscow weighs as much as Yakutia. It is our own layout, drawn for
this site, not a geographic map."""

import gettext
from dataclasses import dataclass
from functools import cache

import pycountry
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Subject:
    code: str
    name_en: str
    name_ru: str
    x: int
    y: int

    def name(self, language):
        return self.name_ru if language == "ru" else self.name_en


SUBJECTS = (
    Subject("RU-MUR", "Murmansk Oblast", "Мурманская область", 2, 0),
    Subject("RU-NEN", "Nenets Autonomous Okrug", "Ненецкий автономный округ", 6, 0),
    Subject("RU-YAN", "Yamalo-Nenets Autonomous Okrug", "Ямало-Ненецкий автономный округ", 9, 1),
    Subject("RU-CHU", "Chukotka Autonomous Okrug", "Чукотский автономный округ", 17, 1),
    Subject("RU-KR", "Republic of Karelia", "Республика Карелия", 2, 1),
    Subject("RU-ARK", "Arkhangelsk Oblast", "Архангельская область", 4, 1),
    Subject("RU-KO", "Komi Republic", "Республика Коми", 6, 1),
    Subject(
        "RU-KHM",
        "Khanty-Mansi Autonomous Okrug – Yugra",
        "Ханты-Мансийский автономный округ — Югра",
        8,
        1,
    ),
    Subject("RU-KYA", "Krasnoyarsk Krai", "Красноярский край", 11, 2),
    Subject("RU-SA", "Sakha Republic (Yakutia)", "Республика Саха (Якутия)", 13, 2),
    Subject("RU-MAG", "Magadan Oblast", "Магаданская область", 16, 2),
    Subject("RU-SPE", "Saint Petersburg", "Санкт-Петербург", 1, 2),
    Subject("RU-LEN", "Leningrad Oblast", "Ленинградская область", 2, 2),
    Subject("RU-VLG", "Vologda Oblast", "Вологодская область", 3, 2),
    Subject("RU-KOS", "Kostroma Oblast", "Костромская область", 4, 2),
    Subject("RU-KIR", "Kirov Oblast", "Кировская область", 5, 2),
    Subject("RU-PER", "Perm Krai", "Пермский край", 6, 2),
    Subject("RU-SVE", "Sverdlovsk Oblast", "Свердловская область", 7, 2),
    Subject("RU-TYU", "Tyumen Oblast", "Тюменская область", 8, 2),
    Subject("RU-TOM", "Tomsk Oblast", "Томская область", 10, 2),
    Subject("RU-IRK", "Irkutsk Oblast", "Иркутская область", 12, 2),
    Subject("RU-AMU", "Amur Oblast", "Амурская область", 14, 2),
    Subject("RU-KHA", "Khabarovsk Krai", "Хабаровский край", 15, 2),
    Subject("RU-KAM", "Kamchatka Krai", "Камчатский край", 17, 3),
    Subject("RU-PSK", "Pskov Oblast", "Псковская область", 1, 3),
    Subject("RU-NGR", "Novgorod Oblast", "Новгородская область", 2, 3),
    Subject("RU-YAR", "Yaroslavl Oblast", "Ярославская область", 3, 3),
    Subject("RU-IVA", "Ivanovo Oblast", "Ивановская область", 4, 3),
    Subject("RU-ME", "Mari El Republic", "Республика Марий Эл", 5, 3),
    Subject("RU-UD", "Udmurt Republic", "Удмуртская Республика", 6, 3),
    Subject("RU-CHE", "Chelyabinsk Oblast", "Челябинская область", 7, 3),
    Subject("RU-KGN", "Kurgan Oblast", "Курганская область", 8, 3),
    Subject("RU-OMS", "Omsk Oblast", "Омская область", 9, 3),
    Subject("RU-NVS", "Novosibirsk Oblast", "Новосибирская область", 10, 3),
    Subject("RU-KEM", "Kemerovo Oblast – Kuzbass", "Кемеровская область — Кузбасс", 11, 3),
    Subject("RU-BU", "Republic of Buryatia", "Республика Бурятия", 12, 3),
    Subject("RU-ZAB", "Zabaykalsky Krai", "Забайкальский край", 13, 3),
    Subject("RU-YEV", "Jewish Autonomous Oblast", "Еврейская автономная область", 14, 3),
    Subject("RU-PRI", "Primorsky Krai", "Приморский край", 15, 3),
    Subject("RU-SAK", "Sakhalin Oblast", "Сахалинская область", 16, 3),
    Subject("RU-KGD", "Kaliningrad Oblast", "Калининградская область", 0, 4),
    Subject("RU-SMO", "Smolensk Oblast", "Смоленская область", 1, 4),
    Subject("RU-TVE", "Tver Oblast", "Тверская область", 2, 4),
    Subject("RU-MOW", "Moscow", "Москва", 3, 4),
    Subject("RU-VLA", "Vladimir Oblast", "Владимирская область", 4, 4),
    Subject("RU-NIZ", "Nizhny Novgorod Oblast", "Нижегородская область", 5, 4),
    Subject("RU-CU", "Chuvash Republic", "Чувашская Республика", 6, 4),
    Subject("RU-TA", "Republic of Tatarstan", "Республика Татарстан", 7, 4),
    Subject("RU-BA", "Republic of Bashkortostan", "Республика Башкортостан", 8, 4),
    Subject("RU-ALT", "Altai Krai", "Алтайский край", 10, 4),
    Subject("RU-KK", "Republic of Khakassia", "Республика Хакасия", 11, 4),
    Subject("RU-TY", "Tuva Republic", "Республика Тыва", 12, 4),
    Subject("RU-BRY", "Bryansk Oblast", "Брянская область", 1, 5),
    Subject("RU-KLU", "Kaluga Oblast", "Калужская область", 2, 5),
    Subject("RU-MOS", "Moscow Oblast", "Московская область", 3, 5),
    Subject("RU-RYA", "Ryazan Oblast", "Рязанская область", 4, 5),
    Subject("RU-MO", "Republic of Mordovia", "Республика Мордовия", 5, 5),
    Subject("RU-ULY", "Ulyanovsk Oblast", "Ульяновская область", 6, 5),
    Subject("RU-SAM", "Samara Oblast", "Самарская область", 7, 5),
    Subject("RU-ORE", "Orenburg Oblast", "Оренбургская область", 8, 5),
    Subject("RU-AL", "Altai Republic", "Республика Алтай", 11, 5),
    Subject("RU-ORL", "Oryol Oblast", "Орловская область", 1, 6),
    Subject("RU-TUL", "Tula Oblast", "Тульская область", 2, 6),
    Subject("RU-LIP", "Lipetsk Oblast", "Липецкая область", 3, 6),
    Subject("RU-TAM", "Tambov Oblast", "Тамбовская область", 4, 6),
    Subject("RU-PNZ", "Penza Oblast", "Пензенская область", 5, 6),
    Subject("RU-SAR", "Saratov Oblast", "Саратовская область", 6, 6),
    Subject("RU-KRS", "Kursk Oblast", "Курская область", 1, 7),
    Subject("RU-BEL", "Belgorod Oblast", "Белгородская область", 2, 7),
    Subject("RU-VOR", "Voronezh Oblast", "Воронежская область", 3, 7),
    Subject("RU-VGG", "Volgograd Oblast", "Волгоградская область", 4, 7),
    Subject("RU-AST", "Astrakhan Oblast", "Астраханская область", 5, 7),
    Subject("RU-SEV", "Sevastopol", "Севастополь", 0, 8),
    Subject("RU-CR", "Republic of Crimea", "Республика Крым", 1, 8),
    Subject("RU-KDA", "Krasnodar Krai", "Краснодарский край", 2, 8),
    Subject("RU-ROS", "Rostov Oblast", "Ростовская область", 3, 8),
    Subject("RU-KL", "Republic of Kalmykia", "Республика Калмыкия", 4, 8),
    Subject("RU-AD", "Republic of Adygea", "Республика Адыгея", 2, 9),
    Subject("RU-KC", "Karachay-Cherkess Republic", "Карачаево-Черкесская Республика", 3, 9),
    Subject("RU-STA", "Stavropol Krai", "Ставропольский край", 4, 9),
    Subject("RU-CE", "Chechen Republic", "Чеченская Республика", 5, 9),
    Subject("RU-DA", "Republic of Dagestan", "Республика Дагестан", 6, 9),
    Subject("RU-KB", "Kabardino-Balkar Republic", "Кабардино-Балкарская Республика", 3, 10),
    Subject(
        "RU-SE", "Republic of North Ossetia – Alania", "Республика Северная Осетия — Алания", 4, 10
    ),
    Subject("RU-IN", "Republic of Ingushetia", "Республика Ингушетия", 5, 10),
)
SUBJECTS_BY_CODE = {s.code: s for s in SUBJECTS}
GRID_WIDTH = max(s.x for s in SUBJECTS) + 1
GRID_HEIGHT = max(s.y for s in SUBJECTS) + 1

# Names editors and older data use for a subject, besides its two official names.
SUBJECT_ALIASES = {
    "moscow city": "RU-MOW",
    "st petersburg": "RU-SPE",
    "st. petersburg": "RU-SPE",
    "yakutia": "RU-SA",
    "crimea": "RU-CR",
    "kuzbass": "RU-KEM",
    "kemerovo oblast": "RU-KEM",
    "yugra": "RU-KHM",
    "khanty-mansi autonomous okrug": "RU-KHM",
    "north ossetia": "RU-SE",
    "chuvashia": "RU-CU",
    "udmurtia": "RU-UD",
    "tatarstan": "RU-TA",
    "bashkortostan": "RU-BA",
}
# Country names pycountry does not know by these spellings.
COUNTRY_ALIASES = {"russia": "RU", "россия": "RU", "vietnam": "VN", "south korea": "KR"}


def _language():
    return (translation.get_language() or "en").split("-")[0]


def subject_choices():
    """("", "---") and (code, name) of every subject in the active language, by name: the
    admin's select."""
    language = _language()
    subjects = sorted(((s.code, s.name(language)) for s in SUBJECTS), key=lambda c: c[1])
    return [("", "---------"), *subjects]


def validate_subject_code(value):
    if value and value not in SUBJECTS_BY_CODE:
        raise ValidationError(_("Unknown federal subject code: %(code)s"), params={"code": value})


def validate_country_code(value):
    if value and pycountry.countries.get(alpha_2=value) is None:
        raise ValidationError(_("Unknown country code: %(code)s"), params={"code": value})


def subject_name(code, *, language):
    """The subject's name in `language` ("en" or "ru"); "" for an unknown code."""
    subject = SUBJECTS_BY_CODE.get(code)
    return subject.name(language) if subject else ""


@cache
def _names_by_text():
    names = {}
    for s in SUBJECTS:
        names[s.name_en.casefold()] = s.code
        names[s.name_ru.casefold()] = s.code
    names.update(SUBJECT_ALIASES)
    return names


def subject_code(text):
    """The code of the subject named `text` in English or Russian (any case), else ""."""
    return _names_by_text().get(" ".join(str(text or "").split()).casefold(), "")


@cache
def _russian_countries():
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])


def country_choices():
    """("", "---") and (alpha-2 code, name) of every ISO 3166-1 country in the active
    language, by name: the admin's select."""
    language = _language()
    countries = (
        (c.alpha_2, country_name(c.alpha_2, language=language)) for c in pycountry.countries
    )
    return [("", "---------"), *sorted(countries, key=lambda item: item[1])]


def _common_name(country):
    return getattr(country, "common_name", None) or country.name


def country_name(code, *, language):
    """The country's name in `language` ("en" or "ru"); "" for an unknown code."""
    country = pycountry.countries.get(alpha_2=code or "")
    if country is None:
        return ""
    if language == "ru":
        return _russian_countries().gettext(country.name)
    return _common_name(country)


@cache
def _russian_names():
    return {_russian_countries().gettext(c.name).casefold(): c.alpha_2 for c in pycountry.countries}


def country_code(text):
    """The alpha-2 code of the country named `text` in English or Russian, else ""."""
    key = " ".join(str(text or "").split()).casefold()
    if not key:
        return ""
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    if key in _russian_names():
        return _russian_names()[key]
    try:
        return pycountry.countries.lookup(key).alpha_2
    except LookupError:
        return ""


# The prize's world regions, by ISO 3166-1 country (each inhabited country in exactly one;
# tests/prize/test_geography.py checks every code pycountry knows). CIS: the members and
# the associate Turkmenistan; Georgia and Ukraine count as Europe, Turkey as Europe, Sudan
# and Djibouti as the Middle East and North Africa, Afghanistan as Asia-Pacific.
WORLD_REGION_COUNTRIES = {
    "russia": "RU",
    "cis": "AM AZ BY KG KZ MD TJ TM UZ",
    "europe": (
        "AD AL AT AX BA BE BG CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT "
        "JE LI LT LU LV MC ME MK MT NL NO PL PT RO RS SE SI SJ SK SM TR UA VA"
    ),
    "asia_pacific": (
        "AF AS AU BD BN BT CC CK CN CX FJ FM GU HK ID IN IO JP KH KI KP KR LA LK MH MM MN MO "
        "MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TK TL TO TV TW VN VU WF WS"
    ),
    "mena": "AE BH DJ DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE",
    "africa": (
        "AO BF BI BJ BW CD CF CG CI CM CV ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MR MU MW "
        "MZ NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TG TZ UG YT ZA ZM ZW"
    ),
    "americas": (
        "AG AI AR AW BB BL BM BO BQ BR BS BZ CA CL CO CR CU CW DM DO EC FK GD GF GL GP GT GY "
        "HN HT JM KN KY LC MF MQ MS MX NI PA PE PM PR PY SR SV SX TC TT US UY VC VE VG VI"
    ),
}
# Uninhabited territories: no applicant comes from them.
NO_WORLD_REGION = frozenset("AQ BV GS HM TF UM".split())
WORLD_REGION_OF = {
    code: region for region, codes in WORLD_REGION_COUNTRIES.items() for code in codes.split()
}


def world_region(code):
    """The prize's world region (a WorldRegion value) of the country `code`, else ""."""
    return WORLD_REGION_OF.get(code or "", "")


def countries_in(region):
    """The country codes of a world region (a WorldRegion value); empty for an unknown one."""
    return WORLD_REGION_COUNTRIES.get(region, "").split()


def validate_prize_country(value):
    """A country an application may come from: known to ISO 3166-1 and in a world region."""
    validate_country_code(value)
    if value and not world_region(value):
        raise ValidationError(
            _("%(country)s is in none of the prize's world regions; choose the country where "
              "the project takes place."),
            params={"country": country_name(value, language=_language()) or value},
        )  # fmt: skip
