"""Opening hours as a phone's Chromium shows them after support.js ran (issue 12.4).

Chromium has no Georgian, Armenian or Belarusian data in `Intl` ("გაიხსნება: Monday, 17:00"
before): every word now comes from the page. A reader whose clock differs from the partner's
gets both ("Closed, opens Monday 17:00 Tbilisi time (14:00 your time)"), from the browser's
offset only. On the demo site (`demo_site`), at 360×740, with the browser's clock and zone set
by Playwright (`clock`, `timezone_id`).
"""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation

from support.opening_hours import chat_status, describe_status
from tests.browser.reader import Reader

pytestmark = pytest.mark.browser

LATIN = re.compile(r"[A-Za-z]")
PARTNER_ZONES = {"ka": "Asia/Tbilisi", "hy": "Asia/Yerevan", "be": "Europe/Vilnius"}
LOCALES = {"ka": "ka-GE", "hy": "hy-AM", "be": "be-BY"}
# The partner's zone as each language names it, and the week as each names it (written out).
ZONE_NAMES = {"ka": "თბილისის დროით", "hy": "Երևանի ժամանակով", "be": "па віленскім часе"}
WEEKDAYS = {
    "ka": ["ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"],
    "hy": ["Երկուշաբթի", "Երեքշաբթի", "Չորեքշաբթի", "Հինգշաբթի", "Ուրբաթ", "Շաբաթ", "Կիրակի"],
    "be": ["Панядзелак", "Аўторак", "Серада", "Чацвер", "Пятніца", "Субота", "Нядзеля"],
}
# Words for "your time" that only the browser adds (the server cannot know the reader's zone).
YOUR_TIME = {"ka": "შენი დროით", "hy": "քո ժամանակով", "be": "па тваім часе"}
READER_ZONE = "Europe/Stockholm"  # never the partners' clock: Tbilisi, Yerevan, Vilnius


def next_saturday_evening(zone):
    """Saturday 21:00 where the partner is, a day or more from now: inside the page's four weeks
    of open intervals, with every demo partner closed until Monday or later."""
    here = timezone.now().astimezone(ZoneInfo(zone)) + dt.timedelta(days=1)
    days = (5 - here.weekday()) % 7
    return dt.datetime.combine(here.date() + dt.timedelta(days=days), dt.time(21), ZoneInfo(zone))


def status_after_js(reader, path, when):
    reader.page.clock.set_fixed_time(when)
    reader.goto(path)
    status = reader.page.locator("[data-chat-status]")
    return status, status.inner_text()


@pytest.mark.parametrize("code", sorted(PARTNER_ZONES))
def test_weekday_and_zone_names_are_in_the_readers_script(browser, demo_site, code):
    path = demo_site.pages[code]["journey"]["support"]
    when = next_saturday_evening(PARTNER_ZONES[code])
    with Reader(
        browser, demo_site, "mobile", locale=LOCALES[code], timezone_id=READER_ZONE
    ) as reader:
        status, text = status_after_js(reader, path, when)
        # support.js wrote it: the server's text never has the reader's own clock.
        assert YOUR_TIME[code] in text, text
        assert ZONE_NAMES[code] in text, text
        assert any(day in text for day in WEEKDAYS[code]), text
        assert not LATIN.search(text), text
        assert re.search(r"\d\d:\d\d", text), text
        # The written week and the zone line, as the server made them, are in the script too.
        for element in ("section.chat .chat__zone", "section.chat .opening-hours dt"):
            for line in reader.page.locator(element).all_inner_texts():
                assert not LATIN.search(line), (element, line)


def expected_status(status_element, when, partner_zone, zone_label, reader_zone):
    """What support.js must say, from the page's own intervals, worked out here in Python."""
    intervals = [
        (dt.datetime.fromisoformat(begin), dt.datetime.fromisoformat(end))
        for begin, end in json.loads(status_element.get_attribute("data-open-intervals"))
    ]
    status = chat_status(intervals, when)
    with translation.override("en"):
        return describe_status(
            status, when, ZoneInfo(partner_zone), zone_label, reader_zone and ZoneInfo(reader_zone)
        )


@pytest.mark.parametrize(
    ("reader_zone", "clocks"),
    [
        ("Asia/Tbilisi", 1),  # the partner's own clock: said once
        ("Europe/Stockholm", 2),  # three hours behind in winter, two in summer
        ("Pacific/Auckland", 2),  # a day ahead: the reader's own day is named as well
    ],
)
def test_an_english_reader_elsewhere_sees_both_clocks(browser, demo_site, reader_zone, clocks):
    path = demo_site.pages["en"]["journey"]["support"]
    assert demo_site.pages["en"]["journey"]["country_code"] == "GE"  # Sapari, Tbilisi
    closed = next_saturday_evening("Asia/Tbilisi")
    with Reader(browser, demo_site, "mobile", locale="en-GB", timezone_id=reader_zone) as reader:
        status, text = status_after_js(reader, path, closed)
        other = None if reader_zone == "Asia/Tbilisi" else reader_zone
        assert text == expected_status(status, closed, "Asia/Tbilisi", "Tbilisi time", other)
        assert text.startswith("Closed, opens ")
        assert "Tbilisi time" in text
        assert text.count(":") == clocks, text
        assert ("your time" in text) == (clocks == 2), text
        if reader_zone == "Pacific/Auckland":
            # Monday 17:00 in Tbilisi is Tuesday 02:00 (or 01:00) in Auckland.
            assert re.search(r"\((Tuesday|tomorrow|today) \d\d:\d\d your time\)", text), text

        # Open: "until" on both clocks, computed from the same intervals.
        begin = dt.datetime.fromisoformat(
            json.loads(status.get_attribute("data-open-intervals"))[0][0]
        )
        during = begin + dt.timedelta(minutes=30)
        status, text = status_after_js(reader, path, during)
        assert text == expected_status(status, during, "Asia/Tbilisi", "Tbilisi time", other)
        assert text.startswith("Open now, until ")
        assert ("your time" in text) == (clocks == 2), text


def test_without_javascript_the_partners_clock_only(browser, demo_site):
    path = demo_site.pages["ka"]["journey"]["support"]
    with Reader(
        browser,
        demo_site,
        "mobile",
        locale="ka-GE",
        timezone_id=READER_ZONE,
        java_script_enabled=False,
    ) as reader:
        reader.goto(path)
        text = reader.page.locator("[data-chat-status]").inner_text()
        assert ZONE_NAMES["ka"] in text
        assert YOUR_TIME["ka"] not in text
        assert not LATIN.search(text), text
