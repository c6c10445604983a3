"""The support page's chat in a real browser: nothing from the chat service before the click."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def chat_page(tree, settings, fake_chat_provider):
    settings.SUPPORT_CHAT_ALLOWED_ORIGINS = [fake_chat_provider.origin]
    page = tree["support"]
    factories.set_partner_chat(
        page,
        chat_kind="iframe",
        chat_url=f"{fake_chat_provider.origin}/room/man",
        opening_hours=[("weekly", {"weekday": "0", "opens": "18:00", "closes": "21:00"})],
    )
    return page


def test_the_chat_loads_only_after_start_and_is_gone_after_close_and_shows_open_now(
    browser, live_server, chat_page, fake_chat_provider
):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_server.url + chat_page.url)
    page.wait_for_load_state("networkidle")

    assert [url for url in requests if url.startswith(fake_chat_provider.origin)] == []
    assert fake_chat_provider.requests == []
    assert page.locator("iframe").count() == 0

    page.get_by_role("link", name="Start chat").click()
    frame = page.frame_locator("iframe.chat__iframe")
    assert frame.get_by_role("heading").inner_text() == "Fake chat provider"
    assert fake_chat_provider.requests == ["/room/man"]
    assert page.get_by_role("link", name="Start chat").is_hidden()

    page.get_by_role("button", name="Close and clear the chat").click()
    assert page.locator("iframe").count() == 0
    assert page.locator("[data-chat-frame]").is_hidden()
    assert page.get_by_role("link", name="Start chat").is_visible()
    context.close()

    # In the same test: every transactional test rebuilds the database, and a second one in a
    # session that already ran ordinary tests found Wagtail's tree half restored (the tree
    # fixture's translations lost their parents), so the browser checks share one database.
    check_open_now_on_the_readers_clock(browser, live_server, chat_page)


def next_monday_at(hour):
    now = timezone.now().astimezone(STOCKHOLM)
    days = (7 - now.weekday()) % 7 or 7
    return dt.datetime.combine(now.date() + dt.timedelta(days=days), dt.time(hour), STOCKHOLM)


def check_open_now_on_the_readers_clock(browser, live_server, chat_page):
    """Stockholm 18:00–21:00 (winter, UTC+1), read in Yerevan (UTC+4): 21:00–00:00.

    Both clocks, since they differ: the partner's, named, and the reader's, as numbers.
    """
    cases = [
        (next_monday_at(19), "Open now, until 21:00 Stockholm time (00:00 your time)"),
        (next_monday_at(22), "Closed, opens Monday 18:00 Stockholm time (21:00 your time)"),
        (next_monday_at(9), "Closed, opens today 18:00 Stockholm time (21:00 your time)"),
    ]
    if any(when.utcoffset() != dt.timedelta(hours=1) for when, _expected in cases):
        return  # The expected times assume Stockholm winter time.
    for when, expected in cases:
        context = browser.new_context(timezone_id="Asia/Yerevan", locale="en-GB")
        page = context.new_page()
        page.clock.set_fixed_time(when)
        page.goto(live_server.url + chat_page.url)
        assert page.locator("[data-chat-status]").inner_text() == expected, when
        context.close()
