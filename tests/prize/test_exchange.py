"""Import and export of prize entries (prize/domain/exchange.py, the admin screen in
core/exchange_admin.py): round trip, dry run, idempotent re-import, the prize's rules per
row in both languages, moderation for prize editors, and who may use it."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision, WorkflowState

from core.exchange import CREATE, ERROR, UNCHANGED, UPDATE, run_import
from core.roles import (
    FORUM_EDITORS,
    MODERATORS,
    PRIZE_EDITORS,
    SITE_EDITORS,
    TRANSLATORS,
    setup_roles,
)
from core.tabular import read_table, write_table
from prize.domain.exchange import EntryKind
from prize.models import EntryPage
from tests.admin_forms import admin_user
from tests.factories import (
    CategoryPageFactory,
    EntryPageFactory,
    NominationPageFactory,
    PrizeEditionPageFactory,
    PrizeIndexPageFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HEADER = (
    "key,title,category,nomination,organisation,applicant_type,entry_type,world_region,region,"
    "region_code,country,country_code,summary,status,place,grant_amount"
)


@pytest.fixture
def prize(home):
    index = PrizeIndexPageFactory(parent=home)
    edition = PrizeEditionPageFactory(parent=index, year=2023)
    ngos = CategoryPageFactory(parent=edition, title="Volunteers and NGOs", slug="ngos")
    tech = NominationPageFactory(parent=ngos, title="Technologies for Life", slug="technologies")
    green = NominationPageFactory(
        parent=ngos, title="Green Country", slug="green", grant_limit=600_000
    )
    yard = EntryPageFactory(
        parent=tech,
        title="Green Yard",
        slug="green-yard",
        status="finalist",
        place=2,
        region_code="RU-PER",
    )
    setup_roles()
    return {"edition": edition, "tech": tech, "green": green, "yard": yard, "index": index}


def rows_of(text, name="entries.csv"):
    upload = SimpleUploadedFile(name, text.encode("utf-8"))
    return read_table(upload=upload, columns=EntryKind.columns)


def entries_csv(*lines):
    return "\n".join([HEADER, *lines]) + "\n"


def import_entries(edition, text, user, dry_run=True):
    return run_import(
        kind=EntryKind(edition=edition), rows=rows_of(text), user=user, dry_run=dry_run
    )


NEW_ROW = (
    ",River Sensors,ngos,Green Country,Eco Lab,ngo,project,russia,Altai Krai,RU-ALT,Russia,,"
    "Sensors on rivers.,laureate,1,500 000"
)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_reimports_unchanged(prize, fmt):
    kind = EntryKind(edition=prize["edition"])
    data = write_table(columns=kind.columns, rows=kind.export_rows(), fmt=fmt)
    rows = read_table(upload=SimpleUploadedFile(f"e.{fmt}", data), columns=kind.columns)

    assert rows[0][1]["key"] == "green-yard" and rows[0][1]["category"] == "ngos"
    assert rows[0][1]["nomination"] == "technologies" and rows[0][1]["place"] == "2"
    revisions = Revision.objects.count()
    report = run_import(
        kind=EntryKind(edition=prize["edition"]), rows=rows, user=admin_user("en"), dry_run=False
    )

    assert [row.action for row in report.rows] == [UNCHANGED]
    assert Revision.objects.count() == revisions


def test_dry_run_changes_nothing_and_reimport_is_idempotent(prize):
    user = admin_user("en")
    text = entries_csv(NEW_ROW)

    preview = import_entries(prize["edition"], text, user)

    assert [row.action for row in preview.rows] == [CREATE]
    assert not EntryPage.objects.filter(title="River Sensors").exists()

    applied = import_entries(prize["edition"], text, user, dry_run=False)
    entry = EntryPage.objects.get(slug="river-sensors")
    assert applied.applied and entry.live and entry.get_parent().pk == prize["green"].pk
    assert (entry.grant_amount, entry.place, entry.status) == (500_000, 1, "laureate")

    again = import_entries(prize["edition"], text, user, dry_run=False)
    assert [row.action for row in again.rows] == [UNCHANGED]
    assert EntryPage.objects.filter(title="River Sensors").count() == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            {
                "grant_amount": "The grant is above the limit of the nomination “Green Country”",
                "place": "Only finalists, laureates and winners have a place",
                "status": "“champion” is not one of",
                "region_code": "RU-XXX",
            },
        ),
        (
            "ru",
            {
                "grant_amount": "«Green Country»",
                "place": "Место бывает только у финалистов",
                "status": "«champion»",
                "region_code": "RU-XXX",
            },
        ),
    ],
)
def test_row_errors_in_the_editors_language_keep_the_typed_values(prize, language, expected):
    text = entries_csv(
        ",Too Rich,ngos,green,Org,ngo,project,russia,,,,,Summary.,laureate,,900 000",
        ",Placed,ngos,green,Org,ngo,project,russia,,,,,Summary.,applicant,3,",
        ",Odd,ngos,green,Org,ngo,project,russia,,RU-XXX,,,Summary.,champion,,",
    )
    with translation.override(language):
        report = import_entries(prize["edition"], text, admin_user(language), dry_run=False)

    assert not report.applied
    assert [row.action for row in report.rows] == [ERROR, ERROR, ERROR]
    errors = {}
    for row in report.rows:
        for column, found in row.errors.items():
            errors.setdefault(column, []).extend(found)
    for column, text in expected.items():
        assert any(text in message for message in errors[column]), (column, errors)
    assert report.rows[0].typed["grant_amount"] == "900 000"
    assert not EntryPage.objects.filter(title__in=["Too Rich", "Placed", "Odd"]).exists()


def test_unknown_nomination_and_moves_are_refused(prize):
    text = entries_csv(
        ",Nowhere,ngos,Space,Org,ngo,project,russia,,,,,Summary.,applicant,,",
        "green-yard,Green Yard,ngos,green,Happiness in Life,ngo,project,russia,Perm Krai,RU-PER,"
        "Russia,,Video lessons for children with special needs.,finalist,2,",
    )
    with translation.override("en"):  # the admin view runs in the editor's language
        report = import_entries(prize["edition"], text, admin_user("en"))

    assert "Nothing called “Space”" in report.rows[0].errors["nomination"][0]
    assert "Move" in report.rows[1].errors["nomination"][0]


def test_prize_editor_import_goes_to_moderation(prize):
    editor = UserFactory(groups=[Group.objects.get(name=PRIZE_EDITORS)])
    text = entries_csv(
        NEW_ROW,
        "green-yard,Green Yard,ngos,technologies,Happiness in Life,ngo,project,russia,Perm Krai,"
        "RU-PER,Russia,,Video lessons for children with special needs.,laureate,2,",
    )

    report = import_entries(prize["edition"], text, editor, dry_run=False)

    assert report.applied
    assert [(row.action, row.outcome) for row in report.rows] == [
        (CREATE, "submitted"),
        (UPDATE, "submitted"),
    ]
    new = EntryPage.objects.get(slug="river-sensors")
    yard = EntryPage.objects.get(pk=prize["yard"].pk)
    assert not new.live and yard.status == "finalist"  # live until the moderators approve
    assert yard.get_latest_revision_as_object().status == "laureate"
    assert (
        WorkflowState.objects.filter(
            base_content_type__isnull=False, status=WorkflowState.STATUS_IN_PROGRESS
        ).count()
        == 2
    )


def screen(edition):
    return reverse("prize_exchange", args=[edition.pk])


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (PRIZE_EDITORS, True),
        (MODERATORS, True),
        ("superuser", True),
        (FORUM_EDITORS, False),
        (SITE_EDITORS, False),
        (TRANSLATORS, False),
    ],
)
def test_screen_and_exports_by_role(client, prize, role, allowed):
    if role == "superuser":
        user = admin_user("en")
    else:
        user = UserFactory(groups=[Group.objects.get(name=role)])
    client.force_login(user)
    edition = prize["edition"]
    export = reverse("prize_exchange_export", args=[edition.pk, "entries", "xlsx"])
    upload = SimpleUploadedFile("e.csv", entries_csv().encode())

    responses = [
        client.get(screen(edition)),
        client.get(export),
        client.post(screen(edition), {"kind": "entries", "file": upload}),
    ]

    # Wagtail's admin answers a refusal with a redirect to its home page and a message.
    assert [r.status_code for r in responses] == ([200] * 3 if allowed else [302] * 3)
    if allowed:
        assert responses[1]["Content-Type"].startswith("application/vnd.openxmlformats")
    else:
        assert {r["Location"] for r in responses} == {reverse("wagtailadmin_home")}


def test_screen_preview_in_russian_shows_the_row_error(client, prize):
    client.force_login(admin_user("ru"))
    text = entries_csv(",Placed,ngos,green,Org,ngo,project,russia,,,,,Summary.,applicant,3,")

    response = client.post(
        screen(prize["edition"]),
        {"kind": "entries", "file": SimpleUploadedFile("e.csv", text.encode("utf-8-sig"))},
    )

    page = response.content.decode()
    assert response.status_code == 200 and "Место бывает только у финалистов" in page
    assert 'value="apply"' not in page


@pytest.mark.parametrize("count", [1, 15])
def test_export_and_unchanged_preview_take_a_constant_number_of_queries(prize, count):
    for i in range(count - 1):
        EntryPageFactory(parent=prize["green"], title=f"Entry {i}")
    kind = EntryKind(edition=prize["edition"])
    data = write_table(columns=kind.columns, rows=kind.export_rows(), fmt="csv")
    rows = read_table(upload=SimpleUploadedFile("e.csv", data), columns=kind.columns)
    user = admin_user("en")

    with CaptureQueriesContext(connection) as export_queries:
        EntryKind(edition=prize["edition"]).export_rows()
    with CaptureQueriesContext(connection) as import_queries:
        report = run_import(kind=EntryKind(edition=prize["edition"]), rows=rows, user=user)

    assert {row.action for row in report.rows} == {UNCHANGED}
    assert len(export_queries) <= 6, [q["sql"] for q in export_queries]
    assert len(import_queries) <= 8, [q["sql"] for q in import_queries]
