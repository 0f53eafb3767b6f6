"""Import and export of sessions and speakers (forum/domain/exchange.py, the admin screen in
core/exchange_admin.py): the export re-imports unchanged, a dry run changes nothing, a
re-import is idempotent, rows are refused with the admin form's rules in the editor's
language, bad files are refused clearly, and only the forum's roles may use it."""

import io

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision

from core.exchange import CREATE, ERROR, UNCHANGED, UPDATE, run_import
from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    PRIZE_EDITORS,
    SITE_EDITORS,
    TRANSLATORS,
    setup_roles,
)
from core.tabular import TableError, read_table, write_table
from forum.domain.exchange import SessionKind, SpeakerKind
from forum.models import SessionPage, SpeakerPage
from tests.admin_forms import admin_user
from tests.factories import (
    ForumEditionPageFactory,
    ForumIndexPageFactory,
    RoomFactory,
    SessionPageFactory,
    SpeakerIndexPageFactory,
    SpeakerPageFactory,
    ThemeFactory,
    UserFactory,
    moscow,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db

HEADER = "key,title,starts_at,ends_at,format,language,theme,room,speakers,summary"


@pytest.fixture
def forum(home):
    index = ForumIndexPageFactory(parent=home)
    speakers = SpeakerIndexPageFactory(parent=index)
    anna = SpeakerPageFactory(parent=speakers, title="Anna Ivanova", slug="anna-ivanova")
    petr = SpeakerPageFactory(parent=speakers, title="Petr Petrov", slug="petr-petrov")
    hall, studio = RoomFactory(name="Main hall"), RoomFactory(name="Studio")
    theme = ThemeFactory(name="Education", slug="education")
    edition = ForumEditionPageFactory(parent=index, year=2023)  # 2-5 December
    opening = SessionPageFactory(
        parent=edition,
        title="Opening plenary",
        slug="opening",
        starts_at=moscow(2023, 12, 3, 10),
        ends_at=moscow(2023, 12, 3, 12),
        room=hall,
        theme=theme,
        speakers=[(anna, "moderator"), petr],
    )
    return {
        "edition": edition,
        "index": speakers,
        "anna": anna,
        "petr": petr,
        "hall": hall,
        "studio": studio,
        "theme": theme,
        "opening": opening,
    }


def csv_rows(text, columns):
    upload = SimpleUploadedFile("sessions.csv", text.encode("utf-8"))
    return read_table(upload=upload, columns=columns)


def sessions_csv(*lines):
    return "\n".join([HEADER, *lines]) + "\n"


def import_sessions(edition, text, user, dry_run=True):
    kind = SessionKind(edition=edition)
    return run_import(kind=kind, rows=csv_rows(text, kind.columns), user=user, dry_run=dry_run)


def exported(kind, fmt):
    data = write_table(columns=kind.columns, rows=kind.export_rows(), fmt=fmt)
    upload = SimpleUploadedFile(f"export.{fmt}", data)
    return read_table(upload=upload, columns=kind.columns)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_of_sessions_reimports_unchanged(forum, fmt):
    user = admin_user("en")
    kind = SessionKind(edition=forum["edition"])
    rows = exported(kind, fmt)

    assert rows[0][1] == {
        "key": "opening",
        "title": "Opening plenary",
        "starts_at": "2023-12-03 10:00",
        "ends_at": "2023-12-03 12:00",
        "format": "panel",
        "language": "ru",
        "theme": "education",
        "room": "Main hall",
        "speakers": "anna-ivanova:moderator; petr-petrov",
        "summary": "Volunteers and NGOs discuss partnership.",
    }
    revisions = Revision.objects.count()
    report = run_import(kind=SessionKind(edition=forum["edition"]), rows=rows, user=user)

    assert [row.action for row in report.rows] == [UNCHANGED]
    applied = run_import(
        kind=SessionKind(edition=forum["edition"]), rows=rows, user=user, dry_run=False
    )
    assert applied.applied and Revision.objects.count() == revisions


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_of_speakers_reimports_unchanged(forum, fmt):
    SpeakerPageFactory(parent=forum["index"], title="Not in 2023", slug="elsewhere")
    kind = SpeakerKind(edition=forum["edition"])

    of_edition = kind.export_rows()
    everyone = SpeakerKind(edition=forum["edition"]).export_rows(scope="all")
    rows = exported(SpeakerKind(edition=forum["edition"]), fmt)

    assert [row["key"] for row in of_edition] == ["anna-ivanova", "petr-petrov"]
    assert len(everyone) == 3
    report = run_import(kind=kind, rows=rows, user=admin_user("en"))
    assert {row.action for row in report.rows} == {UNCHANGED}


def test_dry_run_changes_nothing_and_apply_publishes(forum):
    user = admin_user("en")
    text = sessions_csv(
        ",Youth and cities,2023-12-04 10:00,2023-12-04 11:00,workshop,en,Education,Studio,"
        "Anna Ivanova,Young people plan their streets.",
        "opening,Opening plenary of the forum,2023-12-03 10:00,2023-12-03 12:00,panel,ru,"
        "education,Main hall,anna-ivanova:moderator; petr-petrov,Volunteers and NGOs discuss "
        "partnership.",
    )
    revisions = Revision.objects.count()

    preview = import_sessions(forum["edition"], text, user)

    assert [(row.action, row.changed) for row in preview.rows] == [
        (CREATE, []),
        (UPDATE, ["title"]),
    ]
    assert not preview.applied
    assert Revision.objects.count() == revisions
    assert not SessionPage.objects.filter(slug="youth-and-cities").exists()
    assert SessionPage.objects.get(slug="opening").title == "Opening plenary"

    applied = import_sessions(forum["edition"], text, user, dry_run=False)

    assert applied.applied and [row.outcome for row in applied.rows] == ["published"] * 2
    youth = SessionPage.objects.get(slug="youth-and-cities")
    assert youth.live and youth.get_parent().pk == forum["edition"].pk
    assert youth.room == forum["studio"] and youth.format == "workshop"
    assert [r.speaker.title for r in youth.speaker_roles.all()] == ["Anna Ivanova"]
    assert SessionPage.objects.get(slug="opening").title == "Opening plenary of the forum"

    again = import_sessions(forum["edition"], text, user, dry_run=False)
    assert [row.action for row in again.rows] == [UNCHANGED, UNCHANGED]
    assert SessionPage.objects.filter(slug="youth-and-cities").count() == 1


@pytest.mark.parametrize(
    ("language", "messages"),
    [
        (
            "en",
            {
                "ends_at": "The session ends (4 December, 11:00) before it starts",
                "room": "Main hall is taken at this time by “Opening plenary”",
                "format": "“talk” is not one of",
                "speakers": "No speaker “Nobody” in this language.",
            },
        ),
        (
            "ru",
            {
                "ends_at": "Сессия заканчивается (4 декабря, 11:00)",
                "room": "Main hall",
                "format": "«talk»",
                "speakers": "Nobody",
            },
        ),
    ],
)
def test_row_errors_in_the_editors_language_keep_the_typed_values(forum, language, messages):
    user = admin_user(language)
    text = sessions_csv(
        ",Backwards,2023-12-04 12:00,2023-12-04 11:00,panel,ru,,,,",
        ",Same room,2023-12-03 11:00,2023-12-03 13:00,panel,ru,,Main hall,,",
        ",Bad format,2023-12-04 14:00,2023-12-04 15:00,talk,ru,,,Nobody,",
    )
    with translation.override(language):
        report = import_sessions(forum["edition"], text, user, dry_run=False)

    assert not report.applied
    assert [row.action for row in report.rows] == [ERROR, ERROR, ERROR]
    errors = {}
    for row in report.rows:
        for column, found in row.errors.items():
            errors.setdefault(column, []).extend(found)
    for column, text in messages.items():
        assert any(text in message for message in errors[column]), (column, errors)
    assert report.rows[2].typed["format"] == "talk"
    assert report.rows[0].typed["starts_at"] == "2023-12-04 12:00"
    assert not SessionPage.objects.filter(title__in=["Backwards", "Same room"]).exists()


def test_clashes_within_the_file_and_speakers_elsewhere_are_refused(forum):
    text = sessions_csv(
        ",First,2023-12-04 10:00,2023-12-04 11:00,panel,ru,,Studio,,",
        ",Second,2023-12-04 10:30,2023-12-04 11:30,panel,ru,,Studio,,",
        ",Busy Anna,2023-12-03 11:00,2023-12-03 11:30,panel,ru,,,anna-ivanova,",
    )
    report = import_sessions(forum["edition"], text, admin_user("en"))

    assert [row.action for row in report.rows] == [CREATE, ERROR, ERROR]
    assert "Studio is taken" in report.rows[1].errors["room"][0]
    assert "Anna Ivanova speaks at this time" in report.rows[2].errors["speakers"][0]


def test_one_bad_row_keeps_the_whole_file_out(forum):
    text = sessions_csv(
        ",Good one,2023-12-04 10:00,2023-12-04 11:00,panel,ru,,,,",
        ",Outside,2023-12-20 10:00,2023-12-20 11:00,panel,ru,,,,",
    )
    report = import_sessions(forum["edition"], text, admin_user("en"), dry_run=False)

    assert not report.applied
    assert "outside the days of" in report.rows[1].errors["starts_at"][0]
    assert not SessionPage.objects.filter(title="Good one").exists()


def test_duplicate_keys_and_unknown_references_are_row_errors(forum):
    text = sessions_csv(
        "x,One,2023-12-04 10:00,2023-12-04 11:00,panel,ru,,,,",
        "x,Two,2023-12-04 12:00,2023-12-04 13:00,panel,ru,nowhere,Cellar,,",
    )
    report = import_sessions(forum["edition"], text, admin_user("en"))

    assert "also on line 2" in report.rows[1].errors["key"][0]
    text = sessions_csv(",Two,2023-12-04 12:00,2023-12-04 13:00,panel,ru,nowhere,Cellar,,")
    report = import_sessions(forum["edition"], text, admin_user("en"))
    assert set(report.rows[0].errors) == {"theme", "room"}


def test_russian_edition_resolves_russian_names_and_keeps_synchronised_fields(
    home, forum, locale_ru
):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(forum["edition"].get_parent(), locale_ru, title="Форум")
    translate(forum["index"], locale_ru, title="Спикеры")
    for name in ("anna", "petr"):
        translate(forum[name], locale_ru, title={"anna": "Анна Иванова", "petr": "Пётр"}[name])
    translate_snippet(forum["hall"], locale_ru, name="Главный зал")
    translate_snippet(forum["theme"], locale_ru, name="Образование")
    edition_ru = translate(forum["edition"], locale_ru, title="Форум 2023")
    translate(forum["opening"], locale_ru, title="Открытие")
    kind = SessionKind(edition=edition_ru)

    rows = exported(kind, "csv")

    assert rows[0][1]["room"] == "Главный зал" and rows[0][1]["title"] == "Открытие"
    assert rows[0][1]["key"] == "opening"  # the same key in both languages
    typed = dict(rows[0][1], starts_at="2023-12-03 09:00", title="Открытие форума")
    text = HEADER + "\n" + ",".join(f'"{typed[c]}"' for c in HEADER.split(",")) + "\n"
    with translation.override("ru"):
        report = import_sessions(edition_ru, text, admin_user("ru"))
    assert "оригинал" in report.rows[0].errors["starts_at"][0]
    assert "title" not in report.rows[0].errors

    typed["starts_at"] = "2023-12-03 10:00"
    text = HEADER + "\n" + ",".join(f'"{typed[c]}"' for c in HEADER.split(",")) + "\n"
    report = import_sessions(edition_ru, text, admin_user("ru"), dry_run=False)
    assert report.applied
    assert SessionPage.objects.get(locale=locale_ru, slug="opening").title == "Открытие форума"
    assert SessionPage.objects.get(locale=forum["edition"].locale, slug="opening").title == (
        "Opening plenary"
    )


def test_speakers_import_creates_and_updates_by_key(forum):
    kind = SpeakerKind(edition=forum["edition"])
    upload = SimpleUploadedFile(
        "speakers.csv",
        "key;name;position;organisation;country\n"
        "anna-ivanova;Anna Ivanova;Director;Red Cross;Russia\n"
        ";Ivan Sidorov;;Civic Lab;Kazakhstan\n".encode("utf-8-sig"),
    )
    rows = read_table(upload=upload, columns=kind.columns)

    report = run_import(kind=kind, rows=rows, user=admin_user("en"), dry_run=False)

    assert [row.action for row in report.rows] == [UPDATE, CREATE]
    assert SpeakerPage.objects.get(slug="anna-ivanova").position == "Director"
    assert SpeakerPage.objects.get(slug="ivan-sidorov").live


def test_speakers_import_without_a_speaker_index_is_a_row_error(home, forum, locale_ru):
    translate(home, locale_ru, title="#МЫВМЕСТЕ")
    translate(forum["edition"].get_parent(), locale_ru, title="Форум")
    edition_ru = translate(forum["edition"], locale_ru, title="Форум 2023")
    kind = SpeakerKind(edition=edition_ru)
    rows = read_table(
        upload=SimpleUploadedFile("s.csv", "name\nАнна\n".encode()), columns=kind.columns
    )

    report = run_import(kind=kind, rows=rows, user=admin_user("en"), dry_run=False)

    assert not report.applied and "no speaker index" in report.rows[0].errors["row"][0]


# --- files -------------------------------------------------------------------------------


def xlsx_bytes(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sessions.txt", b"key,title", "Upload a .csv or .xlsx file."),
        ("sessions.csv", b"", "The file is empty."),
        ("sessions.csv", "key,title\n".encode("cp1251") + "Сессия".encode("cp1251"), "UTF-8"),
        ("sessions.xlsx", b"PK\x03\x04 not really", "not a readable XLSX"),
        ("sessions.csv", b"name,when\nA,B\n", "missing columns: title, starts_at, ends_at"),
        ("sessions.csv", b"title,starts_at,ends_at,colour\n", "unknown columns: colour"),
        ("sessions.csv", b"a" * (2 * 1024 * 1024 + 1), "larger than 2 MB"),
    ],
)
def test_bad_files_are_refused_with_a_reason(name, content, message):
    with pytest.raises(TableError) as error:
        read_table(upload=SimpleUploadedFile(name, content), columns=SessionKind.columns)
    assert message in error.value.message


