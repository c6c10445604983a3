"""Hardening: production settings, security headers, admin login lockout, logs without readers.

Production settings are imported in a subprocess (they refuse to load without SECRET_KEY and
read everything from the environment), exactly as a server would.
"""

import json
import logging

import pytest
from django.conf import settings
from django.urls import path, reverse

from site_config.urls import urlpatterns as site_urlpatterns
from tests.utils import run_django, soup, text_of

READER_ADDRESS = "203.0.113.77"
SEARCH_WORDS = "wordsnobodyelsewouldsearch"


def production(code: str, **env) -> str:
    environment = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": "production-like-secret-key-for-this-test-only-0123456789abcdef",
        "ALLOWED_HOSTS": "redefine.example",
        # The question box's Fernet key (docs/questions.md), required in production.
        "QUESTIONS_ENCRYPTION_KEY": "cHJvZHVjdGlvbi1saWtlLWtleS1mb3ItdGVzdHMtMDE=",
        **env,
    }
    return run_django(code, environment)


def test_production_cookies_and_transport_security():
    names = [
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SAMESITE",
        "LANGUAGE_COOKIE_NAME",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
        "DEBUG",
    ]
    values = json.loads(
        production(
            "from django.conf import settings; import json\n"
            f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
        )
    )
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["SESSION_COOKIE_HTTPONLY"] is True
    assert values["SESSION_COOKIE_SAMESITE"] in {"Lax", "Strict"}
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_HTTPONLY"] is True
    assert values["CSRF_COOKIE_SAMESITE"] in {"Lax", "Strict"}
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert values["SECURE_REFERRER_POLICY"] == "no-referrer"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert values["DEBUG"] is False


def test_check_deploy_is_clean_with_production_settings():
    output = production(
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING')\n"
    )
    assert "System check identified no issues" in output


def test_production_response_headers(tmp_path):
    """A request through the production settings, as over HTTPS behind a proxy."""
    headers = json.loads(
        production(
            "from django.test import Client; import json\n"
            "response = Client().get('/healthz', headers={'X-Forwarded-Proto': 'https'},"
            " HTTP_HOST='redefine.example')\n"
            "print(json.dumps(dict(response.headers)))",
            DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
            SECURE_PROXY_SSL_HEADER_ENABLED="1",
        )
    )
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]


# django-axes: repeated failed logins lock the account out, through real posts to the login form.


@pytest.fixture
def partner_editor(django_user_model):
    return django_user_model.objects.create_user(
        username="sapari-editor", password="a long and good passphrase", is_superuser=True
    )


def log_in(client, username, password):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_login_works_with_the_right_password(client, partner_editor):
    response = log_in(client, "sapari-editor", "a long and good passphrase")
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_repeated_failures_lock_the_account_out(client, partner_editor, caplog):
    caplog.set_level(logging.DEBUG)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "sapari-editor", "wrong guess")
        assert response.status_code == 200
        assert "didn't match" in text_of(soup(response))
    locked = log_in(client, "sapari-editor", "wrong guess")
    assert locked.status_code == 429
    assert text_of(soup(locked).find("h1")) == "Too many failed sign-in attempts"
    # Even the right password no longer gets in.
    locked = log_in(client, "sapari-editor", "a long and good passphrase")
    assert locked.status_code == 429
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    # django-axes logged the failures by account, not by address.
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "sapari-editor" in messages
    assert "127.0.0.1" not in messages


def test_a_lockout_does_not_stop_other_accounts(client, partner_editor, django_user_model):
    django_user_model.objects.create_user(username="sacc-moderator", password="another passphrase")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "sapari-editor", "wrong guess")
    assert log_in(client, "sacc-moderator", "another passphrase").status_code == 302


PROXY_ADDRESS = "10.0.0.2"
ATTACKER_ADDRESS = "198.51.100.66"
MODERATOR_ADDRESS = "192.0.2.10"


def log_in_through_proxy(client_address, username, password, forwarded_for=None, **headers):
    """Sign in as a browser at `client_address` behind one load balancer would: the balancer
    connects from PROXY_ADDRESS and appends the browser's address to X-Forwarded-For."""
    from django.test import Client

    forwarded = f"{forwarded_for}, {client_address}" if forwarded_for else client_address
    browser = Client(REMOTE_ADDR=PROXY_ADDRESS, headers={"X-Forwarded-For": forwarded, **headers})
    return browser.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def test_behind_a_proxy_a_lockout_is_per_client_address(settings, partner_editor, caplog):
    caplog.set_level(logging.DEBUG)
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(ATTACKER_ADDRESS, "sapari-editor", "wrong guess")
    # The attacker has locked himself out, even when he sends a made-up address in front ...
    locked = log_in_through_proxy(
        ATTACKER_ADDRESS, "sapari-editor", "a long and good passphrase", forwarded_for="192.0.2.10"
    )
    assert locked.status_code == 429
    # ... and the real editor, behind the same load balancer, still gets in.
    response = log_in_through_proxy(
        MODERATOR_ADDRESS, "sapari-editor", "a long and good passphrase"
    )
    assert response.status_code == 302
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert ATTACKER_ADDRESS not in messages
    assert MODERATOR_ADDRESS not in messages


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(settings, partner_editor):
    settings.TRUSTED_PROXY_COUNT = 0
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"):
        # Made-up X-Forwarded-For values cannot dodge the lockout when nothing sets the header.
        log_in_through_proxy(address, "sapari-editor", "wrong guess")
    assert log_in_through_proxy("198.51.100.6", "sapari-editor", "wrong guess").status_code == 429


