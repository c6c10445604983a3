"""Opening hours: the partner's week and exceptions, "open now" on the reader's clock, and what a
reader is offered while the chat is closed.
"""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation

from support.models import PartnerChatSettings
from support.opening_hours import Schedule, chat_status, describe_status
from support.time_zones import zone_name
from tests import factories
from tests.factories import set_partner_chat
from tests.utils import soup, text_of

STOCKHOLM = ZoneInfo("Europe/Stockholm")
YEREVAN = ZoneInfo("Asia/Yerevan")
UTC = dt.UTC


def weekly(day, opens, closes):
    return ("weekly", {"weekday": str(day), "opens": opens, "closes": closes})


def closure(first, last=None, opens=None, closes=None, reason=""):
    return (
        "exception",
        {"first_day": first, "last_day": last, "opens": opens, "closes": closes, "reason": reason},
    )


def schedule_of(page_or_blocks, zone):
    """A Schedule from StreamField data as stored, the way the page builds it."""
    stream_block = PartnerChatSettings._meta.get_field("opening_hours").stream_block
    raw = [{"type": kind, "value": value} for kind, value in page_or_blocks]
    return Schedule.from_stream(stream_block.to_python(raw), zone)


def status_text(schedule, now, reader_zone):
    """What the browser says to a reader in `reader_zone` (support.js does the same)."""
    with translation.override("en"):
        status = chat_status(schedule.intervals(now), now)
        return describe_status(
            status, now, schedule.zone, zone_name(schedule.time_zone), reader_zone
        )


@pytest.fixture
def yerevan_sundays(db):
    """Yerevan (UTC+4 all year) opens on Sundays 10:00–14:00 and Mondays 18:00–21:00."""
    return schedule_of([weekly(6, "10:00", "14:00"), weekly(0, "18:00", "21:00")], "Asia/Yerevan")


def test_a_reader_in_stockholm_sees_yerevans_hours_move_with_daylight_saving(yerevan_sundays):
    # Sweden moves its clocks forward at 02:00 on Sunday 28 March 2027; Armenia does not.
    saturday_evening = dt.datetime(2027, 3, 27, 20, 0, tzinfo=STOCKHOLM)
    # 10:00 in Yerevan is 06:00 UTC, which is 08:00 summer time in Stockholm (07:00 a day earlier).
    assert status_text(yerevan_sundays, saturday_evening, STOCKHOLM) == (
        "Closed, opens tomorrow 10:00 Yerevan time (08:00 your time)"
    )
    early_sunday = dt.datetime(2027, 3, 28, 7, 30, tzinfo=STOCKHOLM)
    assert status_text(yerevan_sundays, early_sunday, STOCKHOLM) == (
        "Closed, opens today 10:00 Yerevan time (08:00 your time)"
    )
    sunday_morning = dt.datetime(2027, 3, 28, 8, 30, tzinfo=STOCKHOLM)
    assert status_text(yerevan_sundays, sunday_morning, STOCKHOLM) == (
        "Open now, until 14:00 Yerevan time (12:00 your time)"
    )
    # A week earlier, still on winter time, the same hours were 07:00–11:00 in Stockholm.
    week_before = dt.datetime(2027, 3, 21, 10, 30, tzinfo=STOCKHOLM)
    assert status_text(yerevan_sundays, week_before, STOCKHOLM) == (
        "Open now, until 14:00 Yerevan time (11:00 your time)"
    )
    after_closing = dt.datetime(2027, 3, 28, 12, 0, tzinfo=STOCKHOLM)
    assert status_text(yerevan_sundays, after_closing, STOCKHOLM) == (
        "Closed, opens tomorrow 18:00 Yerevan time (16:00 your time)"
    )


def test_the_same_moment_reads_differently_in_yerevan(yerevan_sundays):
    sunday_morning = dt.datetime(2027, 3, 28, 8, 30, tzinfo=STOCKHOLM)
    # The reader's clock is the partner's: one clock only.
    assert status_text(yerevan_sundays, sunday_morning, YEREVAN) == (
        "Open now, until 14:00 Yerevan time"
    )


def test_the_readers_own_day_when_the_two_clocks_are_on_different_dates(db):
    tbilisi = schedule_of([weekly(0, "01:00", "03:00")], "Asia/Tbilisi")
    # Sunday noon in Stockholm (UTC+1) is 15:00 in Tbilisi (UTC+4): Monday 01:00 there is
    # Sunday 22:00 here.
    sunday = dt.datetime(2027, 3, 7, 12, 0, tzinfo=STOCKHOLM)
    assert status_text(tbilisi, sunday, STOCKHOLM) == (
        "Closed, opens tomorrow 01:00 Tbilisi time (today 22:00 your time)"
    )
    friday = dt.datetime(2027, 3, 5, 12, 0, tzinfo=STOCKHOLM)
    assert status_text(tbilisi, friday, STOCKHOLM) == (
        "Closed, opens Monday 01:00 Tbilisi time (Sunday 22:00 your time)"
    )
    # Without a reader zone (the server's text for readers without JavaScript): Tbilisi only.
    with translation.override("en"):
        status = chat_status(tbilisi.intervals(friday), friday)
        assert describe_status(status, friday, tbilisi.zone, "Tbilisi time") == (
            "Closed, opens Monday 01:00 Tbilisi time"
        )


