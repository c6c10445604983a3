"""The demo content's support pages: one per partner, every kind of chat, hours in each zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Locale

from countries.models import PartnerPage
from countries.partners import load_partners
from support.models import SupportPage
from tests.test_demo_content import demo, demo_output  # noqa: F401 - the loaded demo, as fixtures
from tests.utils import csp, soup


def test_every_partner_has_a_support_page_and_every_kind_of_chat_is_shown(demo, client):  # noqa: F811
    kinds = set()
    for partner in load_partners():
        source = PartnerPage.objects.get(slug=partner.slug, locale__language_code="en")
        for code in partner.all_locales:
            partner_page = source.get_translation(Locale.objects.get(language_code=code))
            support = SupportPage.objects.live().child_of(partner_page).get()
            assert support.time_zone == partner.time_zone
            kinds.add(support.chat_kind)
            if support.chat_kind == "none":
                continue
            response = client.get(support.url)
            html = soup(response)
            assert html.select_one("[data-chat-status]") is not None, support.url
            if support.chat_kind in ("iframe", "chatwoot"):
                origin = support.chat.origin
                assert csp(response)["frame-src"] == [origin], support.url
                assert html.select_one("[data-chat-start]")["href"].startswith(origin)
    assert kinds == {"none", "iframe", "chatwoot", "messenger"}


def test_the_demo_hours_are_in_each_partners_time_zone(demo):  # noqa: F811
    stockholm = SupportPage.objects.get(
        locale__language_code="en", url_path__contains="/man/support/"
    )
    # MÄN opens at 18:00 in Stockholm, whatever the time of year.
    for begin, _end in stockholm.schedule.intervals(timezone.now()):
        assert begin.astimezone(ZoneInfo("Europe/Stockholm")).time() in {
            dt.time(18),
            dt.time(12),  # New Year's Eve
        }
    sapari = SupportPage.objects.get(
        locale__language_code="en", url_path__contains="/sapari/support/"
    )
    for begin, _end in sapari.schedule.intervals(timezone.now()):
        assert begin.astimezone(ZoneInfo("Asia/Tbilisi")).time() == dt.time(17)
