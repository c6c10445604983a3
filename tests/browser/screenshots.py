"""`make screenshots`: the key reader pages as PNGs, for people to review.

    python -m tests.browser.screenshots [OUTPUT_DIR] [--locales en,ka,hy]

Builds the demo site in a temporary folder, serves it, and writes
`<locale>-<page>-<width>x<height>.png` (the whole page) for home, country, topic, article, the
article behind a content warning, support and search, in each locale, at 360×740 and 1280×800.
Uses Debian's /usr/bin/chromium; nothing is downloaded.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser import demo_site
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.browser.reader import SIZES


def key_pages(pages, code):
    journey = pages.get("journey", {})
    return {
        "home": pages["home"],
        "country": journey.get("country", pages["country"]),
        "topic": journey.get("topic", pages["topic"]),
        "article": journey.get("article", pages["article"]),
        "content-warning": pages["warning_article"],
        "support": journey.get("support", pages["support"]),
        "search": f"/{code}/search/?q={journey.get('search_word', pages['search_word'])}",
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="screenshots")
    parser.add_argument("--locales", default="en,ka,hy")
    args = parser.parse_args(argv)
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    locales = args.locales.split(",")

    with tempfile.TemporaryDirectory(prefix="redefine-screenshots-") as tmp:
        workdir = Path(tmp)
        print("building the demo site…", flush=True)
        pages = demo_site.build(workdir)
        with demo_site.serve(workdir) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for size, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                # Nothing leaves the machine: other origins get an empty answer.
                context.route(
                    lambda url: not url.startswith(server.url("")),
                    lambda route: route.fulfill(status=204),
                )
                page = context.new_page()
                for code in locales:
                    for name, path in key_pages(pages[code], code).items():
                        page.goto(server.url(path))
                        target = output / f"{code}-{name}-{width}x{height}.png"
                        page.screenshot(path=str(target), full_page=True)
                        print(f"{target}  ({size}, {path})", flush=True)
                context.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
