"""What the browser tests share: a reader's browser, keyboard moves and what a reader can see.

Every request that leaves the demo site (the quick exit's neutral site, a chat provider) is
answered by the test itself with a small page (`route.fulfill`), never passed on: nothing here
reaches the internet, and nothing waits on a request that is held open.
"""

import json

SIZES = {"mobile": (360, 740), "desktop": (1280, 800)}
# The journeys' locales: English, and the two scripts that most often break (Georgian, Armenian).
JOURNEY_LOCALES = ["en", "ka", "hy"]
# What a browser set to each language sends (Accept-Language comes from the context's locale).
BROWSER_LOCALES = {"en": "en-GB", "ka": "ka-GE", "hy": "hy-AM", "ru": "ru-RU", "sv": "sv-SE"}

NEUTRAL_PAGE = "<!doctype html><html lang=en><title>Weather</title><h1>Weather today</h1></html>"
CHAT_PAGE = "<!doctype html><html lang=en><title>Chat</title><h1>Fake chat provider</h1></html>"


class Reader:
    """One browser context and page at a size; `offsite` lists requests that left the site."""

    def __init__(self, browser, site, size="desktop", **context_options):
        width, height = SIZES[size] if isinstance(size, str) else size
        self.site = site
        self.context = browser.new_context(
            viewport={"width": width, "height": height}, **context_options
        )
        self.offsite = []
        self.context.route(lambda url: not url.startswith(site.origin), self._answer_offsite)
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)

    def _answer_offsite(self, route):
        self.offsite.append(route.request.url)
        body = CHAT_PAGE if "chat" in route.request.url else NEUTRAL_PAGE
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)

    def goto(self, path):
        response = self.page.goto(self.site.url(path))
        assert response is not None and response.status == 200, (path, response and response.status)
        return response

    def wait_for_path(self, path):
        self.page.wait_for_url(self.site.url(path))

    @property
    def path(self):
        url = self.page.url
        return url[len(self.site.origin) :] if url.startswith(self.site.origin) else url

    def lang(self):
        return self.page.locator("html").get_attribute("lang")

    def close(self):
        self.context.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# What the focused element looks like: whether it has a visible focus indicator, whether it is in
# the viewport, and whether something else (the sticky quick exit bar) covers it.
FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const indicator =
    (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== "none";
  const inView = rect.bottom > 0 && rect.right > 0 &&
    rect.top < innerHeight && rect.left < innerWidth && rect.width > 0 && rect.height > 0;
  let covered = null;
  if (inView && el.tagName !== "IFRAME") {
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 2, rect.top + 2],
    ];
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) {
        covered = hit.outerHTML.slice(0, 120);
      }
    }
  }
  return {
    tag: el.tagName.toLowerCase(),
    html: el.outerHTML.slice(0, 160),
    href: el.getAttribute("href"),
    indicator, inView, covered,
    rect: [rect.left, rect.top, rect.right, rect.bottom].map(Math.round),
    scrollY: Math.round(scrollY),
  };
}"""


# A function, not an expression, for wait_for_function: the site's CSP forbids the eval that
# Playwright would poll an expression with.
FOCUS_IN_ARTICLE = "() => document.getElementById('article-body').contains(document.activeElement)"


def focus_state(page):
    return page.evaluate(FOCUS_STATE)


def assert_focus_visible(page, state=None):
    state = state or focus_state(page)
    assert state is not None, "nothing has the focus"
    if state["tag"] == "iframe":
        return state  # The focus is inside the chat's frame, the provider's page.
    assert state["indicator"], f"no visible focus indicator on {state['html']}"
    assert state["inView"], f"the focused element is off screen: {state['html']}"
    assert state["covered"] is None, (
        f"{state['html']} (at {state['rect']}, page scrolled {state['scrollY']}) "
        f"is covered by {state['covered']}"
    )
    return state


def open_header_menu(page):
    """On a phone the menu, search and languages fold into the header's <details>: open it by a
    tap (it works without JavaScript). On a wide screen it is always open: nothing to do."""
    toggle = page.locator("header .site-tools__toggle")
    if toggle.is_visible() and page.locator("header .site-tools[open]").count() == 0:
        toggle.click()


def tab_to(page, selector, max_presses=120, backwards=False):
    """Press Tab until the focused element matches `selector`, checking the focus on each stop."""
    key = "Shift+Tab" if backwards else "Tab"
    seen = []
    for _ in range(max_presses):
        page.keyboard.press(key)
        state = focus_state(page)
        if state is None:
            continue
        assert_focus_visible(page, state)
        seen.append(state["html"][:60])
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return state
    raise AssertionError(
        f"{selector} never got the focus in {max_presses} presses of {key}; "
        f"the focus went through:\n" + "\n".join(seen[-30:])
    )


def press_and_wait(page, key, url):
    with page.expect_navigation(url=url):
        page.keyboard.press(key)


def axe_report(violations):
    """Readable axe violations: rule, impact, help, and each element with its failure summary."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"  - {json.dumps(node['target'])}: {node['html'][:200]}")
            summary = node.get("failureSummary") or ""
            lines.extend(f"      {line}" for line in summary.splitlines())
    return "\n".join(lines)


def every_kind_of_page(pages, code, not_found=True):
    """A locale's page of each kind, from the demo site's page map (and its 404 page)."""
    paths = [
        pages["home"],
        pages["country"],
        pages["topic"],
        pages["journey"]["article"],
        pages["warning_article"],
        pages["journey"]["support"],
        f"/{code}/search/?q={pages['search_word']}",
    ]
    return [*paths, f"/{code}/no-such-page/"] if not_found else paths
