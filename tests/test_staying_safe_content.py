"""The demo "Staying safe online" page tells the truth about the quick exit in every language.

It names the buttons as readers see them (the catalogue's own labels), says what needs
JavaScript and what the browser keeps anyway, and how to clear it in each common browser.
Checked on the demo data itself, so it needs no database.
"""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, pgettext

from demo.data.site import STANDARD_PAGES

BROWSERS = ["Chrome", "Safari", "Firefox", "Samsung Internet"]


def page_text(code):
    page = next(p for p in STANDARD_PAGES if p["slug"] == "staying-safe-online")
    texts = page["translations"][code]
    parts = [texts["title"], texts["intro"]]
    for kind, value in texts["body"]:
        if kind == "heading":
            parts.append(value["text"])
        elif kind == "paragraph":
            parts.append(value)
        elif kind == "questions":
            parts.append(value["heading"])
            parts += [part for item in value["items"] for part in item.values()]
    return re.sub(r"<[^>]+>", " ", " ".join(parts))


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_the_page_explains_the_quick_exit_and_clearing_in_every_language(code):
    text = page_text(code)
    with translation.override(code):
        leave = gettext("Leave this site")
        back = pgettext("to the previous page of the site", "Back")
    assert leave in text, f"{code}: the page does not name the button as readers see it"
    assert back in text, f"{code}: the page does not name the Back link as readers see it"
    for word in ["Shift", "JavaScript", "Ctrl+Shift+Delete", *BROWSERS]:
        assert word in text, f"{code}: {word} is missing"