def test_xlsx_dates_and_numbers_read_as_the_export_writes_them():
    import datetime

    data = xlsx_bytes(
        [["title", "starts_at", "ends_at"], ["A", datetime.datetime(2023, 12, 4, 10), 3.0]]
    )
    rows = read_table(upload=SimpleUploadedFile("s.xlsx", data), columns=SessionKind.columns)
    assert rows[0][1]["starts_at"] == "2023-12-04 10:00" and rows[0][1]["ends_at"] == "3"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formulas_are_defused_on_export_and_restored_on_import(forum, fmt):
    SessionPage.objects.filter(pk=forum["opening"].pk).update(
        summary='=HYPERLINK("http://evil")', title="+Plus"
    )
    kind = SessionKind(edition=forum["edition"])
    data = write_table(columns=kind.columns, rows=kind.export_rows(), fmt=fmt)
    if fmt == "csv":
        assert "'=HYPERLINK" in data.decode("utf-8-sig")
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(data)).active
        assert sheet["J2"].value.startswith("'=") and sheet["J2"].data_type == "s"
    rows = read_table(upload=SimpleUploadedFile(f"x.{fmt}", data), columns=kind.columns)
    assert rows[0][1]["summary"] == '=HYPERLINK("http://evil")'
    assert rows[0][1]["title"] == "+Plus"


