"""After a quick exit, Back never returns to a page of the site, however many pages were read.

A reader comes from a search engine (a page the test serves at https://search.example/, so the
history has an entry before the site, as it would), reads the home page, a country, an article,
searches and opens a result, every time by clicking or submitting, as a reader does. site.js
keeps the whole visit to one entry of the tab's history, so the quick exit's location.replace
takes the visit away: Back goes to the search engine, and there is nothing of the site to go
Forward or Back to. The neutral site is each language's default destination, answered by the
test (`Reader` routes every request that leaves the site), so nothing reaches the internet.
"""

import pytest
from django.conf import settings

from tests.browser.reader import SIZES, Reader

pytestmark = pytest.mark.browser

LOCALES = ["en", "ka", "hy", "ru", "be"]
ENGINE = "https://search.example/"


def engine_page(route, site_home):
    body = (
        "<!doctype html><html lang=en><title>Search</title><h1>Search results</h1>"
        f'<a id="result" href="{site_home}">Redefine</a></html>'
    )
    route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)


def from_the_search_engine(reader, code):
    """The search engine's page, then the site's home through its link: one entry more.

    `reader.entries` is the length of the tab's history then (the new tab's first blank page
    counts too); the visit must never make it longer.
    """
    home = reader.site.url(f"/{code}/")
    reader.context.route(f"{ENGINE}**", lambda route: engine_page(route, home))
    reader.page.goto(ENGINE)
    before = history_length(reader)
    with reader.page.expect_navigation(url=home):
        reader.page.locator("#result").click()
    reader.entries = history_length(reader)
    assert reader.entries == before + 1


def history_length(reader):
    return reader.page.evaluate("history.length")


def follow(reader, selector, path):
    """Click a link to `path`, as a reader would; the visit stays one history entry."""
    with reader.page.expect_navigation(url=reader.site.url(path)):
        reader.page.locator(selector).first.click()
    assert history_length(reader) == reader.entries, f"{path} added an entry to the history"


def read_three_pages_and_search(reader, demo_site, code):
    journey = demo_site.pages[code]["journey"]
    from_the_search_engine(reader, code)
    follow(reader, f'main a[href="{journey["country"]}"]', journey["country"])
    if reader.page.locator(f'main a[href="{journey["article"]}"]').count() == 0:
        topic = f"{journey['topic']}?country={journey['country_code']}"
        follow(reader, f'main a[href="{topic}"]', topic)
    follow(reader, f'main a[href="{journey["article"]}"]', journey["article"])

    search = reader.page.locator("header #site-search-q")
    toggles = reader.page.locator("header summary")
    for index in range(toggles.count()):  # Folded away on a small screen: opened first.
        if search.is_visible():
            break
        toggles.nth(index).click()
    search.fill(journey["search_word"])
    with reader.page.expect_navigation(url=f"**/{code}/search/?q=*"):
        search.press("Enter")
    assert history_length(reader) == reader.entries, "the search added an entry to the history"
    follow(reader, f'.search-results a[href="{journey["article"]}"]', journey["article"])
    return journey


def assert_nothing_of_the_site_is_left(reader, code):
    destination = settings.QUICK_EXIT_DEFAULT_URLS[code]
    reader.page.wait_for_url(destination)
    assert reader.page.locator("h1").inner_text() == "Weather today"
    assert history_length(reader) == reader.entries
    # Back: the search engine, the page before the site; then the tab's first blank page.
    reader.page.go_back()
    assert reader.page.url == ENGINE
    assert reader.page.locator("h1").inner_text() == "Search results"
    reader.page.go_back()
    assert reader.page.url == "about:blank"
    # Forward again: the search engine, then the neutral site, never the site's last page.
    reader.page.go_forward()
    assert reader.page.url == ENGINE
    reader.page.go_forward()
    assert reader.page.url == destination
    assert destination in reader.offsite


@pytest.mark.parametrize("code", LOCALES)
def test_after_the_button_back_never_returns_to_the_site(browser, demo_site, code):
    with Reader(browser, demo_site, "mobile") as reader:
        read_three_pages_and_search(reader, demo_site, code)
        exit_link = reader.page.locator("[data-quick-exit]")
        assert exit_link.get_attribute("href") == settings.QUICK_EXIT_DEFAULT_URLS[code]
        exit_link.click()
        assert_nothing_of_the_site_is_left(reader, code)


@pytest.mark.parametrize("code", LOCALES)
def test_after_shift_three_times_back_never_returns_to_the_site(browser, demo_site, code):
    with Reader(browser, demo_site, "desktop") as reader:
        read_three_pages_and_search(reader, demo_site, code)
        reader.page.locator("main h1").click()  # The focus out of the search field.
        for _ in range(3):
            reader.page.keyboard.press("Shift")
        assert_nothing_of_the_site_is_left(reader, code)


