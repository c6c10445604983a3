"""How pages render: real Georgian and Armenian glyphs, long words, zoom, spacing, motion, measure.

WCAG 2.2: 1.4.4 resize text and 1.4.10 reflow (200 % and 400 % zoom: no sideways scrolling),
1.4.12 text spacing, 2.3.3 animation from interactions (prefers-reduced-motion), and a readable
line length (1.4.8, AAA: at most 80 characters).
"""

import re

import pytest

from tests.browser.glyphs import characters_drawn_without_a_glyph
from tests.browser.reader import Reader, every_kind_of_page

pytestmark = pytest.mark.browser

# A long Georgian compound (40 letters) with no place to break: it has to wrap inside the word.
LONG_GEORGIAN_WORD = "სამოქალაქოსაზოგადოებრივიორგანიზაციებისთვისაც"
# Each script's letters, and a code point of its block that Unicode leaves unassigned.
SCRIPTS = {
    "ka": (re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]"), "\u10ce"),
    "hy": (re.compile(r"[\u0530-\u058f]"), "\u0557"),
}
NO_FONT = "drawn as boxes: is a font for the script installed (`fc-list :lang=ka`, `:lang=hy`)?"

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")].filter(el => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && (rect.right > width + 1 || rect.left < -1) &&
      getComputedStyle(el).position !== "absolute" && !el.closest(".visually-hidden");
  }).map(el => el.outerHTML.slice(0, 100));
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
}"""


def assert_no_sideways_scrolling(reader, what):
    state = reader.page.evaluate(OVERFLOW)
    assert state["scrollWidth"] <= state["width"], (what, state)
    assert state["wide"] == [], (what, state)


def test_a_long_georgian_word_wraps_at_360_px(browser, demo_site):
    pages = demo_site.pages["ka"]
    with Reader(browser, demo_site, "mobile") as reader:
        reader.goto(pages["journey"]["article"])
        placed = reader.page.evaluate(
            """word => {
              const selectors = ["main h1", ".lead", ".article__body p", ".chip",
                ".breadcrumbs [aria-current]", ".talk-callout__heading", ".card__title a",
                ".quick-exit__hint", ".site-footer a"];
              return selectors.filter(selector => {
                const el = document.querySelector(selector);
                if (el) el.textContent = word + " " + word;
                return !!el;
              });
            }""",
            LONG_GEORGIAN_WORD,
        )
        assert len(placed) >= 7, placed
        assert_no_sideways_scrolling(reader, "long Georgian word")
        # It did wrap inside the word (one word is wider than the screen in the heading).
        heading = reader.page.locator("main h1").bounding_box()
        assert heading["height"] > 3 * 30


@pytest.mark.parametrize("code", list(SCRIPTS))
def test_georgian_and_armenian_render_with_real_glyphs(browser, demo_site, code):
    """No missing-glyph boxes: every character of the headings, text and quick exit button is
    drawn by a font that has a glyph for it (tests/browser/glyphs.py), whatever font that is."""
    letters, unassigned = SCRIPTS[code]
    pages = demo_site.pages[code]
    with Reader(browser, demo_site, "mobile") as reader:
        reader.goto(pages["journey"]["article"])
        cdp = reader.context.new_cdp_session(reader.page)
        cdp.send("DOM.enable")
        cdp.send("CSS.enable")
        for selector in ["main h1", ".lead", ".article__body p", ".quick-exit__button"]:
            text = reader.page.locator(selector).first.inner_text()
            assert letters.search(text), (selector, text)
            missing = characters_drawn_without_a_glyph(reader.page, cdp, selector)
            assert missing == {}, (selector, text, missing, NO_FONT)
        # The check can fail: a code point of the script's block that no font has (unassigned
        # in Unicode) is drawn as a box, and is found.
        missing = characters_drawn_without_a_glyph(reader.page, cdp, "main h1", unassigned)
        assert list(missing) == [unassigned], missing


@pytest.mark.parametrize(
    ("code", "size"),
    [("ka", (640, 400)), ("hy", (640, 400)), ("ka", (320, 256)), ("hy", (320, 256))],
    ids=["ka-200%", "hy-200%", "ka-400%", "hy-400%"],
)
def test_zoom_reflows_without_sideways_scrolling(browser, demo_site, code, size):
    """1280×800 at 200 % is a 640×400 viewport; at 400 %, 320×200 (WCAG's 320 px reflow)."""
    with Reader(browser, demo_site, size) as reader:
        for path in every_kind_of_page(demo_site.pages[code], code):
            reader.page.goto(demo_site.url(path))
            assert_no_sideways_scrolling(reader, path)
            bar = reader.page.locator("[data-quick-exit-bar]").bounding_box()
            # The sticky quick exit bar leaves most of the screen to the text.
            assert bar["height"] <= size[1] / 3, (path, bar)


def test_text_spacing_overrides_lose_nothing(browser, demo_site):
    """WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter 0.12, word 0.16 (the test's own
    style sheet, so the CSP is bypassed for it)."""
    spacing = (
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
        " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
    )
    pages = demo_site.pages["ka"]
    with Reader(browser, demo_site, "mobile", bypass_csp=True) as reader:
        for path in every_kind_of_page(pages, "ka"):
            reader.page.goto(demo_site.url(path))
            reader.page.add_style_tag(content=spacing)
            assert_no_sideways_scrolling(reader, path)
            clipped = reader.page.evaluate(
                """() => [...document.querySelectorAll("body *")].filter(el => {
                  const style = getComputedStyle(el);
                  return style.overflow === "hidden" && !el.closest(".visually-hidden") &&
                    el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 1;
                }).map(el => el.outerHTML.slice(0, 100))"""
            )
            assert clipped == [], (path, clipped)


def test_reduced_motion_means_no_animation_or_smooth_scrolling(browser, demo_site):
    pages = demo_site.pages["hy"]
    with Reader(browser, demo_site, "desktop", reduced_motion="reduce") as reader:
        for path in every_kind_of_page(pages, "hy"):
            reader.page.goto(demo_site.url(path))
            moving = reader.page.evaluate(
                """() => [document.documentElement, ...document.querySelectorAll("body *")]
                  .filter(el => {
                    const style = getComputedStyle(el);
                    return style.animationName !== "none" || style.scrollBehavior === "smooth" ||
                      style.transitionDuration.split(",").some(d => parseFloat(d) > 0);
                  }).map(el => el.outerHTML.slice(0, 100))"""
            )
            assert moving == [], (path, moving)


@pytest.mark.parametrize("code", ["en", "ka", "hy"])
def test_lines_of_text_stay_readable_on_a_wide_screen(browser, demo_site, code):
    """At most 80 characters to a line (measured in the text's own font) at 1280 px."""
    pages = demo_site.pages[code]
    with Reader(browser, demo_site, "desktop") as reader:
        for path in [pages["journey"]["article"], pages["journey"]["support"], pages["home"]]:
            reader.goto(path)
            widest = reader.page.evaluate(
                """() => {
                  const canvas = document.createElement("canvas").getContext("2d");
                  const blocks = document.querySelectorAll(
                    "main p, main li, .rich-text p, .lead, .content-warning p");
                  let widest = [0, ""];
                  for (const el of blocks) {
                    const text = el.innerText.trim();
                    if (text.length < 120) continue;  // Long enough to fill whole lines.
                    canvas.font = getComputedStyle(el).font;
                    const perChar = canvas.measureText(text).width / text.length;
                    const chars = Math.round(el.getBoundingClientRect().width / perChar);
                    if (chars > widest[0]) widest = [chars, el.outerHTML.slice(0, 80)];
                  }
                  return widest;
                }"""
            )
            assert 0 < widest[0] <= 80, (path, widest)