# --- the admin screen ----------------------------------------------------------------------


def screen(edition):
    return reverse("forum_exchange", args=[edition.pk])


def user_in(role):
    return UserFactory(groups=[Group.objects.get(name=role)])


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (FORUM_EDITORS, True),
        (MODERATORS, True),
        ("superuser", True),
        (PRIZE_EDITORS, False),
        (SITE_EDITORS, False),
        (TRANSLATORS, False),
    ],
)
def test_screen_and_exports_by_role(client, forum, role, allowed):
    setup_roles()
    user = admin_user("en") if role == "superuser" else user_in(role)
    client.force_login(user)
    edition = forum["edition"]
    export = reverse("forum_exchange_export", args=[edition.pk, "sessions", "csv"])
    upload = SimpleUploadedFile("s.csv", sessions_csv().encode())

    responses = [
        client.get(screen(edition)),
        client.get(export),
        client.post(screen(edition), {"kind": "sessions", "file": upload}),
    ]

    # Wagtail's admin answers a refusal with a redirect to its home page and a message.
    refused = [302, 302, 302]
    assert [r.status_code for r in responses] == ([200] * 3 if allowed else refused)
    if not allowed:
        assert {r["Location"] for r in responses} == {reverse("wagtailadmin_home")}
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[edition.pk]))
    assert (screen(edition) in edit.content.decode()) is allowed


