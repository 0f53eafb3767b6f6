"""Screenshots of the programme, home, atlas and speakers pages for docs/screenshots/,
from a running site.

    make run    # in another shell: the demo content on http://localhost:8000/
    .venv/bin/python tests/browser/screenshots.py [http://localhost:8000]

Not a test: it only writes PNGs (reduced to a small palette to stay light in git)."""

import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE  # noqa: E402

# (file, path, viewport, element scrolled to the top or None)
SHOTS = [
    ("programme-phone-390.png", "/en/forum/2023/", PHONE, None),
    ("programme-phone-390-sessions.png", "/en/forum/2023/", PHONE, "#program-heading"),
    ("programme-desktop-1280.png", "/en/forum/2023/", DESKTOP, None),
    ("programme-ru-phone-390-sessions.png", "/ru/forum/2023/", PHONE, "#program-heading"),
    ("home-phone-390.png", "/en/", PHONE, None),
    ("home-phone-390-features.png", "/en/", PHONE, "#feature-prize"),
    ("home-desktop-1280.png", "/en/", DESKTOP, "#feature-forum"),
    ("home-ru-desktop-1280.png", "/ru/", DESKTOP, "#feature-forum"),
    ("atlas-phone-390.png", "/en/prize/atlas/", PHONE, "#russia-heading"),
    ("atlas-desktop-1280.png", "/en/prize/atlas/", DESKTOP, "#russia-heading"),
    ("atlas-ru-desktop-1280-world.png", "/ru/prize/atlas/2023/", DESKTOP, "#world-heading"),
    ("atlas-desktop-1280-chart.png", "/en/prize/atlas/", DESKTOP, "#chart-heading"),
    ("speakers-phone-390.png", "/en/forum/speakers/", PHONE, None),
]


def main(base_url="http://localhost:8000"):
    target = ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        for name, path, viewport, anchor in SHOTS:
            tab = browser.new_page(base_url=base_url, viewport=viewport)
            tab.goto(path)
            if anchor:
                tab.locator(anchor).evaluate("element => element.scrollIntoView()")
            png = tab.screenshot(full_page=False)
            Image.open(io.BytesIO(png)).quantize(colors=64).save(target / name, optimize=True)
            tab.close()
            print(target / name)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
