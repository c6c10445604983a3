"""The demo content's support pages: one per partner, every kind of chat, hours in each zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Locale

from countries.models import PartnerPage
from countries.partners import load_partners
from support.models import PartnerChatSettings, SupportPage
from tests.demo_content.conftest import load_demo_content
from tests.factories import set_partner_chat
from tests.utils import csp, soup


def test_every_partner_has_a_support_page_and_every_kind_of_chat_is_shown(demo, client):
    kinds = set()
    for partner in load_partners():
        source = PartnerPage.objects.get(slug=partner.slug, locale__language_code="en")
        for code in partner.all_locales:
            partner_page = source.get_translation(Locale.objects.get(language_code=code))
            support = SupportPage.objects.live().child_of(partner_page).get()
            assert support.time_zone == partner.time_zone
            kind = support.chat_settings.chat_kind
            kinds.add(kind)
            if kind == "none":
                continue
            response = client.get(support.url)
            html = soup(response)
            assert html.select_one("[data-chat-status]") is not None, support.url
            if kind in ("iframe", "chatwoot"):
                origin = support.chat.origin
                assert csp(response)["frame-src"] == [origin], support.url
                assert html.select_one("[data-chat-start]")["href"].startswith(origin)
    assert kinds == {"none", "iframe", "chatwoot", "messenger"}


def test_the_demo_hours_are_in_each_partners_time_zone(demo):
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


def test_each_partners_support_pages_are_translations_sharing_one_chat(demo, client):
    """Issue 19.2: the Georgian page kept the old chat because each language had its own copy."""
    for partner in load_partners():
        english = PartnerPage.objects.get(slug=partner.slug, locale__language_code="en")
        source = SupportPage.objects.child_of(english).get()
        versions = SupportPage.objects.filter(translation_key=source.translation_key)
        assert sorted(page.locale.language_code for page in versions) == sorted(
            partner.all_locales
        ), partner.slug
        # wagtail-localize lists them as translations of one another.
        assert {page.pk for page in source.get_translations(inclusive=True)} == {
            page.pk for page in versions
        }
        assert {page.chat_settings.pk for page in versions} == {source.chat_settings.pk}

    sapari = PartnerPage.objects.get(slug="sapari", locale__language_code="en")
    set_partner_chat(
        SupportPage.objects.child_of(sapari).get(),
        chat_kind="iframe",
        chat_url="https://chat.example.org/sapari-new",
    )
    georgian = SupportPage.objects.get(locale__language_code="ka", url_path__contains="/sapari/")
    start = soup(client.get(georgian.url)).select_one("[data-chat-start]")
    assert start["href"] == "https://chat.example.org/sapari-new"


def test_a_second_run_keeps_the_chat_a_moderator_set(demo):
    sapari = PartnerPage.objects.get(slug="sapari", locale__language_code="en")
    chat = set_partner_chat(
        SupportPage.objects.child_of(sapari).get(),
        chat_kind="messenger",
        messenger_url="https://t.me/sapari_new",
        opening_hours=[],
    )
    assert "(0 objects created)" in load_demo_content()
    chat.refresh_from_db()
    assert (chat.chat_kind, chat.messenger_url, len(chat.opening_hours)) == (
        "messenger",
        "https://t.me/sapari_new",
        0,
    )
    assert PartnerChatSettings.objects.count() == len(load_partners())