def test_a_partner_on_summer_time_seen_from_a_zone_without_it(db):
    stockholm = schedule_of([weekly(6, "18:00", "21:00")], "Europe/Stockholm")
    # 18:00 in Stockholm is 21:00 in Yerevan in winter and 20:00 in summer.
    winter_sunday = dt.datetime(2027, 3, 21, 12, 0, tzinfo=YEREVAN)
    assert status_text(stockholm, winter_sunday, YEREVAN) == (
        "Closed, opens today 18:00 Stockholm time (21:00 your time)"
    )
    summer_sunday = dt.datetime(2027, 3, 28, 12, 0, tzinfo=YEREVAN)
    assert status_text(stockholm, summer_sunday, YEREVAN) == (
        "Closed, opens today 18:00 Stockholm time (20:00 your time)"
    )


def test_several_intervals_a_day_and_the_next_weekday(db):
    schedule = schedule_of(
        [weekly(0, "10:00", "13:00"), weekly(0, "16:00", "20:00"), weekly(3, "16:00", "20:00")],
        "Europe/Chisinau",
    )
    zone = ZoneInfo("Europe/Chisinau")
    monday = dt.date(2027, 3, 1)
    at = lambda hour, day=monday: dt.datetime.combine(day, dt.time(hour), zone)  # noqa: E731
    assert status_text(schedule, at(11), zone) == "Open now, until 13:00 Chișinău time"
    assert status_text(schedule, at(14), zone) == "Closed, opens today 16:00 Chișinău time"
    assert status_text(schedule, at(21), zone) == "Closed, opens Thursday 16:00 Chișinău time"


def test_an_evening_running_to_midnight_and_on_into_the_night(db):
    schedule = schedule_of(
        [weekly(4, "20:00", "00:00"), weekly(5, "00:00", "02:00")], "Europe/Vilnius"
    )
    zone = ZoneInfo("Europe/Vilnius")
    friday_night = dt.datetime(2027, 3, 5, 23, 0, tzinfo=zone)
    assert status_text(schedule, friday_night, zone) == "Open now, until 02:00 Vilnius time"


def test_exceptions_close_days_and_change_hours(db):
    schedule = schedule_of(
        [
            *[weekly(day, "18:00", "21:00") for day in range(7)],
            closure("2026-12-24", "2026-12-26", reason="christmas"),
            closure("2026-12-31", opens="12:00", closes="16:00", reason="new_years_eve"),
        ],
        "Europe/Stockholm",
    )
    christmas_eve = dt.datetime(2026, 12, 24, 19, 0, tzinfo=STOCKHOLM)
    assert status_text(schedule, christmas_eve, STOCKHOLM) == (
        "Closed, opens Sunday 18:00 Stockholm time"
    )
    new_years_eve = dt.datetime(2026, 12, 31, 13, 0, tzinfo=STOCKHOLM)
    assert status_text(schedule, new_years_eve, STOCKHOLM) == (
        "Open now, until 16:00 Stockholm time"
    )
    evening = dt.datetime(2026, 12, 31, 19, 0, tzinfo=STOCKHOLM)
    assert (
        status_text(schedule, evening, STOCKHOLM) == "Closed, opens tomorrow 18:00 Stockholm time"
    )


def test_a_schedule_without_any_hours_is_closed_without_a_time(db):
    schedule = schedule_of([closure("2027-01-01")], "Europe/Stockholm")
    now = dt.datetime(2027, 1, 1, 12, tzinfo=STOCKHOLM)
    assert chat_status(schedule.intervals(now), now).is_open is False
    assert status_text(schedule, now, STOCKHOLM) == "Closed"


# On the page -----------------------------------------------------------------------------------


def set_hours(page, blocks):
    set_partner_chat(page, opening_hours=blocks)
    return page


def always_open():
    return [weekly(day, "00:00", "00:00") for day in range(7)]


def never_today():
    """Open only on the day after tomorrow (in every partner zone), so closed right now."""
    day = (timezone.now() + dt.timedelta(days=2)).astimezone(STOCKHOLM).weekday()
    return [weekly(day, "12:00", "13:00")]


