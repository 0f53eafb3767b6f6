"""A translator's whole job in the admin, ending on the site through moderation: translate a
live prize winner into Russian, fill its segments, submit; nothing is live until a moderator
approves."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import expect

from core.roles import MODERATORS, TRANSLATORS, setup_roles
from tests.browser.test_editor_journeys import log_in
from tests.factories import EntryPageFactory, UserFactory


def test_translator_work_goes_live_in_russian_only_after_moderation(site, open_tab):
    entry = EntryPageFactory(
        parent=site.nomination,
        title="Kind Neighbours",
        slug="kind-neighbours",
        summary="Neighbours help older people with shopping.",
        status="winner",
        place=2,
    )
    setup_roles()
    translator = UserFactory(username="translator", groups=[Group.objects.get(name=TRANSLATORS)])
    moderator = UserFactory(username="moderator", groups=[Group.objects.get(name=MODERATORS)])

    # The translator creates the Russian page: a draft, since they may not publish.
    tab = open_tab()
    log_in(tab, translator)
    tab.goto(f"/admin/localize/submit/page/{entry.pk}/")
    tab.get_by_label("Russian").check()
    tab.locator("main form [type=submit]").last.click()
    expect(tab.locator(".js-translation-editor")).to_be_visible()
    expect(tab.get_by_role("button", name=re.compile("Publish in"))).to_have_count(0)
    expect(tab.get_by_text("Stop Synced translation")).to_be_hidden()

    # ... translates its segments, saves them and submits the page for moderation.
    editor = tab.locator(".js-translation-editor")
    for english, russian in [
        ("Kind Neighbours", "Добрые соседи"),
        (
            "Neighbours help older people with shopping.",
            "Соседи помогают пожилым людям с покупками.",
        ),
    ]:
        editor.locator("li", has_text=english).last.get_by_role("button", name="Translate").click()
        editor.locator("textarea").first.fill(russian)
        editor.get_by_role("button", name="Save").click()
        expect(editor.get_by_text(russian)).to_be_visible()
    tab.get_by_role("button", name="Submit for moderation").click()
    expect(tab.locator(".messages")).to_contain_text("submitted for moderation")

    # Not on the site yet: the Russian address shows the English page with a notice.
    russian_url = "/ru/prize/2023-national/ngos/technologies/kind-neighbours/"
    visitor = open_tab(locale="ru-RU")
    assert visitor.goto(russian_url).status == 200
    expect(visitor.locator(".translation-notice")).to_be_visible()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Kind Neighbours")

    # A moderator approves it from the dashboard ...
    moderation = open_tab()
    log_in(moderation, moderator)
    row = moderation.locator("tr", has_text="Добрые соседи")
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()
    expect(moderation.locator("tr", has_text="Добрые соседи")).to_have_count(0)

    # ... and it is live in Russian.
    assert visitor.goto(russian_url).status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Добрые соседи")
    expect(visitor.locator(".translation-notice")).to_have_count(0)
    expect(visitor.locator(".lead")).to_have_text("Соседи помогают пожилым людям с покупками.")
