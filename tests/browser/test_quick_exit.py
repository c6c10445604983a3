"""Quick exit in a real browser: the button and Shift ×3 hide the page at once, then leave for good.

"At once" is measured inside the page: a listener added after site.js's own runs in the same
event, right after the exit started, and writes down whether anything of the article can still be
seen, in the tab's sessionStorage for the site, which the test reads once the tab is on a page
of the site again (no race with the page going away). The neutral site is answered by
the test (`Reader`), so leaving never waits on the network. That Back returns to no page of the
site after a reader has read several is test_quick_exit_history.py.
"""

import json

import pytest

from tests.browser.reader import JOURNEY_LOCALES, SIZES, Reader

pytestmark = pytest.mark.browser

journeys = pytest.mark.parametrize("code", JOURNEY_LOCALES)
sizes = pytest.mark.parametrize("size", list(SIZES))

# Reports, in the event that started the exit, what the reader sees: the cover over the whole
# viewport, everything else hidden, and an empty title (the tab shows nothing of the article).
WATCH_EXIT = """() => {
  const report = () => {
    const root = document.documentElement;
    if (!root.classList.contains("is-exiting") || window.__exitReported) return;
    window.__exitReported = true;
    const cover = document.querySelector(".quick-exit-cover");
    const visible = [...document.body.children].filter(
      el => el !== cover && getComputedStyle(el).visibility !== "hidden"
        && el.getBoundingClientRect().height > 0);
    const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    sessionStorage.setItem("quick-exit-report", JSON.stringify({
      cover: getComputedStyle(cover).display, coverHit: hit === cover,
      visible: visible.map(el => el.tagName + "." + el.className), title: document.title,
    }));
  };
  document.addEventListener("keydown", report);
  document.addEventListener("click", report);
}"""

COVERED_STATE = """el => {
  const rect = el.getBoundingClientRect();
  const points = [[rect.left + rect.width / 2, rect.top + rect.height / 2],
                  [rect.left + 3, rect.top + 3], [rect.right - 3, rect.bottom - 3]];
  return {
    inView: rect.top >= 0 && rect.left >= 0 &&
      rect.bottom <= innerHeight && rect.right <= innerWidth,
    covered: points.map(([x, y]) => document.elementFromPoint(x, y))
      .filter(hit => hit !== el && !el.contains(hit)).map(hit => hit.outerHTML.slice(0, 100)),
  };
}"""


class ExitWatch:
    def __init__(self, reader):
        self.reader = reader
        self.page = reader.page
        self.page.evaluate(WATCH_EXIT)

    def report(self):
        """What the page looked like the moment the exit started (read on a page of the site,
        in the same tab: opened again if the tab is elsewhere now)."""
        if not self.page.url.startswith(self.reader.site.origin):
            self.reader.goto("/en/")
        report = self.page.evaluate("sessionStorage.getItem('quick-exit-report')")
        return report and json.loads(report)

    def assert_hidden_at_once(self):
        report = self.report()
        assert report, "the quick exit did not start"
        assert report["cover"] == "block"
        assert report["coverHit"], "the cover is not on top"
        assert report["visible"] == [], f"still visible while leaving: {report['visible']}"
        assert report["title"] == ""


def neutral_url(reader):
    return reader.page.locator("[data-quick-exit]").get_attribute("href")


ELSEWHERE = "https://search.example/"
ELSEWHERE_PAGE = "<!doctype html><html lang=en><title>Search</title><h1>Search results</h1></html>"


def article_from_elsewhere(reader, code, article):
    """Another site, then the article, as from a search result: a real entry in the history."""
    reader.context.route(
        f"{ELSEWHERE}**",
        lambda route: route.fulfill(status=200, content_type="text/html", body=ELSEWHERE_PAGE),
    )
    reader.page.goto(ELSEWHERE)
    reader.page.evaluate("url => { location.href = url; }", reader.site.url(article))
    reader.wait_for_path(article)


