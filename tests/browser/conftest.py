"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

`make browser-deps` installs /usr/bin/chromium and axe-core (tests/browser/node_modules);
`make test` runs it first. Without Chromium the tests fail with that reason: nothing is
skipped silently.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop in the main thread, where the tests also use the
# ORM; Django would otherwise refuse those queries.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

HERE = Path(__file__).parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _chromium_present():
    """Fail, not skip, the browser tests when Chromium is missing (this conftest applies to
    them only)."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is absent: run `make browser-deps`", pytrace=False)


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's event loop makes asgiref treat this thread as async, so Django hands the
    # tests new connection objects: carry over the serialized initial rows that
    # `django_db_serialized_rollback` restores from.
    serialized = {c.alias: getattr(c, "_test_serialized_contents", None) for c in connections.all()}
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _live_site(django_db_serialized_rollback, live_server):
    """Each test starts from the migrated database (root page, locales) and ends with it
    flushed; the serialized rollback puts Wagtail's initial rows back for the next test."""


@pytest.fixture
def open_tab(_live_site, chromium, live_server):
    """open_tab(viewport=DESKTOP, locale="en-GB") -> a Playwright page on the live server.

    Failing scripts on the page fail the test."""
    contexts, errors = [], []

    def open_(viewport=DESKTOP, locale="en-GB", **options):
        context = chromium.new_context(
            base_url=live_server.url, viewport=viewport, locale=locale, **options
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda error: errors.append(error))
        return tab

    yield open_
    for context in contexts:
        context.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def tab(open_tab):
    """A desktop-sized page on the live server."""
    return open_tab()


@pytest.fixture
def site(transactional_db):
    """A bilingual site: forum, speakers, prize, news; see tests/browser/content.py."""
    from tests.browser.content import build_site

    return build_site()


def axe_violations(tab, impacts=("serious", "critical")):
    """Run axe-core on the page; the violations of the given impacts, as readable strings."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make browser-deps`")
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                            "wcag22aa", "best-practice"]},
            resultTypes: ["violations"],
        })"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in result["violations"]
        if v["impact"] in impacts
    ]


def horizontal_overflow(tab):
    """How many CSS pixels the document is wider than the window (0 when it fits)."""
    return tab.evaluate(
        "() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"
    )
