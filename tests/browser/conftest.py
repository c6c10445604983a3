"""Browser tests: Debian's Chromium driven by Playwright, against pytest-django's live server.

Only /usr/bin/chromium is used (never a browser downloaded by `playwright install`); without it
the browser tests are skipped. Mark them `@pytest.mark.browser`.
"""

import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
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
