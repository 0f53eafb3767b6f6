"""Closed sets are GraphQL enums built from the apps' choices (one source of truth), every
type and enum value is described, times have one representation and labels follow the
request's language."""

import pytest
from graphql import GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType

from api.preview import make_preview_token
from config.schema import schema
from forum import choices as forum_choices
from prize import choices as prize_choices
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    moscow,
    translate,
)

pytestmark = pytest.mark.urls("tests.api.preview_urls")

GRAPHQL_SCHEMA = schema.graphql_schema


@pytest.mark.parametrize(
    ("enum", "choices"),
    [
        ("SessionFormat", forum_choices.SessionFormat),
        ("SessionLanguage", forum_choices.SessionLanguage),
        ("SpeakerRole", forum_choices.SpeakerRole),
        ("PrizeTrack", prize_choices.PrizeTrack),
        ("EntryStatus", prize_choices.EntryStatus),
        ("ApplicantType", prize_choices.ApplicantType),
        ("EntryType", prize_choices.EntryType),
        ("WorldRegion", prize_choices.WorldRegion),
        ("StageKind", prize_choices.StageKind),
    ],
)
def test_enums_are_built_from_the_apps_choices(enum, choices):
    values = GRAPHQL_SCHEMA.type_map[enum].values
    assert set(values) == set(choices.names)
    assert {v.value.value for v in values.values()} == set(choices.values)


@pytest.mark.parametrize(
    ("type_name", "field", "enum"),
    [
        ("Session", "format", "SessionFormat"),
        ("Session", "language", "SessionLanguage"),
        ("Session", "locale", "Locale"),
        ("SessionSpeaker", "role", "SpeakerRole"),
        ("Entry", "applicantType", "ApplicantType"),
        ("Entry", "entryType", "EntryType"),
        ("Entry", "worldRegion", "WorldRegion"),
        ("Stage", "kind", "StageKind"),
        ("BodyBlock", "type", "BlockType"),
        ("Translation", "locale", "Locale"),
        ("Route", "locale", "Locale"),
    ],
)
def test_enums_closed_sets_are_not_strings(type_name, field, enum):
    field_type = GRAPHQL_SCHEMA.type_map[type_name].fields[field].type
    assert str(field_type) == f"{enum}!"


def test_enums_locale_arguments_are_the_locale_enum():
    query = GRAPHQL_SCHEMA.query_type
    with_locale = [name for name, f in query.fields.items() if "locale" in f.args]
    assert len(with_locale) > 10
    assert {str(query.fields[name].args["locale"].type) for name in with_locale} == {"Locale"}


def test_enums_every_type_and_enum_value_is_described():
    undescribed = []
    for name, graphql_type in GRAPHQL_SCHEMA.type_map.items():
        if name.startswith("__") or not hasattr(graphql_type, "description"):
            continue
        if isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLEnumType):
            if not graphql_type.description or graphql_type.description == "An enumeration.":
                undescribed.append(name)
        if isinstance(graphql_type, GraphQLEnumType):
            undescribed += [
                f"{name}.{v}" for v, value in graphql_type.values.items() if not value.description
            ]
    assert undescribed == []


def test_enums_every_field_is_described():
    undescribed = [
        f"{name}.{field_name}"
        for name, graphql_type in GRAPHQL_SCHEMA.type_map.items()
        if not name.startswith("__")
        and isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType)
        for field_name, field in graphql_type.fields.items()
        if not field.description
    ]
    assert undescribed == []


def test_enums_schema_file_has_no_generic_enum_description():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "schema.graphql").read_text()
    assert "An enumeration." not in text


@pytest.fixture
def programme(home, locale_ru):
    forum = ForumIndexPageFactory(parent=home)
    edition = ForumEditionPageFactory(parent=forum, year=2023)
    index = SpeakerIndexPageFactory(parent=forum)
    anna = SpeakerPageFactory(parent=index, title="Anna")
    session = SessionPageFactory(
        parent=edition,
        slug="opening",
        format="plenary",
        language="ru-en",
        starts_at=moscow(2023, 12, 3, 12),
        speakers=[(anna, "moderator")],
    )
    translate(home, locale_ru)
    for page in (forum, edition, index, anna):
        translate(page, locale_ru)
    translate(session, locale_ru, title="Открытие")
    return session


SESSION = """query($locale: Locale) {
  session(slug: "opening", locale: $locale) {
    format formatLabel language languageLabel startsAt locale
    speakers { role roleLabel }
  }
}"""


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("EN", ("Plenary session", "Russian and English, with interpretation", "Moderator")),
        ("RU", ("Пленарное заседание", None, "Модератор")),
    ],
)
def test_enums_values_are_names_and_labels_follow_the_language(gql, programme, locale, labels):
    session = gql.post(SESSION, variables={"locale": locale}).json()["data"]["session"]
    assert (session["format"], session["language"], session["locale"]) == (
        "PLENARY",
        "RU_EN",
        locale,
    )
    assert session["speakers"] == [{"role": "MODERATOR", "roleLabel": labels[2]}]
    assert session["formatLabel"] == labels[0]
    if labels[1]:
        assert session["languageLabel"] == labels[1]


PREVIEW = """query($token: String!) {
  preview(token: $token) { ... on Session { startsAt endsAt speakers { roleLabel } } }
}"""


def test_enums_times_are_the_same_in_preview_and_live(gql, programme):
    live = gql.post(SESSION, variables={"locale": "EN"}).json()["data"]["session"]
    programme.title = "Opening (draft)"
    token = make_preview_token(revision=programme.save_revision())
    preview = gql.post(PREVIEW, variables={"token": token}).json()["data"]["preview"]
    assert live["startsAt"] == preview["startsAt"] == "2023-12-03T12:00:00+03:00"
    assert preview["speakers"] == [{"roleLabel": "Moderator"}]


def test_enums_russian_preview_has_russian_role_labels(gql, programme, locale_ru):
    russian = programme.get_translation(locale_ru)
    token = make_preview_token(revision=russian.save_revision())
    preview = gql.post(PREVIEW, variables={"token": token}).json()["data"]["preview"]
    assert preview["speakers"] == [{"roleLabel": "Модератор"}]
    assert preview["startsAt"] == "2023-12-03T12:00:00+03:00"