def test_the_page_embeds_the_schedule_as_instants_for_the_browser(client, tree):
    page = set_hours(tree["support"], [weekly(0, "18:00", "21:00")])
    status = soup(client.get(page.url)).select_one("[data-chat-status]")
    intervals = json.loads(status["data-open-intervals"])
    assert len(intervals) >= 4
    for opens, closes in intervals:
        begin = dt.datetime.fromisoformat(opens)
        end = dt.datetime.fromisoformat(closes)
        # Written with the partner's offset: the wall clock there is in the string itself.
        assert opens[11:16] == "18:00" and closes[11:16] == "21:00"
        assert begin.utcoffset() == begin.astimezone(STOCKHOLM).utcoffset()
        begin, end = begin.astimezone(STOCKHOLM), end.astimezone(STOCKHOLM)
        assert (begin.weekday(), begin.time(), end.time()) == (0, dt.time(18), dt.time(21))
    templates = json.loads(status["data-status-templates"])
    assert templates["open"] == "Open now, until %(time)s %(zone)s"
    assert templates["closed"] == "Closed, opens %(day)s %(time)s %(zone)s"
    assert templates["zone"] == "Stockholm time"
    assert templates["weekdays"][0] == "Monday"
    offsets = json.loads(status["data-utc-offsets"])
    assert offsets[0][1] in (60, 120)


def test_the_full_schedule_is_written_out_for_readers_without_javascript(client, tree):
    page = set_hours(
        tree["support"],
        [
            weekly(0, "10:00", "13:00"),
            weekly(0, "16:00", "20:00"),
            weekly(2, "18:00", "21:00"),
            closure("2099-12-24", "2099-12-26", reason="christmas"),
        ],
    )
    chat = soup(client.get(page.url)).select_one("section.chat")
    rows = [
        (text_of(dt_), text_of(dd))
        for dt_, dd in zip(chat.select("dl dt"), chat.select("dl dd"), strict=True)
    ]
    assert rows == [("Monday", "10:00–13:00, 16:00–20:00"), ("Wednesday", "18:00–21:00")]
    assert "All times are Stockholm time." in text_of(chat)
    assert "Europe/Stockholm" not in text_of(chat)
    assert text_of(chat.select_one(".opening-hours__exceptions")) == (
        "24 December 2099 – 26 December 2099: closed (Christmas)"
    )


def test_open_now_hides_the_offers_for_when_closed(client, tree):
    page = set_hours(tree["support"], always_open())
    html = soup(client.get(page.url))
    assert text_of(html.select_one("[data-chat-status]")).startswith("Open now, until ")
    assert html.select_one("[data-closed-offers]").has_attr("hidden")


@pytest.fixture
def other_partners(tree):
    """Three more partners in Sweden: one open now, one closed, one without a chat."""

    def partner(slug, **fields):
        page = factories.PartnerPageFactory(parent=tree["country"], title=slug.title(), slug=slug)
        return factories.SupportPageFactory(parent=page, title=f"{slug.title()} chat", **fields)

    open_now = partner("open", chat_url="https://chat.example.org/open")
    closed = partner("closed", chat_url="https://chat.example.org/closed")
    silent = partner("silent", chat_url="")
    set_hours(open_now, always_open())
    set_hours(closed, never_today())
    set_hours(silent, always_open())
    return {"open": open_now, "closed": closed, "silent": silent}


def test_when_closed_the_page_offers_open_chats_helplines_and_the_emergency_number(
    client, tree, other_partners
):
    page = set_hours(tree["support"], never_today())
    html = soup(client.get(page.url))
    assert text_of(html.select_one("[data-chat-status]")).startswith("Closed, opens ")
    offers = html.select_one("[data-closed-offers]")
    assert not offers.has_attr("hidden")
    chats = {text_of(li): li.has_attr("hidden") for li in offers.select("[data-other-chat]")}
    # Every other chat in this language is listed with its hours, so that the browser can show
    # the ones open on its own clock; without JavaScript the open ones are shown.
    assert chats == {"Open: Open chat": False, "Closed: Closed chat": True}
    assert offers.select_one("[data-other-chat] a")["href"] == other_partners["open"].url
    assert offers.select_one("a[href='#helplines-heading']") is not None
    assert offers.select_one("a[href='tel:112']") is not None
    assert html.find(id="helplines-heading") is not None


def test_the_offers_stay_in_the_readers_language(client, tree, other_partners, locales):
    set_hours(tree["support"], never_today())
    support_sv = tree["support_sv"]
    set_hours(support_sv, never_today())
    offers = soup(client.get(support_sv.url)).select_one("[data-closed-offers]")
    assert offers.select("[data-other-chat]") == []


