"""Help one tap away on a phone, in every journey locale, with and without JavaScript (issue 12).

On a 360 × 740 phone: the header's "Talk to someone" is on screen at once on the home, country,
partner, article, topic and search pages, and one tap on it lands where he can call or chat;
the page's heading still starts within the first 260 px (search and languages fold away);
every call button is at least 44 × 44 px and every breadcrumb at least 24 px tall (WCAG 2.2
target size). Against the demo site (tests/browser/demo_site.py).
"""

import pytest

from tests.browser.reader import Reader

pytestmark = pytest.mark.browser

CODES = ["en", "ka", "hy", "ru", "be"]
H1_MAX_TOP = 260
CALL_MIN = 44
CRUMB_MIN = 24

H1_TOP = "() => document.querySelector('main h1').getBoundingClientRect().top"
BOXES = """selector => [...document.querySelectorAll(selector)]
  .filter(el => el.offsetParent !== null)
  .map(el => { const r = el.getBoundingClientRect();
               return {width: r.width, height: r.height, html: el.outerHTML.slice(0, 120)}; })"""
# Where a reader can reach a person: a chat to start, a support offer, or a number to call.
HELP_HERE = "main .chat, main a[href^='tel:'], main .help-box__support a"


def kinds_of_page(demo_site, code):
    pages = demo_site.pages[code]
    journey = pages["journey"]
    article = journey["article"]
    return {
        "home": pages["home"],
        "country": journey["country"],
        "partner": article.rstrip("/").rsplit("/", 1)[0] + "/",
        "article": article,
        "topic": journey["topic"],
        "search": f"/{code}/search/?q={journey['search_word']}",
    }


def assert_targets(reader, where):
    for box in reader.page.evaluate(BOXES, "a[href^='tel:']"):
        assert box["width"] >= CALL_MIN and box["height"] >= CALL_MIN, (where, box)
    for box in reader.page.evaluate(BOXES, ".breadcrumbs a"):
        assert box["height"] >= CRUMB_MIN and box["width"] >= CRUMB_MIN, (where, box)


def check_page(reader, kind, path):
    reader.goto(path)
    reader.page.evaluate("() => window.scrollTo(0, 0)")
    top = reader.page.evaluate(H1_TOP)
    assert top <= H1_MAX_TOP, f"{kind} {path}: the h1 starts at {top} px"
    help_link = reader.page.locator("header .site-header__help")
    box = help_link.bounding_box()
    assert box is not None, f"{kind} {path}: no help in the header"
    assert box["y"] + box["height"] <= 740 and box["height"] >= CALL_MIN, (kind, path, box)
    assert_targets(reader, path)
    if kind == "home":
        # A visible way to chat from the home page itself.
        assert reader.page.locator("main #get-help a.button").first.is_visible()
    href = help_link.get_attribute("href")
    with reader.page.expect_navigation():
        help_link.click()  # One tap.
    landed = reader.page.locator(HELP_HERE)
    assert landed.count() > 0, f"{kind} {path}: 'Talk to someone' ({href}) leads to no help"
    assert landed.first.is_visible() or "#" in href, (kind, path, href)
    assert_targets(reader, href)


@pytest.mark.parametrize("code", CODES)
def test_help_is_one_tap_away_on_a_phone(browser, demo_site, code):
    with Reader(browser, demo_site, "mobile", is_mobile=True, has_touch=True) as reader:
        for kind, path in kinds_of_page(demo_site, code).items():
            check_page(reader, kind, path)


@pytest.mark.parametrize("code", CODES)
def test_help_and_search_without_javascript(browser, demo_site, code):
    pages = kinds_of_page(demo_site, code)
    with Reader(browser, demo_site, "mobile", java_script_enabled=False) as reader:
        for kind in ("home", "country", "article"):
            check_page(reader, kind, pages[kind])
        # The folded search opens without JavaScript.
        reader.goto(pages["article"])
        search = reader.page.locator("header #site-search-q")
        assert not search.is_visible()
        reader.page.locator("header .site-tools__toggle").click()
        assert search.is_visible()
        languages = reader.page.locator("header .language-switcher a")
        if languages.count():
            assert languages.first.is_visible()


def test_search_and_languages_show_unfolded_on_a_wide_screen(browser, demo_site):
    with Reader(browser, demo_site, "desktop") as reader:
        reader.goto(demo_site.pages["en"]["journey"]["article"])
        assert reader.page.locator("header #site-search-q").is_visible()
        assert not reader.page.locator("header .site-tools__toggle").is_visible()
        assert reader.page.locator("header .site-header__help").is_visible()