def test_screen_previews_then_applies_and_refuses_a_forged_token(client, forum):
    client.force_login(admin_user("ru"))
    text = sessions_csv(",Новая секция,2023-12-04 10:00,2023-12-04 11:00,panel,ru,,,,")
    upload = SimpleUploadedFile("s.csv", text.encode("utf-8-sig"))

    preview = client.post(screen(forum["edition"]), {"kind": "sessions", "file": upload})

    page = preview.content.decode()
    assert preview.status_code == 200 and "Предпросмотр" in page
    assert not SessionPage.objects.filter(title="Новая секция").exists()
    token = preview.context["token"]
    forged = client.post(screen(forum["edition"]), {"action": "apply", "token": token + "x"})
    assert forged.status_code == 302
    assert not SessionPage.objects.filter(title="Новая секция").exists()

    applied = client.post(screen(forum["edition"]), {"action": "apply", "token": token})

    assert applied.status_code == 302
    assert SessionPage.objects.get(title="Новая секция").live


def test_screen_shows_row_errors_and_no_apply_button(client, forum):
    client.force_login(admin_user("ru"))
    text = sessions_csv(",Назад,2023-12-04 12:00,2023-12-04 11:00,panel,ru,,,,")
    upload = SimpleUploadedFile("s.csv", text.encode())

    response = client.post(screen(forum["edition"]), {"kind": "sessions", "file": upload})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Сессия заканчивается" in page and "2023-12-04 12:00" in page
    assert 'value="apply"' not in page


