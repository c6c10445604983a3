"""The demo content's support pages: one per partner, every kind of chat, hours in each zone."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.models import Locale

from articles.models import ArticlePage
from core.partners import load_partners
from countries.models import PartnerPage
from support.models import PartnerChatSettings, SupportPage
from tests.demo_content.conftest import load_demo_content
from tests.factories import set_partner_chat
from tests.utils import csp, soup, text_of


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


# What the demo's pages say about each chat (issue 12.5) ---------------------------------------

# One sentence each partner's statement must have in English, from demo/data/site.py.
DEMO_SAYS = {
    "man": "The messages are kept for 30 days, then deleted.",
    "sapari": "Example Hosting runs this chat for us.",
    "casa-marioarei": "Telegram knows your account, so this chat is not anonymous.",
    "wrab": "Nothing is kept once the chat ends.",
    "sacc": (
        "Only when and for how long you chatted is kept, for 90 days; the messages are not kept."
    ),
}
ANONYMOUS_STEMS = {"en": "anonym", "ro": "anonim", "ru": "аноним"}


def partner_pages(slug, code):
    source = PartnerPage.objects.get(slug=slug, locale__language_code="en")
    return source.get_translation(Locale.objects.get(language_code=code))


def own_text(html):
    """The page's main content without the helplines box (other organisations' words) and
    without the privacy statement, which the settings word."""
    main = html.select_one("main")
    for element in main.select(".help-box, #chat-consent, [data-closed-offers]"):
        element.decompose()
    return text_of(main)


def test_each_partners_support_page_states_its_facts_in_each_of_its_languages(demo, client):  # noqa: F811
    from tests.test_support_facts import ANONYMOUS, NOT_ANONYMOUS

    for partner in load_partners():
        if partner.slug == "apy":
            continue
        for code in partner.all_locales:
            support = SupportPage.objects.live().child_of(partner_pages(partner.slug, code)).get()
            html = soup(client.get(support.url))
            [statement] = html.select("#chat-consent")
            text = text_of(statement)
            if partner.slug == "casa-marioarei":
                assert NOT_ANONYMOUS[code] in text, (code, text)
                assert ANONYMOUS[code] not in text, (code, text)
            else:
                assert ANONYMOUS[code] in text, (partner.slug, code, text)
            if code == "en":
                assert DEMO_SAYS[partner.slug] in text, text
                # The page's own prose leaves what is kept to the statement (which it points to).
                prose = text_of(html.select_one("main .rich-text")).lower()
                for word in ("don't keep", "don't save", "delete", " days", "anonymous"):
                    assert word not in prose, (partner.slug, word)


def test_a_partner_without_a_chat_never_mentions_one_on_any_of_its_pages(demo, client):  # noqa: F811
    from tests.test_support_facts import CHAT_WORDS

    for code in ("hy", "en"):
        apy = partner_pages("apy", code)
        pages = [apy, *SupportPage.objects.live().child_of(apy)]
        pages += list(ArticlePage.objects.live().child_of(apy))
        assert len(pages) > 3
        for page in pages:
            html = soup(client.get(page.url))
            # Articles speak of the reader's own chats ("a group chat where everyone is, except
            # you"): what must never appear is a chat offered by APY, around them.
            for article in html.select("main article"):
                article.decompose()
            text = own_text(html).lower()
            assert CHAT_WORDS[code] not in text, (page.url, text)


def test_a_chat_in_telegram_is_never_called_anonymous(demo, client):  # noqa: F811
    for code, stem in ANONYMOUS_STEMS.items():
        casa = partner_pages("casa-marioarei", code)
        pages = [
            *SupportPage.objects.live().child_of(casa),
            *ArticlePage.objects.live().child_of(casa),
        ]
        assert len(pages) > 3
        for page in pages:
            text = own_text(soup(client.get(page.url))).lower()
            assert stem not in text, (page.url, text)