def assert_left_for_good(reader, neutral, article):
    reader.page.wait_for_url(neutral)
    assert reader.page.locator("h1").inner_text() == "Weather today"
    # location.replace: the article's entry in the history is gone; Back goes to the page
    # before it (the other site), and never shows the article again.
    reader.page.go_back()
    assert reader.page.url == ELSEWHERE
    assert reader.page.locator("h1").inner_text() == "Search results"


def assert_never_covered(reader):
    button = reader.page.locator("[data-quick-exit]")
    state = button.evaluate(COVERED_STATE)
    assert state["inView"], "the quick exit button is off screen"
    assert state["covered"] == [], f"the quick exit button is covered by {state['covered']}"


@journeys
@sizes
def test_the_button_hides_the_page_at_once_from_the_bottom_of_a_long_article(
    browser, demo_site, code, size
):
    article = demo_site.pages[code]["journey"]["article"]
    with Reader(browser, demo_site, size) as reader:
        article_from_elsewhere(reader, code, article)
        neutral = neutral_url(reader)
        assert neutral.startswith("https://")
        reader.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        assert reader.page.evaluate("scrollY") > 0
        assert_never_covered(reader)
        watch = ExitWatch(reader)
        reader.page.locator("[data-quick-exit]").click()
        assert_left_for_good(reader, neutral, article)
        watch.assert_hidden_at_once()


@journeys
@sizes
def test_shift_three_times_hides_the_page_at_once_and_leaves(browser, demo_site, code, size):
    article = demo_site.pages[code]["journey"]["article"]
    with Reader(browser, demo_site, size) as reader:
        article_from_elsewhere(reader, code, article)
        neutral = neutral_url(reader)
        reader.page.keyboard.press("End")
        watch = ExitWatch(reader)
        for _ in range(3):
            reader.page.keyboard.press("Shift")
        assert_left_for_good(reader, neutral, article)
        watch.assert_hidden_at_once()


@pytest.mark.parametrize(
    "keys",
    [
        ["Shift", "Shift"],
        ["Shift", "Shift", "a", "Shift"],
        ["Shift", "a", "Shift", "Shift"],
        ["Shift", "Shift", "Tab", "Shift"],
    ],
    ids=["twice", "letter-before-third", "letter-after-first", "tab-before-third"],
)
def test_shift_twice_or_with_other_keys_between_stays(browser, demo_site, keys):
    article = demo_site.pages["ka"]["journey"]["article"]
    with Reader(browser, demo_site, "mobile") as reader:
        reader.goto(article)
        watch = ExitWatch(reader)
        for key in keys:
            reader.page.keyboard.press(key)
        reader.page.wait_for_timeout(300)
        assert watch.report() is None
        assert reader.path == article
        assert reader.page.locator("main h1").is_visible()
        assert reader.offsite == []


@pytest.mark.parametrize("size", [*SIZES, (640, 400)], ids=[*SIZES, "zoom-200"])
def test_the_quick_exit_is_never_covered(browser, demo_site, size):
    """On every kind of page, at the top, scrolled, with the skip link shown and the chat open."""
    pages = demo_site.pages["hy"]
    with Reader(browser, demo_site, size) as reader:
        for path in [
            pages["home"],
            pages["country"],
            pages["topic"],
            pages["journey"]["article"],
            pages["warning_article"],
            f"/hy/search/?q={pages['search_word']}",
        ]:
            reader.goto(path)
            assert_never_covered(reader)
            reader.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
            assert_never_covered(reader)
            reader.page.keyboard.press("End")
            assert_never_covered(reader)
            reader.page.keyboard.press("Home")
            reader.page.keyboard.press("Tab")
            reader.page.keyboard.press("Tab")
            assert reader.page.evaluate("document.activeElement.classList.contains('skip-link')")
            assert_never_covered(reader)
        reader.goto(pages["journey"]["support"])
        reader.page.locator("[data-chat-start]").click()
        reader.page.locator("iframe.chat__iframe").wait_for()
        reader.page.keyboard.press("End")
        assert_never_covered(reader)
