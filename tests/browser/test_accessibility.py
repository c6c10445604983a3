"""axe-core finds no WCAG 2.2 A/AA violation on any kind of reader page, in any locale, at any size.

axe-core comes from the npm registry (tests/browser/package.json, `npm ci --prefix tests/browser`)
and is injected with `page.evaluate`, which the site's CSP does not apply to (a script tag would
be refused). One test per kind of page and size; on a phone each goes through all seven locales,
on a desktop through English, Georgian and Armenian (the layouts differ by size, not by locale).
Rules that are not met on purpose, and why: docs/accessibility.md (none at the moment).
"""

import pytest
from django.conf import settings

from tests.browser.reader import JOURNEY_LOCALES, SIZES, Reader, axe_report

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# With `iframes: False`: the chat's frame is the provider's page, which axe is not injected into.
AXE_RUN = """options => axe.run(document, options)"""
LOCALES = {"mobile": [code for code, _name in settings.LANGUAGES], "desktop": JOURNEY_LOCALES}


def page_paths(pages, code):
    return {
        "home": pages["home"],
        "country": pages["country"],
        "topic": pages["topic"],
        "article": pages["article"],
        "article-with-warning": pages["warning_article"],
        "support": pages["support"],
        "search": f"/{code}/search/?q={pages['search_word']}",
        "search-nothing-found": f"/{code}/search/?q=qqqzzzxxyy",
        "not-found": f"/{code}/no-such-page/",
    }


def axe_violations(page, axe_source):
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    result = page.evaluate(
        AXE_RUN,
        # Only violations in full (quicker); passes hold one example each.
        {
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "iframes": False,
            "resultTypes": ["violations"],
        },
    )
    assert result["passes"], "axe checked nothing"
    return result["violations"]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(
    "kind",
    [
        "home",
        "country",
        "topic",
        "article",
        "article-with-warning",
        "support",
        "search",
        "search-nothing-found",
        "not-found",
    ],
)
def test_no_axe_violations(browser, demo_site, axe_source, kind, size):
    failures = []
    with Reader(browser, demo_site, size) as reader:
        for code in LOCALES[size]:
            path = page_paths(demo_site.pages[code], code)[kind]
            response = reader.page.goto(demo_site.url(path))
            assert response.status == (404 if kind == "not-found" else 200), path
            assert reader.lang() == code, path
            violations = axe_violations(reader.page, axe_source)
            if kind == "article-with-warning":
                # And once the reader has chosen to read on.
                reader.page.locator("[data-content-warning] > summary").click()
                violations += axe_violations(reader.page, axe_source)
            if violations:
                failures.append(f"== {path} ({size})\n{axe_report(violations)}")
    assert not failures, "axe found WCAG violations:\n" + "\n".join(failures)


@pytest.mark.parametrize("size", list(SIZES))
def test_no_axe_violations_with_the_chat_open(browser, demo_site, axe_source, size):
    failures = []
    with Reader(browser, demo_site, size) as reader:
        for code in ["en", "ka", "hy"]:
            path = demo_site.pages[code]["journey"]["support"]
            reader.goto(path)
            reader.page.locator("[data-chat-start]").click()
            reader.page.locator("iframe.chat__iframe").wait_for()
            violations = axe_violations(reader.page, axe_source)
            if violations:
                failures.append(f"== {path} ({size})\n{axe_report(violations)}")
    assert not failures, "axe found WCAG violations:\n" + "\n".join(failures)