def test_screen_refuses_a_broken_file_without_error_page(client, forum):
    client.force_login(admin_user("en"))
    upload = SimpleUploadedFile("s.xlsx", b"PK\x03\x04garbage")

    response = client.post(screen(forum["edition"]), {"kind": "sessions", "file": upload})

    assert response.status_code == 200
    assert "not a readable XLSX" in response.content.decode()


@pytest.mark.parametrize("count", [1, 12])
def test_export_and_unchanged_preview_take_a_constant_number_of_queries(forum, count):
    edition = forum["edition"]
    for i in range(count - 1):
        SessionPageFactory(
            parent=edition,
            starts_at=moscow(2023, 12, 4, 8 + i),
            ends_at=moscow(2023, 12, 4, 8 + i, 50),
            speakers=[forum["petr"]],
            room=forum["studio"],
        )
    kind = SessionKind(edition=edition)
    rows = exported(kind, "csv")
    user = admin_user("en")

    with CaptureQueriesContext(connection) as export_queries:
        SessionKind(edition=edition).export_rows()
    with CaptureQueriesContext(connection) as import_queries:
        report = run_import(kind=SessionKind(edition=edition), rows=rows, user=user)

    assert {row.action for row in report.rows} == {UNCHANGED}
    assert len(export_queries) <= 8, [q["sql"] for q in export_queries]
    assert len(import_queries) <= 10, [q["sql"] for q in import_queries]
