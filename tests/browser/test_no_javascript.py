"""With JavaScript off: every page readable, the chat a plain link, the quick exit a plain link."""

import pytest

from tests.browser.reader import JOURNEY_LOCALES, SIZES, Reader, open_header_menu

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("code", JOURNEY_LOCALES)
@pytest.mark.parametrize("size", list(SIZES))
def test_without_javascript_everything_is_readable_and_reachable(browser, demo_site, code, size):
    pages = demo_site.pages[code]
    journey = pages["journey"]
    with Reader(browser, demo_site, size, java_script_enabled=False) as reader:
        page = reader.page
        for path in [pages["home"], pages["country"], pages["topic"], journey["article"]]:
            reader.goto(path)
            assert page.locator("html.has-js").count() == 0
            assert page.locator("main h1").is_visible(), path
            assert page.locator("main p").first.is_visible(), path
            exit_link = page.locator("a[data-quick-exit]")
            assert exit_link.is_visible()
            assert exit_link.get_attribute("href").startswith("https://")
            # "Press Shift 3 times" needs the script: not promised without it.
            assert page.locator("[data-quick-exit-hint]").is_hidden()
        assert page.locator("#article-body p").first.is_visible()

        # A content warning still comes first, and the reader can still go on (<details>).
        reader.goto(pages["warning_article"])
        assert page.locator(".content-warning").is_visible()
        assert page.locator("#article-body").is_hidden()
        page.locator("[data-content-warning] > summary").click()
        assert page.locator("#article-body p").first.is_visible()

        # The chat is a link to the chat itself; following it is the reader's choice.
        reader.goto(journey["support"])
        start = page.locator("a[data-chat-start]")
        assert start.is_visible()
        assert start.get_attribute("href") == journey["chat_link"]
        assert page.locator(".helpline__number").first.is_visible()
        assert reader.offsite == []

        # Search works (a plain GET form), from the menu that folds on a phone.
        open_header_menu(page)
        page.locator("header #site-search-q").fill(journey["search_word"])
        page.locator("header .site-search button").click()
        page.wait_for_url(f"**/{code}/search/?q=*")
        assert page.locator(f'.search-results a[href="{journey["article"]}"]').count() >= 1

        # The quick exit link leaves for the neutral site.
        neutral = page.locator("a[data-quick-exit]").get_attribute("href")
        page.locator("a[data-quick-exit]").click()
        page.wait_for_url(neutral)
        assert page.locator("h1").inner_text() == "Weather today"