def test_a_partner_without_a_chat_offers_the_open_chats_of_others(client, tree, other_partners):
    page = tree["support"]
    set_partner_chat(page, chat_kind="none", chat_url="")
    html = soup(client.get(page.url))
    assert html.select_one("section.chat") is None
    offers = html.select_one("[data-closed-offers]")
    assert not offers.has_attr("hidden")
    assert text_of(offers.select_one("h2")) == "Talk to someone now"
    visible = [text_of(li) for li in offers.select("[data-other-chat]:not([hidden])")]
    assert visible == ["Open: Open chat"]
    assert offers.select_one("a[href='tel:112']") is not None


# Refusing invalid times in the admin (issue 19.7) ---------------------------------------------


def opening_hours_in_form(response):
    """The opening hours as the re-displayed form holds them: (blocks, their errors)."""
    element = soup(response).select_one("[data-w-block-arguments-value]")
    blocks, errors = json.loads(element["data-w-block-arguments-value"])
    return blocks, errors.get("blockErrors", {}) if errors else {}


def post_hours(client, page, *blocks, chat_url="https://chat.example.org/man"):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    chat = PartnerChatSettings.objects.get(partner_key=page.get_parent().translation_key)
    url = reverse("wagtailsnippets_support_partnerchatsettings:edit", args=(chat.pk,))
    data = {
        "chat_kind": "iframe",
        "chat_url": chat_url,
        "chatwoot_base_url": "",
        "chatwoot_website_token": "",
        "messenger_url": "",
        **factories.privacy_form(),
        "opening_hours": streamfield(list(blocks)),
    }
    return client.post(url, nested_form_data(data))


def stored_hours(page):
    chat = PartnerChatSettings.objects.get(partner_key=page.get_parent().translation_key)
    return chat.chat_url, [(child.block_type, dict(child.value)) for child in chat.opening_hours]


@pytest.fixture
def moderator(admin_client):
    return admin_client


def test_an_impossible_time_is_refused_next_to_the_field_and_nothing_is_saved(moderator, tree):
    support = tree["support"]
    before = stored_hours(support)
    response = post_hours(
        moderator,
        support,
        weekly(0, "25:99", "21:00"),
        weekly(2, "18:00", "21:00"),
        chat_url="https://chat.example.org/evenings",
    )
    assert response.status_code == 200
    blocks, errors = opening_hours_in_form(response)
    assert errors == {
        "0": {
            "blockErrors": {
                "opens": {"messages": ["Enter a time from 00:00 to 23:59, for example 18:30."]}
            }
        }
    }
    # What the editor typed is still in the form, the impossible time included, to be corrected.
    assert blocks[0]["value"]["opens"] == "25:99"
    assert blocks[1]["value"] == {"weekday": ["2"], "opens": "18:00", "closes": "21:00"}
    chat_url = soup(response).select_one("input[name=chat_url]")["value"]
    assert chat_url == "https://chat.example.org/evenings"
    assert stored_hours(support) == before


def test_the_refusal_is_in_the_editors_language(client, tree):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("admin-sv", "sv@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(user)
    response = post_hours(client, tree["support"], weekly(0, "18:00", "7:65"))
    _, errors = opening_hours_in_form(response)
    message = errors["0"]["blockErrors"]["closes"]["messages"][0]
    assert message == "Ange en tid från 00:00 till 23:59, till exempel 18:30."


def test_closing_before_opening_is_refused_unless_it_is_midnight(moderator, tree):
    support = tree["support"]
    before = stored_hours(support)
    response = post_hours(moderator, support, weekly(4, "22:00", "02:00"))
    assert response.status_code == 200
    _, errors = opening_hours_in_form(response)
    assert errors["0"]["blockErrors"]["closes"]["messages"] == [
        "The closing time must be after the opening time. To stay open past midnight, close at "
        "00:00 and add hours from 00:00 on the next day."
    ]
    assert stored_hours(support) == before

    # Past midnight, as the message says: the reader sees one evening until 02:00.
    response = post_hours(
        moderator, support, weekly(4, "22:00", "00:00"), weekly(5, "00:00", "02:00")
    )
    assert response.status_code == 302
    assert len(stored_hours(support)[1]) == 2


def test_the_time_fields_are_the_browsers_own_time_input(moderator, tree):
    """Wagtail's time picker turned "25:99" into the current time when the field lost focus."""
    support = tree["support"]
    chat = PartnerChatSettings.objects.get(partner_key=support.get_parent().translation_key)
    from django.urls import reverse

    html = moderator.get(
        reverse("wagtailsnippets_support_partnerchatsettings:edit", args=(chat.pk,))
    ).content.decode()
    assert "initTimeChooser" not in html
    assert "wagtail.widgets.AdminTimeInput" not in html
    assert (
        html.count("&lt;input type=\\&quot;time\\&quot;") == 4
    )  # opens/closes, weekly and exception