def test_each_locale_leaves_for_its_own_neutral_site(browser, demo_site):
    destinations = {}
    with Reader(browser, demo_site, "mobile") as reader:
        for code, _name in settings.LANGUAGES:
            reader.goto(demo_site.pages[code]["home"])
            destinations[code] = reader.page.locator("[data-quick-exit]").get_attribute("href")
    assert destinations == settings.QUICK_EXIT_DEFAULT_URLS
    assert len(set(destinations.values())) == len(destinations)


def test_the_back_link_goes_back_within_the_site_without_adding_entries(browser, demo_site):
    journey = demo_site.pages["ka"]["journey"]
    with Reader(browser, demo_site, "mobile") as reader:
        from_the_search_engine(reader, "ka")
        back = reader.page.locator("[data-site-back]")
        assert back.is_hidden(), "nothing to go back to on the first page"
        follow(reader, f'main a[href="{journey["country"]}"]', journey["country"])
        assert back.is_visible()
        assert back.inner_text().strip().endswith("უკან")
        with reader.page.expect_navigation(url=reader.site.url("/ka/")):
            back.click()
        assert history_length(reader) == reader.entries
        assert back.is_hidden()
        # The skip link and other #fragments of the page add no entry either.
        reader.page.keyboard.press("Tab")
        reader.page.keyboard.press("Tab")
        assert reader.page.evaluate("document.activeElement.classList.contains('skip-link')")
        reader.page.keyboard.press("Enter")
        reader.page.wait_for_url("**/ka/#main")
        assert history_length(reader) == reader.entries


def test_new_tabs_downloads_and_phone_links_are_left_to_the_browser(browser, demo_site):
    pages = demo_site.pages["en"]
    with Reader(browser, demo_site, "desktop") as reader:
        from_the_search_engine(reader, "en")
        # Ctrl+click opens the page in a new tab; this tab stays where it is.
        with reader.context.expect_page() as new_tab:
            reader.page.locator(f'main a[href="{pages["country"]}"]').first.click(
                modifiers=["ControlOrMeta"]
            )
        new_tab.value.wait_for_load_state()
        assert new_tab.value.url == reader.site.url(pages["country"])
        assert reader.path == "/en/"
        new_tab.value.close()
        # A tel: link on the support page is not touched (the browser hands it to the phone).
        reader.goto(pages["journey"]["support"])
        phone = reader.page.locator('a[href^="tel:"]').first
        assert phone.count() == 1
        prevented = phone.evaluate(
            """link => {
              let prevented = null;
              document.addEventListener("click", event => {
                prevented = event.defaultPrevented; event.preventDefault();
              }, {once: true});
              link.click();
              return prevented;
            }"""
        )
        assert prevented is False


@pytest.mark.parametrize("code", ["ka", "hy", "ru", "be"])
def test_the_shift_hint_shows_only_where_there_is_a_keyboard(browser, demo_site, code):
    article = demo_site.pages[code]["journey"]["article"]
    phone = {"has_touch": True, "is_mobile": True, "device_scale_factor": 2}
    with Reader(browser, demo_site, "mobile", **phone) as reader:
        reader.goto(article)
        assert reader.page.locator("html.has-js").count() == 1
        assert reader.page.locator("[data-quick-exit-hint]").is_hidden()
    with Reader(browser, demo_site, "desktop") as reader:
        reader.goto(article)
        hint = reader.page.locator("[data-quick-exit-hint]")
        assert hint.is_visible()
        assert_one_line(reader)


@pytest.mark.parametrize("code", ["ka", "hy", "ru", "be"])
@pytest.mark.parametrize("touch", [True, False], ids=["touch", "mouse"])
def test_the_bar_stays_one_line_at_360_px_with_the_back_link(browser, demo_site, code, touch):
    journey = demo_site.pages[code]["journey"]
    options = {"has_touch": True, "is_mobile": True} if touch else {}
    with Reader(browser, demo_site, SIZES["mobile"], **options) as reader:
        from_the_search_engine(reader, code)
        reader.goto(journey["country"])
        reader.entries = history_length(reader)
        topic = f"{journey['topic']}?country={journey['country_code']}"
        follow(reader, f'main a[href="{topic}"]', topic)
        assert reader.page.locator("[data-site-back]").is_visible()
        assert_one_line(reader)


def assert_one_line(reader):
    boxes = reader.page.evaluate(
        """() => [...document.querySelector("[data-quick-exit-bar]").children]
          .filter(el => el.getClientRects().length)
          .map(el => { const r = el.getBoundingClientRect();
                       return {name: el.className, top: r.top, bottom: r.bottom}; })"""
    )
    button = next(box for box in boxes if box["name"] == "quick-exit__button")
    for box in boxes:
        assert box["top"] < button["bottom"] and box["bottom"] > button["top"], (box, button)
    bar = reader.page.locator("[data-quick-exit-bar]").bounding_box()
    assert bar["height"] < 2 * (button["bottom"] - button["top"]), (bar, boxes)
