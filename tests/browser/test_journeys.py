"""Reader journeys with a mouse (or a finger), in English, Georgian and Armenian, phone and desktop.

Each runs on the whole demo site (the `demo_site` fixture), in Debian's Chromium.
"""

import pytest

from tests.browser.reader import (
    BROWSER_LOCALES,
    FOCUS_IN_ARTICLE,
    JOURNEY_LOCALES,
    SIZES,
    Reader,
    every_kind_of_page,
    open_header_menu,
)

pytestmark = pytest.mark.browser

journeys = pytest.mark.parametrize("code", JOURNEY_LOCALES)
sizes = pytest.mark.parametrize("size", list(SIZES))


@journeys
@sizes
def test_arriving_lands_in_the_browsers_language_and_switching_keeps_the_article(
    browser, demo_site, code, size
):
    journey = demo_site.pages[code]["journey"]
    with Reader(browser, demo_site, size, locale=BROWSER_LOCALES[code]) as reader:
        reader.page.goto(demo_site.url("/"))
        assert reader.path == f"/{code}/"
        assert reader.lang() == code

        reader.goto(journey["article"])
        other, other_url = sorted(journey["translations"].items())[0]
        open_header_menu(reader.page)
        switcher = reader.page.locator(".language-switcher")
        assert switcher.locator("[aria-current]").get_attribute("lang") == code
        switcher.locator(f'a[hreflang="{other}"]').click()
        reader.wait_for_path(other_url)
        assert reader.lang() == other
        # The same article: its translation offers the way back to the page we came from.
        back = reader.page.locator(f'.language-switcher a[hreflang="{code}"]')
        assert back.get_attribute("href") == journey["article"]
        assert reader.page.locator(".language-switcher [aria-current]").get_attribute("lang") == (
            other
        )


@journeys
@sizes
def test_home_country_topic_article_talk_to_someone_and_the_chat(browser, demo_site, code, size):
    journey = demo_site.pages[code]["journey"]
    with Reader(browser, demo_site, size) as reader:
        page = reader.page
        reader.goto(f"/{code}/")
        page.locator(f'a.tile[href="{journey["country"]}"]').click()
        reader.wait_for_path(journey["country"])

        topic_link = f"{journey['topic']}?country={journey['country_code']}"
        page.locator(f'a.chip[href="{topic_link}"]').click()
        reader.wait_for_path(topic_link)
        assert page.locator("#country-filter").input_value() == journey["country_code"]

        page.locator(f'.card a[href="{journey["article"]}"]').click()
        reader.wait_for_path(journey["article"])
        assert page.locator("h1").inner_text() == journey["article_title"]

        talk = page.locator(".talk-callout a.button").first
        talk.scroll_into_view_if_needed()
        assert talk.get_attribute("href") == journey["support"]
        talk.click()
        reader.wait_for_path(journey["support"])
        assert reader.lang() == code

        # The chat service hears nothing until the reader presses Start chat.
        page.wait_for_load_state("networkidle")
        assert reader.offsite == []
        start = page.locator("[data-chat-start]")
        assert start.get_attribute("href") == journey["chat_link"]
        start.click()
        frame = page.locator("iframe.chat__iframe")
        assert frame.get_attribute("src") == journey["chat_link"]
        chat = page.frame_locator("iframe.chat__iframe")
        assert chat.locator("h1").inner_text() == "Fake chat provider"
        assert reader.offsite == [journey["chat_link"]]
        assert start.is_hidden()

        page.locator("[data-chat-close]").click()
        assert page.locator("iframe").count() == 0
        assert start.is_visible()
        assert page.evaluate("document.activeElement.hasAttribute('data-chat-start')")


@journeys
@sizes
def test_an_article_with_a_content_warning_shows_the_warning_first(browser, demo_site, code, size):
    path = demo_site.pages[code]["warning_article"]
    with Reader(browser, demo_site, size) as reader:
        page = reader.page
        reader.goto(path)
        warning = page.locator(".content-warning")
        body = page.locator("#article-body")
        assert warning.is_visible()
        assert body.is_hidden()
        # The warning comes before the article, on screen and for a screen reader.
        assert warning.evaluate(
            "(w, b) => !!(w.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)",
            body.element_handle(),
        )
        continue_button = page.locator("[data-content-warning] > summary")
        assert continue_button.is_visible()
        continue_button.click()
        assert body.is_visible()
        assert body.locator("p").first.is_visible()
        assert continue_button.is_hidden()
        # The reader is taken to the start of the article, not left nowhere.
        page.wait_for_function(FOCUS_IN_ARTICLE, timeout=2_000)


@journeys
@sizes
def test_search_from_the_header_finds_results_in_the_same_locale(browser, demo_site, code, size):
    journey = demo_site.pages[code]["journey"]
    with Reader(browser, demo_site, size) as reader:
        page = reader.page
        reader.goto(journey["support"])
        open_header_menu(page)
        field = page.locator("header #site-search-q")
        field.fill(journey["search_word"])
        page.locator("header .site-search button").click()
        page.wait_for_url(f"**/{code}/search/?q=*")
        assert reader.lang() == code
        assert page.locator("#search-q").input_value() == journey["search_word"]

        links = page.locator(".search-results .search-result h2 a, .search-results h2 a")
        hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
        assert hrefs, "no results"
        assert all(href.startswith(f"/{code}/") for href in hrefs), hrefs
        assert journey["article"] in hrefs

        page.locator(f'.search-results a[href="{journey["article"]}"]').first.click()
        reader.wait_for_path(journey["article"])
        assert page.locator("h1").inner_text() == journey["article_title"]


def test_no_script_errors_or_csp_violations_on_any_kind_of_page(browser, demo_site):
    """site.js and support.js run everywhere without an error and within the CSP (the quick
    exit bar's scroll padding is set through the CSSOM, which the CSP allows)."""
    problems = []
    with Reader(browser, demo_site, "mobile") as reader:
        reader.page.on("pageerror", lambda error: problems.append(f"{reader.path}: {error}"))
        reader.page.on(
            "console",
            lambda message: (
                message.type == "error" and problems.append(f"{reader.path}: {message.text}")
            ),
        )
        for code in JOURNEY_LOCALES:
            pages = demo_site.pages[code]
            # Every kind of page but the 404 page.
            for path in every_kind_of_page(pages, code, not_found=False):
                reader.goto(path)
                padding = reader.page.evaluate("document.documentElement.style.scrollPaddingTop")
                bar = reader.page.locator("[data-quick-exit-bar]").bounding_box()
                assert padding.endswith("px"), (path, padding)
                assert abs(float(padding[:-2]) - (bar["height"] + 16)) <= 1, (path, padding, bar)
            reader.goto(pages["journey"]["support"])
            reader.page.locator("[data-chat-start]").click()
            reader.page.locator("iframe.chat__iframe").wait_for()
    assert problems == []
