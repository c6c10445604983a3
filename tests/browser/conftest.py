"""Browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

Only /usr/bin/chromium is used (never a browser downloaded by `playwright install`); without it
the browser tests are skipped. Mark them `@pytest.mark.browser`: each then gets a time limit
(pytest-timeout), so that a browser waiting for something that never comes fails the test
instead of hanging the suite.

The reader journeys and page checks run against `demo_site`: the whole demo content served by
gunicorn in its own process (tests/browser/demo_site.py), built once per session.
"""

import json
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.browser import demo_site as demo
from tests.run_once import exclusive

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
# Seconds for one browser test, its function-scoped fixtures included but not the session's
# (the demo site's build has its own limit).
BROWSER_TEST_TIMEOUT = 90
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Browser tests need Debian's Chromium at /usr/bin/chromium.")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the live server's database work
    # happens in other threads, and the test's own ORM calls are plain synchronous code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "demo_site: uses the demo site (its own SQLite database, whatever DATABASE_URL says); "
        "set on every test that uses the `demo_site` fixture",
    )


@pytest.hookimpl(tryfirst=True)  # Before `-m` deselects by marker.
def pytest_collection_modifyitems(config, items):
    with_timeout = config.pluginmanager.hasplugin("timeout")
    for item in items:
        if "demo_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo_site)
        browser = item.get_closest_marker("browser")
        if with_timeout and browser and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(BROWSER_TEST_TIMEOUT, func_only=True))


class DemoSite:
    """The running demo site: `url(path)`, and `pages[locale]` (see demo_site.page_map);
    `workdir` holds its database and media (a static export reads them, test_mirror.py)."""

    def __init__(self, server, pages, workdir=None):
        self.server = server
        self.workdir = workdir
        self.origin = server.url("")
        self.pages = pages

    def url(self, path):
        return self.origin + path


@pytest.fixture(scope="session")
def demo_site(browser, tmp_path_factory):
    """The demo site, built once for the run and served by each of its processes;
    BROWSER_DEMO_SITE_DIR=<folder> builds it there once and reuses it in later runs (quicker
    when working on templates, CSS or JS)."""
    reuse = os.environ.get("BROWSER_DEMO_SITE_DIR")
    if reuse:
        workdir = Path(reuse)
        pages = demo.build(workdir, reuse=True)
    else:
        # Built once in a run: pytest-xdist's workers each serve the same database.
        with exclusive(tmp_path_factory, "demo-site") as folder:
            workdir = folder / "demo-site"
            built = workdir / "pages.json"
            pages = json.loads(built.read_text()) if built.exists() else demo.build(workdir)
    with demo.serve(workdir) as server:
        yield DemoSite(server, pages, workdir)


@pytest.fixture(scope="session")
def axe_source():
    """axe-core's script, from `npm ci --prefix tests/browser` (which `make test` runs).

    Missing, it fails the test, except on a machine without npm outside CI, where it skips.
    """
    if not AXE.exists():
        reason = (
            "axe-core is not installed (tests/browser/node_modules/axe-core is missing): "
            "run `npm ci --prefix tests/browser`."
        )
        if shutil.which("npm") is None and not os.environ.get("CI"):
            pytest.skip(f"{reason} npm is not installed on this machine.")
        pytest.fail(reason)
    return AXE.read_text(encoding="utf-8")


class FakeChatProvider(BaseHTTPRequestHandler):
    """A stand-in chat service on its own origin, which remembers every request it got."""

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.server.requests.append(self.path)
        body = b"<!doctype html><title>Fake chat</title><h1>Fake chat provider</h1>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_chat_provider():
    """http://127.0.0.1:<port>: another origin than the live server (another port)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeChatProvider)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.origin = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()
