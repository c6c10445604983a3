"""Helpers to read responses the way a reader's browser would: parsed HTML and parsed headers."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(element) -> str:
    """The element's visible text with whitespace collapsed, as a reader sees it."""
    return " ".join(element.get_text().split())


def csp(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.headers["Content-Security-Policy"]
    policy = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            policy[words[0]] = words[1:]
    return policy


def admin_text(user, message: str) -> str:
    """The longest fixed part of `message` as `user` sees it in the admin (their language),
    HTML-escaped as a page shows it: what a test can look for in a response."""
    import re

    from django.utils import translation
    from django.utils.html import escape
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        text = translation.gettext(message)
    fragment = max(re.split(r"%\([a-z_]+\)s", text), key=len).strip(" .'’”“„«»")
    assert len(fragment) > 3, (message, text)
    return escape(fragment)


def refused(response) -> bool:
    """Whether the admin refused the request: Wagtail answers PermissionDenied with 403, or with a
    redirect that carries an error message."""
    from django.contrib.messages import get_messages

    if response.status_code == 403:
        return True
    if response.status_code == 302:
        return any(m.level_tag == "error" for m in get_messages(response.wsgi_request))
    return False


def run_django(code: str, env: dict[str, str], timeout: int = 120) -> str:
    """Run `code` after `django.setup()` in a new process of this interpreter, with exactly `env`
    (DJANGO_SETTINGS_MODULE there picks the settings); its output, once it has succeeded."""
    import subprocess
    import sys

    from django.conf import settings

    result = subprocess.run(  # noqa: S603 (this interpreter, code written by the tests)
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
