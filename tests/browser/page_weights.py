"""Page weights of the home, atlas, programme and speaker pages, from a running site.

    make run    # in another shell: the demo content on http://localhost:8000/
    .venv/bin/python tests/browser/page_weights.py [http://localhost:8000]

Not a test: prints the bytes each page loads with an empty cache at 390 and 1280 px (HTML,
CSS, JS and the images fetched until the network is idle; lazy images below the fold are
not fetched), uncompressed."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE  # noqa: E402

PAGES = ["/en/", "/ru/", "/en/prize/atlas/", "/ru/prize/atlas/2023/", "/en/forum/2023/"]


def _size(response):
    return response.url, len(response.body()) if response.ok else 0


def main(base_url="http://localhost:8000"):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        for viewport in (PHONE, DESKTOP):
            for path in PAGES:
                context = browser.new_context(base_url=base_url, viewport=viewport)
                tab = context.new_page()
                sizes = []
                tab.on("response", lambda r, sizes=sizes: sizes.append(_size(r)))
                tab.goto(path, wait_until="networkidle")
                total = sum(n for _, n in sizes) / 1024
                images = sum(n for url, n in sizes if "/media/" in url) / 1024
                print(
                    f"{viewport['width']:>5}px {path:24} {total:6.1f} KiB "
                    f"(images {images:5.1f} KiB, {len(sizes)} requests)"
                )
                context.close()
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