def test_a_single_value_header_names_the_client(settings, partner_editor):
    from django.test import RequestFactory

    from core.client_address import client_address

    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXY_HEADER = "X-Real-IP"
    factory = RequestFactory(REMOTE_ADDR=PROXY_ADDRESS)
    assert client_address(factory.get("/", headers={"X-Real-IP": ATTACKER_ADDRESS})) == (
        ATTACKER_ADDRESS
    )
    # Missing or malformed: the connection's address.
    assert client_address(factory.get("/")) == PROXY_ADDRESS
    assert client_address(factory.get("/", headers={"X-Real-IP": "not an address"})) == (
        PROXY_ADDRESS
    )


def test_weak_passwords_are_refused_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "new-editor",
            "email": "editor@example.org",
            "first_name": "New",
            "last_name": "Editor",
            "password1": "password1",
            "password2": "password1",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 200
    page = text_of(soup(response))
    assert "This password is too short" in page
    assert "This password is too common" in page


# Logs never hold a reader's address or what they searched for.


def fail_loudly(request):
    raise RuntimeError("a bug in a reader page")


urlpatterns = [path("en/fails/", fail_loudly), *site_urlpatterns]
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"


class LogCapture(logging.Handler):
    """Everything the configured loggers let through, formatted with tracebacks."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def logs():
    capture = LogCapture()
    loggers = [logging.getLogger()] + [
        logging.getLogger(name) for name in list(logging.root.manager.loggerDict)
    ]
    for logger in loggers:
        logger.addHandler(capture)
    yield capture
    for logger in loggers:
        logger.removeHandler(capture)


@pytest.mark.urls("tests.test_hardening")
def test_logs_hold_no_reader_address_or_search_query(client, tree, logs):
    client.raise_request_exception = False
    reader = {"REMOTE_ADDR": READER_ADDRESS, "HTTP_X_FORWARDED_FOR": READER_ADDRESS}
    assert client.get(tree["article"].url, **reader).status_code == 200
    assert client.get("/en/search/", {"q": SEARCH_WORDS}, **reader).status_code == 200
    assert client.get("/en/no-such-page/", {"q": SEARCH_WORDS}, **reader).status_code == 404
    assert client.get("/en/fails/", {"q": SEARCH_WORDS}, **reader).status_code == 500
    logged = "\n".join(logs.lines)
    # The error itself is logged, with its traceback, for the operators...
    assert "a bug in a reader page" in logged
    # ...but not who asked, nor what they were looking for.
    assert READER_ADDRESS not in logged
    assert SEARCH_WORDS not in logged


def test_gunicorn_writes_no_access_log():
    import runpy

    config = runpy.run_path(str(settings.BASE_DIR / "site_config" / "gunicorn.conf.py"))
    assert config["accesslog"] is None


def send_raw(port: int, data: bytes) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(data)
        connection.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := connection.recv(4096):
            received += chunk
    return received


def test_gunicorn_logs_neither_address_nor_request_line_of_a_malformed_request(tmp_path):
    from tests.servers import AppServer, production_env

    env = production_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        # An operator who turns the access log on still gets no addresses or queries in it.
        GUNICORN_CMD_ARGS="--access-logfile -",
    )
    server = AppServer(env, tmp_path / "gunicorn.log").start()
    try:
        for malformed in (
            f"GET /en/search/?q={SEARCH_WORDS} HTTP/1.1 extra words\r\nHost: localhost\r\n\r\n",
            f"GET /en/search/?q={SEARCH_WORDS}\x01 HTTP/1.1\r\nHost: localhost\r\n\r\n",
            f"G(T /en/search/?q={SEARCH_WORDS} HTTP/1.1\r\nHost: localhost\r\n\r\n",
            f"GET /en/search/?q={SEARCH_WORDS} HTTP/1.1\r\nHost: localhost\r\nBad header\r\n\r\n",
        ):
            assert send_raw(server.port, malformed.encode()).startswith(b"HTTP/1.1 400")
        answered = server.get(f"/healthz?q={SEARCH_WORDS}", headers={"Referer": SEARCH_WORDS})
        assert answered.status_code in {200, 503}
    finally:
        server.stop()
    logged = (tmp_path / "gunicorn.log").read_text()
    # The operators see that it happened ...
    assert logged.count("Invalid request") == 4
    assert "GET /healthz" in logged
    # ... but not who asked, nor what they were looking for.
    assert "127.0.0.1" not in logged
    assert SEARCH_WORDS not in logged
