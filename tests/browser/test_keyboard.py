"""Every reader journey with the keyboard only: Tab, Shift+Tab, Enter, Space, typing.

At every stop of the focus, `tab_to` checks that the focused element shows a focus indicator, is
on screen and is not covered (by the sticky quick exit bar, say): WCAG 2.4.7 and 2.4.11.
"""

import pytest

from tests.browser.reader import (
    BROWSER_LOCALES,
    FOCUS_IN_ARTICLE,
    JOURNEY_LOCALES,
    SIZES,
    Reader,
    assert_focus_visible,
    focus_state,
    tab_to,
)

pytestmark = pytest.mark.browser

journeys = pytest.mark.parametrize("code", JOURNEY_LOCALES)
sizes = pytest.mark.parametrize("size", list(SIZES))


def enter(reader, path, key="Enter"):
    with reader.page.expect_navigation(url=reader.site.url(path)):
        reader.page.keyboard.press(key)


def open_menu(reader):
    """On a phone the menu, search and languages are folded into the header's <details>:
    open it with the keyboard (on a wide screen it is always open)."""
    toggle = reader.page.locator("header .site-tools__toggle")
    if toggle.is_visible() and reader.page.locator("header .site-tools[open]").count() == 0:
        tab_to(reader.page, "header .site-tools__toggle")
        reader.page.keyboard.press("Enter")


@journeys
@sizes
def test_keyboard_home_country_topic_article_support_and_chat(browser, demo_site, code, size):
    journey = demo_site.pages[code]["journey"]
    topic_link = f"{journey['topic']}?country={journey['country_code']}"
    with Reader(browser, demo_site, size, locale=BROWSER_LOCALES[code]) as reader:
        reader.page.goto(demo_site.url("/"))
        assert reader.path == f"/{code}/"

        tab_to(reader.page, f'a.tile[href="{journey["country"]}"]')
        enter(reader, journey["country"])
        tab_to(reader.page, f'a.chip[href="{topic_link}"]')
        enter(reader, topic_link)
        tab_to(reader.page, f'.card a[href="{journey["article"]}"]')
        enter(reader, journey["article"])
        tab_to(reader.page, f'.talk-callout a[href="{journey["support"]}"]')
        enter(reader, journey["support"])

        tab_to(reader.page, "[data-chat-start]")
        reader.page.keyboard.press("Enter")
        reader.page.frame_locator("iframe.chat__iframe").locator("h1").wait_for()
        assert focus_state(reader.page)["tag"] == "iframe"
        # Out of the chat's frame with Tab (no trap), to "Close and clear".
        tab_to(reader.page, "[data-chat-close]", max_presses=5)
        reader.page.keyboard.press("Enter")
        assert reader.page.locator("iframe").count() == 0
        assert_focus_visible(reader.page)
        assert reader.page.evaluate("document.activeElement.hasAttribute('data-chat-start')")


@journeys
@sizes
def test_keyboard_language_switch_search_and_content_warning(browser, demo_site, code, size):
    pages = demo_site.pages[code]
    journey = pages["journey"]
    other, other_url = sorted(journey["translations"].items())[0]
    with Reader(browser, demo_site, size) as reader:
        reader.goto(journey["article"])
        open_menu(reader)
        tab_to(reader.page, f'.language-switcher a[hreflang="{other}"]')
        enter(reader, other_url)
        assert reader.lang() == other
        open_menu(reader)
        tab_to(reader.page, f'.language-switcher a[hreflang="{code}"]')
        enter(reader, journey["article"])

        open_menu(reader)
        tab_to(reader.page, "#site-search-q")
        reader.page.keyboard.type(journey["search_word"])
        with reader.page.expect_navigation(url=f"**/{code}/search/?q=*"):
            reader.page.keyboard.press("Enter")
        tab_to(reader.page, f'.search-results a[href="{journey["article"]}"]')
        enter(reader, journey["article"])

        reader.goto(pages["warning_article"])
        assert reader.page.locator("#article-body").is_hidden()
        tab_to(reader.page, "[data-content-warning] > summary")
        reader.page.keyboard.press("Space")
        assert reader.page.locator("#article-body").is_visible()
        # The focus moved to the article: the next Tab goes on inside it or after it, not back.
        reader.page.wait_for_function(FOCUS_IN_ARTICLE, timeout=2_000)
        reader.page.keyboard.press("Tab")
        after = reader.page.evaluate(
            """() => {
              const body = document.getElementById('article-body');
              const pos = body.compareDocumentPosition(document.activeElement);
              return body.contains(document.activeElement) ||
                !!(pos & Node.DOCUMENT_POSITION_FOLLOWING);
            }"""
        )
        assert after, focus_state(reader.page)


@journeys
@sizes
def test_keyboard_quick_exit_link_is_the_first_stop_and_leaves(browser, demo_site, code, size):
    article = demo_site.pages[code]["journey"]["article"]
    with Reader(browser, demo_site, size) as reader:
        reader.goto(article)
        neutral = reader.page.locator("[data-quick-exit]").get_attribute("href")
        reader.page.keyboard.press("Tab")
        assert reader.page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")
        assert_focus_visible(reader.page)
        with reader.page.expect_navigation(url=neutral):
            reader.page.keyboard.press("Enter")


def pages_of_every_kind(pages, code):
    return {
        "home": pages["home"],
        "country": pages["country"],
        "topic": pages["topic"],
        "article": pages["journey"]["article"],
        "support": pages["journey"]["support"],
        "search": f"/{code}/search/?q={pages['search_word']}",
    }


@pytest.mark.parametrize("code", ["ka", "hy"])
@sizes
def test_skip_link_visible_focus_everywhere_and_no_trap(browser, demo_site, code, size):
    """Second stop: the skip link, shown, to the main content. Then Tab through the whole page
    and Shift+Tab back: every stop visibly focused and uncovered, and the focus comes round."""
    with Reader(browser, demo_site, size) as reader:
        for kind, path in pages_of_every_kind(demo_site.pages[code], code).items():
            reader.goto(path)
            reader.page.keyboard.press("Tab")
            reader.page.keyboard.press("Tab")
            skip = assert_focus_visible(reader.page)
            assert "skip-link" in skip["html"], (kind, skip)
            reader.page.keyboard.press("Enter")
            assert reader.page.evaluate("document.activeElement.id") == "main", kind
            reader.page.keyboard.press("Tab")
            inside = "document.getElementById('main').contains(document.activeElement)"
            assert reader.page.evaluate(inside), (kind, focus_state(reader.page))

            # On through the rest of the page and round to the quick exit, the first stop; then
            # the whole way round backwards (the page scrolls up under the sticky bar).
            tab_to(reader.page, "[data-quick-exit]", max_presses=200)
            tab_to(reader.page, "[data-quick-exit]", max_presses=200, backwards=True)
