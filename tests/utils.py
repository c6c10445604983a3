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
