"""A forum editor imports sessions from a CSV file: the preview shows the row's error, the
fixed file previews clean, "Apply" publishes the session and it appears on the site."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import FORUM_EDITORS, setup_roles
from tests.browser.test_editor_journeys import log_in
from tests.factories import UserFactory

HEADER = "key,title,starts_at,ends_at,format,language,theme,room,speakers,summary\n"


def preview(tab, path):
    tab.select_option("#id_kind", "sessions")
    tab.set_input_files("#id_file", str(path))
    tab.get_by_role("button", name="Preview").click()


def test_import_with_an_error_fixed_and_applied(site, open_tab, tmp_path):
    setup_roles()
    editor = UserFactory(username="forum-editor", groups=[Group.objects.get(name=FORUM_EDITORS)])
    tab = open_tab()
    log_in(tab, editor)

    tab.goto(f"/admin/pages/{site.edition.pk}/edit/")
    link = tab.locator("a", has_text="Import and export").first
    if not link.is_visible():
        tab.locator("header [data-w-dropdown-target=toggle]").first.click()
    link.click()
    expect(tab.get_by_role("heading", level=1)).to_contain_text("Import and export")

    broken = tmp_path / "sessions.csv"
    broken.write_text(
        HEADER + ",Youth and cities,2023-12-04 12:00,2023-12-04 11:00,workshop,en,education,"
        "Main hall,ivan-sokolov,Young people plan their streets.\n",
        encoding="utf-8",
    )
    preview(tab, broken)
    row = tab.locator("tr.exchange-row")
    expect(row).to_have_count(1)
    expect(row.locator("[data-column=ends_at]")).to_contain_text("2023-12-04 11:00")
    expect(row.locator("[data-column=ends_at] .error-message")).to_contain_text(
        "The session ends (4 December, 11:00) before it starts (4 December, 12:00)."
    )
    expect(tab.get_by_role("button", name="Apply")).to_have_count(0)

    fixed = tmp_path / "sessions-fixed.csv"
    fixed.write_text(broken.read_text().replace("2023-12-04 11:00", "2023-12-04 13:00"))
    preview(tab, fixed)
    expect(tab.locator("tr.exchange-create")).to_have_count(1)
    expect(tab.locator(".exchange-counts")).to_contain_text("1 to create")
    tab.get_by_role("button", name="Apply").click()
    expect(tab.locator(".messages")).to_contain_text("Imported: 1 created")

    tab.goto("/en/forum/2023/youth-and-cities/")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Youth and cities")
    expect(tab.locator("main")).to_contain_text("Ivan Sokolov")
    tab.goto("/en/forum/2023/")
    expect(tab.locator("main")).to_contain_text(re.compile("Youth and cities"))
