"""A reader in crisis searches in his own language on a phone and gets the numbers to call first.

On the whole demo site (its crisis words: demo/data/crisis_words.py), in Chromium at
360×740: a crisis query typed into the search page shows "Talk to someone now" above the
results, in the page's language, with the emergency number and the helplines of every country
of the locale as `tel:` call buttons of at least 44×44 px; with a country chosen, that
country's only. axe-core finds nothing on the page.
"""

import pytest

from tests.browser.reader import Reader
from tests.browser.test_accessibility import axe_violations

pytestmark = pytest.mark.browser

CRISIS_QUERIES = {
    "en": "suicide",
    "ka": "თვითმკვლელობა",
    "hy": "ինքնասպանություն",
    "ru": "самоубийство",
    "be": "самагубства",
}
# The country codes of the demo's countries that each locale has (demo/data/site.py).
MIN_TAP = 44

CALL_BUTTONS = """box => [...box.querySelectorAll('a[href^="tel:"]')].map(a => {
  const rect = a.getBoundingClientRect();
  return {href: a.getAttribute("href"), width: rect.width, height: rect.height,
          text: a.innerText.trim()};
})"""


@pytest.mark.parametrize("code", list(CRISIS_QUERIES))
def test_a_crisis_query_shows_the_helplines_to_call(browser, demo_site, axe_source, code):
    with Reader(browser, demo_site, "mobile") as reader:
        page = reader.page
        reader.goto(f"/{code}/search/")
        page.locator("#search-q").fill(CRISIS_QUERIES[code])
        page.locator("#search-q").press("Enter")
        page.wait_for_url(f"**/{code}/search/?q=*")
        assert reader.lang() == code

        box = page.locator("main .search-help--crisis")
        assert box.is_visible()
        heading = box.locator("h2")
        # Its heading is on the first screen, before the search form.
        assert heading.bounding_box()["y"] < 740
        assert box.bounding_box()["y"] < page.locator("main .search-form").bounding_box()["y"]
        # In the page's language: no English heading outside en.
        if code != "en":
            assert heading.inner_text() != "Talk to someone now"

        buttons = box.evaluate(CALL_BUTTONS)
        hrefs = [button["href"] for button in buttons]
        assert "tel:112" in hrefs
        assert len(set(hrefs)) >= 2, hrefs  # the emergency number and a helpline at least
        for button in buttons:
            assert button["width"] >= MIN_TAP and button["height"] >= MIN_TAP, button
            assert button["text"], button

        countries = box.locator("h3").all_inner_texts()
        options = page.locator("#id_country option").all()
        values = [option.get_attribute("value") for option in options]
        codes = [value for value in values if value]
        # Every country of the locale under its name, or no heading when there is one.
        assert len(countries) == (len(codes) if len(codes) > 1 else 0)

        assert axe_violations(page, axe_source) == []

        if len(codes) > 1:
            # The reader picks his country: its help only.
            page.locator("#id_country").select_option(codes[0])
            page.locator("main .search-form button[type=submit]").click()
            page.wait_for_url(f"**country={codes[0]}*")
            box = page.locator("main .search-help--crisis")
            assert box.locator("h3").count() == 0
            assert "tel:112" in [b["href"] for b in box.evaluate(CALL_BUTTONS)]
