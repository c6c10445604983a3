"""Issue 12.4 and 12.5: a support page's hours and privacy facts, in the reader's language.

    Home (en) ─ Home (ka, hy, be …)
    ├── Sweden ─ MÄN ─ Talk to us          (conftest.tree, translated into every locale here)
    ├── Georgia ─ sapari ─ Talk to us      (Asia/Tbilisi)   ─ ka
    ├── Armenia ─ sacc ─ Talk to us        (Asia/Yerevan)   ─ hy
    └── Belarus ─ wrab ─ Talk to us        (Europe/Vilnius) ─ be

Hours: weekday names, "opens …", the zone's name and holiday reasons come from the server's
catalogues (Chromium's `Intl` has no Georgian, Armenian or Belarusian weekdays), and the page
carries what the browser needs to add the reader's own clock. Privacy: one statement worded from
the partner's facts, the same in every language; no chat, no word of a chat.
"""

import datetime as dt
import importlib
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from support.models import PartnerChatSettings
from tests import factories
from tests.factories import set_partner_chat, translate
from tests.utils import soup, text_of

LATIN = re.compile(r"[A-Za-z]")
PLACEHOLDER = re.compile(r"%\(\w+\)s")

READERS = {
    # locale: (country code, country slug, partner slug whose zone partners.toml gives)
    "ka": ("GE", "georgia", "sapari"),
    "hy": ("AM", "armenia", "sacc"),
    "be": ("BY", "belarus", "wrab"),
}
ZONES = {"ka": "Asia/Tbilisi", "hy": "Asia/Yerevan", "be": "Europe/Vilnius"}
# What a reader of each language reads, written out here rather than taken from the catalogues.
ZONE_NAMES = {"ka": "თბილისის დროით", "hy": "Երևանի ժամանակով", "be": "па віленскім часе"}
NEW_YEAR = {"ka": "(ახალი წელი)", "hy": "(Նոր տարի)", "be": "(Новы год)"}
WEEKDAYS = {
    "ka": ["ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"],
    "hy": ["Երկուշաբթի", "Երեքշաբթի", "Չորեքշաբթի", "Հինգշաբթի", "Ուրբաթ", "Շաբաթ", "Կիրակի"],
    "be": ["Панядзелак", "Аўторак", "Серада", "Чацвер", "Пятніца", "Субота", "Нядзеля"],
}
STATUS = {
    "ka": "დახურულია, გაიხსნება: {day}, 17:00 თბილისის დროით",
    "hy": "Փակ է, կբացվի՝ {day}, 17:00 Երևանի ժամանակով",
    "be": "Зачынена, адчыніцца: {day}, 17:00 па віленскім часе",
}


def weekly(day, opens, closes):
    return ("weekly", {"weekday": str(day), "opens": opens, "closes": closes})


def in_three_days(zone):
    """A weekday that is neither today nor tomorrow where the partner is."""
    return (timezone.now().astimezone(ZoneInfo(zone)) + dt.timedelta(days=3)).weekday()


@pytest.fixture
def readers_pages(tree, locales):
    """A support page in Georgian, Armenian and Belarusian, each closed until in three days."""
    pages = {}
    for code, (country_code, country_slug, slug) in READERS.items():
        locale = locales[code]
        translate(tree["home"], locale)
        country = factories.CountryPageFactory(
            parent=tree["home"], title=country_slug, slug=country_slug, country_code=country_code
        )
        partner = factories.PartnerPageFactory(parent=country, title=slug, slug=slug)
        support = factories.SupportPageFactory(
            parent=partner, chat_url=f"https://chat.example.org/{slug}"
        )
        day = in_three_days(ZONES[code])
        set_partner_chat(
            support,
            keeps="nothing",
            anonymous=True,
            opening_hours=[
                weekly(day, "17:00", "20:00"),
                (
                    "exception",
                    {
                        "first_day": "2099-01-01",
                        "last_day": "2099-01-02",
                        "opens": None,
                        "closes": None,
                        "reason": "new_year",
                    },
                ),
            ],
        )
        translate(country, locale)
        translate(partner, locale)
        pages[code] = (translate(support, locale), day)
    return pages


@pytest.mark.parametrize("code", sorted(READERS))
def test_hours_are_in_the_readers_language_without_latin_letters(client, readers_pages, code):
    page, day = readers_pages[code]
    html = soup(client.get(page.url))
    chat = html.select_one("section.chat")
    weekday = WEEKDAYS[code][day]

    # Without JavaScript: the partner's clock, its zone by the city, the weekday, all translated.
    status = html.select_one("[data-chat-status]")
    assert text_of(status) == STATUS[code].format(day=weekday)
    zone_line = text_of(chat.select_one(".chat__zone"))
    assert ZONE_NAMES[code] in zone_line
    assert not LATIN.search(zone_line), zone_line
    rows = [text_of(row) for row in chat.select(".opening-hours dt")]
    assert len(rows) == 1
    assert not LATIN.search(rows[0]), rows
    exception = text_of(chat.select_one(".opening-hours__exceptions"))
    assert exception.endswith(NEW_YEAR[code]), exception
    assert not LATIN.search(exception), exception

    # For the browser: every word it may use, from the server, none of it in Latin letters.
    templates = json.loads(status["data-status-templates"])
    assert templates["weekdays"] == WEEKDAYS[code]
    assert templates["zone"] == ZONE_NAMES[code]
    for name in ("open", "open_both", "closed", "closed_both", "closed_both_day", "today"):
        assert not LATIN.search(PLACEHOLDER.sub("", templates[name])), (name, templates[name])
    assert "%(your_time)s" in templates["closed_both"]
    assert {"%(your_day)s", "%(your_time)s"} <= set(
        PLACEHOLDER.findall(templates["closed_both_day"])
    )


@pytest.mark.parametrize("code", sorted(READERS))
def test_the_page_gives_the_browser_both_clocks_but_names_only_the_partners(
    client, readers_pages, code
):
    page, day = readers_pages[code]
    status = soup(client.get(page.url)).select_one("[data-chat-status]")
    zone = ZoneInfo(ZONES[code])
    intervals = json.loads(status["data-open-intervals"])
    assert intervals
    for opens, closes in intervals:
        begin = dt.datetime.fromisoformat(opens)
        # The partner's offset is written with each instant: its wall clock, without tz data.
        assert begin.utcoffset() == begin.astimezone(zone).utcoffset()
        assert (begin.astimezone(zone).weekday(), opens[11:16], closes[11:16]) == (
            day,
            "17:00",
            "20:00",
        )
    offsets = json.loads(status["data-utc-offsets"])
    now = timezone.now()
    assert dt.datetime.fromisoformat(offsets[0][0]) <= now
    expected = int(now.astimezone(zone).utcoffset().total_seconds() // 60)
    current = [offset for moment, offset in offsets if dt.datetime.fromisoformat(moment) <= now]
    assert current[-1] == expected
    # The server does not know the reader's zone: its own text names the partner's clock only.
    templates = json.loads(status["data-status-templates"])
    your_time = PLACEHOLDER.sub("", re.search(r"\((.*)\)", templates["closed_both"])[1]).strip()
    assert len(your_time) > 3, templates["closed_both"]
    assert your_time not in text_of(status)


def test_a_zone_change_in_the_next_weeks_is_in_the_offsets(db):
    from support.opening_hours import Schedule

    vilnius = Schedule("Europe/Vilnius")
    before = dt.datetime(2027, 3, 20, 12, tzinfo=dt.UTC)
    changes = vilnius.utc_offsets(before)
    # Lithuania moves to summer time at 01:00 UTC on the last Sunday of March.
    assert [(moment.isoformat(), offset) for moment, offset in changes] == [
        ("2027-03-19T12:00:00+00:00", 120),
        ("2027-03-28T01:00:00+00:00", 180),
    ]
    assert Schedule("Asia/Yerevan").utc_offsets(before)[1:] == []


def test_every_partner_zone_has_a_name_for_readers():
    from django.core.management import call_command

    from core.partners import load_partners
    from support.time_zones import ZONE_NAMES as NAMED

    assert {partner.time_zone for partner in load_partners()} <= set(NAMED)
    call_command("check", "--fail-level", "WARNING")


def test_a_partner_in_an_unnamed_zone_is_reported(monkeypatch):
    import core.partners
    from core.partners import Partner
    from support.time_zones import check_partner_zones_are_named, zone_name

    lima = Partner("lima", "Lima", "PE", "America/Lima", ("en",))
    monkeypatch.setattr(core.partners, "load_partners", lambda: [lima])
    [warning] = check_partner_zones_are_named()
    assert warning.id == "support.W001"
    assert "America/Lima" in warning.msg
    assert zone_name("America/Lima") == "Lima"


# Privacy: one statement from the facts, in every language ------------------------------------

KINDS = {
    "frame": {
        "chat_kind": "iframe",
        "chat_url": "https://chat.example.org/man",
        "operator": "partner",
        "keeps": "metadata",
        "retention_days": 30,
        "anonymous": True,
    },
    "chatwoot": {
        "chat_kind": "chatwoot",
        "chat_url": "",
        "chatwoot_base_url": "https://chatwoot.example.org",
        "chatwoot_website_token": "sapariDemoToken2026",
        "operator": "other",
        "operator_name": "Example Hosting",
        "keeps": "messages",
        "retention_days": 14,
        "anonymous": True,
    },
    "messenger": {
        "chat_kind": "messenger",
        "chat_url": "",
        "messenger_url": "https://t.me/man_chat",
        "operator": "other",
        "operator_name": "Telegram",
        "keeps": "messages",
        "retention_days": 7,
        "anonymous": False,
    },
}
# What each language's reader must read for each kind (the facts above), written out.
SAYS = {
    "frame": {
        "en": [
            "We run this chat ourselves.",
            "It is anonymous",
            "Only when and for how long you chatted is kept, for 30 days",
        ],
        "sv": ["Vi driver chatten själva.", "Den är anonym", "i 30 dagar"],
        "ka": ["ამ ჩატს ჩვენ თვითონ ვმართავთ.", "ის ანონიმურია", "30 დღის განმავლობაში"],
        "hy": ["Այս չատը մենք ինքներս ենք վարում։", "Այն անանուն է", "30 օր"],
        "ro": ["Noi înșine administrăm acest chat.", "Este anonim", "30 de zile"],
        "ru": ["Этот чат ведём мы сами.", "Он анонимный", "30 дней"],
        "be": ["Гэты чат вядзём мы самі.", "Ён ананімны", "30 дзён"],
    },
    "chatwoot": {
        "en": [
            "Example Hosting runs this chat for us.",
            "It is anonymous",
            "The messages are kept for 14 days, then deleted.",
        ],
        "sv": ["Example Hosting driver den här chatten åt oss.", "Den är anonym", "i 14 dagar"],
        "ka": ["ამ ჩატს ჩვენთვის მართავს: Example Hosting.", "ის ანონიმურია", "14 დღე ინახება"],
        "hy": ["Այս չատը մեզ համար սպասարկում է՝ Example Hosting։", "Այն անանուն է", "14 օր"],
        "ro": ["Example Hosting administrează acest chat pentru noi.", "Este anonim", "14 zile"],
        "ru": ["Этот чат для нас обслуживает Example Hosting.", "Он анонимный", "14 дней"],
        "be": ["Гэты чат для нас абслугоўвае Example Hosting.", "Ён ананімны", "14 дзён"],
    },
    "messenger": {
        "en": [
            "The button opens Telegram, where you write to us.",
            "Telegram knows your account, so this chat is not anonymous.",
            "We keep the messages for 7 days, then delete them",
        ],
        "sv": ["Knappen öppnar Telegram", "så den här chatten är inte anonym", "i 7 dagar"],
        "ka": ["ღილაკი გახსნის Telegram-ს", "ეს ჩატი ანონიმური არ არის", "7 დღე ვინახავთ"],
        "hy": ["Կոճակը բացում է Telegram-ը", "այս չատն անանուն չէ", "7 օր"],
        "ro": ["Butonul deschide Telegram", "acest chat nu este anonim", "7 zile"],
        "ru": ["Кнопка открывает Telegram", "этот чат не анонимный", "7 дней"],
        "be": ["Кнопка адкрывае Telegram", "гэты чат не ананімны", "7 дзён"],
    },
}
ANONYMOUS = {k: SAYS["frame"][k][1] for k in SAYS["frame"]}
NOT_ANONYMOUS = {k: SAYS["messenger"][k][1] for k in SAYS["messenger"]}
CHAT_WORDS = {
    "en": "chat",
    "sv": "chatt",
    "ka": "ჩატ",
    "hy": "չատ",
    "ro": "chat",
    "ru": "чат",
    "be": "чат",
}
NAMES = re.compile(r"Telegram|Example Hosting")
NOT_LATIN_SCRIPT = {"ka", "hy", "ru", "be"}


@pytest.fixture
def every_language(tree, locales):
    """MÄN's support page in all seven languages (English and Swedish come with the tree)."""
    pages = {"en": tree["support"], "sv": tree["support_sv"]}
    for code in ("ka", "hy", "ro", "ru", "be"):
        for name in ("home", "country", "partner"):
            translate(tree[name], locales[code])
        pages[code] = translate(tree["support"], locales[code])
    return pages


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_one_privacy_statement_per_kind_in_every_language(client, every_language, kind):
    set_partner_chat(every_language["en"], **KINDS[kind])
    for code, page in every_language.items():
        html = soup(client.get(page.url))
        [statement] = html.select("#chat-consent")
        text = text_of(statement)
        for phrase in SAYS[kind][code]:
            assert phrase in text, (code, phrase, text)
        if kind == "messenger":
            assert ANONYMOUS[code] not in text, (code, text)
        else:
            assert NOT_ANONYMOUS[code] not in text, (code, text)
            # For a chat in the page: nothing is fetched before the reader starts it.
            assert len(re.findall(r"[.։]", text)) >= 4, (code, text)
        if code in NOT_LATIN_SCRIPT:
            assert not LATIN.search(NAMES.sub("", text)), (code, text)
        # The Start button points at the statement: what starting the chat means.
        start = html.select_one("section.chat a.button--primary")
        assert start["aria-describedby"] == "chat-consent"
        # Said once: no other sentence on the page speaks of what is kept or anonymity.
        chat_text = text_of(html.select_one("section.chat"))
        assert chat_text.count(ANONYMOUS[code] if kind != "messenger" else NOT_ANONYMOUS[code]) == 1


def test_the_same_facts_give_the_same_statement_in_every_language(client, every_language):
    """Sentence for sentence: each language says as much, in its own words."""
    set_partner_chat(every_language["en"], **KINDS["chatwoot"])
    counts = {}
    for code, page in every_language.items():
        text = text_of(soup(client.get(page.url)).select_one("#chat-consent"))
        counts[code] = len(re.findall(r"[.։](?:\s|$)", text))
    assert set(counts.values()) == {4}, counts


def test_a_partner_without_a_chat_never_mentions_one(client, every_language):
    set_partner_chat(every_language["en"], chat_kind="none", chat_url="")
    for code, page in every_language.items():
        # The page's own words too: an intro without a chat (the factory's speaks of one).
        page.intro = "—"
        factories.publish(page)
        html = soup(client.get(page.url))
        assert html.select_one("section.chat") is None
        assert html.select_one("#chat-consent") is None
        main = text_of(html.select_one("main")).lower()
        assert CHAT_WORDS[code] not in main, (code, main)
        # What there is instead: the helplines and the emergency number.
        assert html.select_one("main a[href='tel:112']") is not None, code


def test_facts_not_given_yet_are_not_guessed(client, tree):
    """A record from before the facts (migration support/0006): no promise about deletion."""
    set_partner_chat(tree["support"], keeps="messages", retention_days=None, anonymous=True)
    text = text_of(soup(client.get(tree["support"].url)).select_one("#chat-consent"))
    assert "We have not yet said how long the messages are kept." in text
    assert "deleted" not in text
    assert "Nothing is kept" not in text


# The admin: the facts must be complete and possible --------------------------------------------


def settings_url(page):
    chat = PartnerChatSettings.objects.get(partner_key=page.get_parent().translation_key)
    return reverse("wagtailsnippets_support_partnerchatsettings:edit", args=(chat.pk,))


def post_chat(client, page, **fields):
    data = {
        "chat_kind": "iframe",
        "chat_url": "https://chat.example.org/man",
        "chatwoot_base_url": "",
        "chatwoot_website_token": "",
        "messenger_url": "",
        "opening_hours": streamfield(
            [("weekly", {"weekday": "0", "opens": "18:00", "closes": "21:00"})]
        ),
        **factories.privacy_form(),
    }
    data.update(fields)
    if not data.get("anonymous"):
        data.pop("anonymous", None)
    return client.post(settings_url(page), nested_form_data(data))


def error_of(response, field):
    """The message Wagtail shows with a field of the form that came back."""
    html = soup(response)
    wrapper = html.select_one(f"[data-field-wrapper]:has([name={field}])") or html.find(
        attrs={"data-contentpath": field}
    )
    assert wrapper is not None, field
    errors = wrapper.select(".error-message")
    return " ".join(text_of(error) for error in errors)


def stored(page):
    return PartnerChatSettings.objects.get(partner_key=page.get_parent().translation_key)


def test_a_messenger_chat_cannot_be_called_anonymous(admin_client, tree):
    page = tree["support"]
    response = post_chat(
        admin_client,
        page,
        chat_kind="messenger",
        chat_url="",
        messenger_url="https://t.me/man_chat",
        keeps="messages",
        retention_days="7",
        anonymous="on",
    )
    assert response.status_code == 200
    assert error_of(response, "anonymous") == (
        "A messenger chat is not anonymous: the messenger knows the reader's account. "
        "Untick “anonymous”."
    )
    assert stored(page).chat_kind == "iframe"

    response = post_chat(
        admin_client,
        page,
        chat_kind="messenger",
        chat_url="",
        messenger_url="https://t.me/man_chat",
        keeps="messages",
        retention_days="7",
    )
    assert response.status_code == 302
    chat = stored(page)
    # The messenger runs the service: said so without the moderator having to.
    assert (chat.chat_kind, chat.operator, chat.operator_name, chat.anonymous) == (
        "messenger",
        "other",
        "Telegram",
        False,
    )


def test_kept_messages_need_the_number_of_days(admin_client, tree):
    page = tree["support"]
    response = post_chat(admin_client, page, keeps="messages", retention_days="")
    assert response.status_code == 200
    assert error_of(response, "retention_days") == "Say for how many days it is kept."
    response = post_chat(admin_client, page, keeps="metadata", retention_days="0")
    assert response.status_code == 200
    assert "greater than or equal to 1" in error_of(response, "retention_days")
    response = post_chat(admin_client, page, keeps="messages", retention_days="30")
    assert response.status_code == 302
    assert (stored(page).keeps, stored(page).retention_days) == ("messages", 30)
    # Nothing kept: no number of days to go with it.
    response = post_chat(admin_client, page, keeps="nothing", retention_days="30")
    assert response.status_code == 302
    assert (stored(page).keeps, stored(page).retention_days) == ("nothing", None)


def test_another_organisation_must_be_named(admin_client, tree):
    page = tree["support"]
    response = post_chat(admin_client, page, operator="other", operator_name=" ")
    assert response.status_code == 200
    assert error_of(response, "operator_name") == (
        "Name the organisation that runs the chat service."
    )
    response = post_chat(admin_client, page, operator="other", operator_name="Example Hosting")
    assert response.status_code == 302
    assert stored(page).operator_name == "Example Hosting"


def test_an_unknown_holiday_reason_is_refused(admin_client, tree):
    page = tree["support"]
    hours = streamfield(
        [
            (
                "exception",
                {
                    "first_day": "2099-01-01",
                    "last_day": "",
                    "opens": "",
                    "closes": "",
                    "reason": "<script>alert(1)</script>",
                },
            )
        ]
    )
    response = post_chat(admin_client, page, opening_hours=hours)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not [child for child in stored(page).opening_hours if child.block_type == "exception"]


def test_the_admin_form_asks_for_the_facts(admin_client, tree):
    html = soup(admin_client.get(settings_url(tree["support"])))
    [form] = [form for form in html.select("form") if form.select_one("[name=chat_kind]")]
    for name in ("operator", "operator_name", "keeps", "retention_days", "anonymous"):
        assert form.select_one(f"[name={name}]") is not None, name
    assert "Privacy: what readers are told" in text_of(form)
    assert [option["value"] for option in form.select("select[name=keeps] option")] == [
        "nothing",
        "metadata",
        "messages",
    ]


# Moving existing records (migration support/0006) -----------------------------------------------


def test_the_migration_keeps_what_readers_were_told_and_the_reasons_it_knows(tree, capsys):
    migration = importlib.import_module("support.migrations.0006_chat_privacy_facts")
    chat = set_partner_chat(
        tree["support"], chat_kind="messenger", chat_url="", messenger_url="https://t.me/x_y"
    )
    old_hours = [
        {"type": "weekly", "value": {"weekday": "0", "opens": "18:00", "closes": "21:00"}},
        *[
            {
                "type": "exception",
                "value": {
                    "first_day": f"2099-01-0{n}",
                    "last_day": None,
                    "opens": None,
                    "closes": None,
                    "note": note,
                },
            }
            for n, note in enumerate(["New Year", "Crăciun", "Staff party", ""], start=1)
        ],
    ]
    PartnerChatSettings.objects.filter(pk=chat.pk).update(
        opening_hours=json.dumps(old_hours), anonymous=True, operator="partner"
    )
    migration.forwards(django_apps, None)
    chat.refresh_from_db()
    assert (chat.operator, chat.operator_name, chat.anonymous) == ("other", "Telegram", False)
    reasons = [
        child.value["reason"] for child in chat.opening_hours if child.block_type == "exception"
    ]
    assert reasons == ["new_year", "christmas", "", ""]
    output = capsys.readouterr().out
    assert "Staff party" in output
    assert "check who runs the chat" in output


def test_the_removed_field_leaves_no_segment_for_wagtail_localize(tree, locales):
    """wagtail/wagtail-localize#590: a segment naming a removed field broke publishing."""
    from django.core.exceptions import FieldDoesNotExist
    from wagtail_localize.models import (
        String,
        StringSegment,
        StringTranslation,
        TranslationContext,
        TranslationSource,
    )
    from wagtail_localize.strings import StringValue

    from localization.removed_fields import forget_field_segments

    ka = locales["ka"]
    for name in ("home", "country", "partner"):
        translate(tree[name], ka)
    # A source extracted before the migration: it still has the old field's string.
    source, _created = TranslationSource.get_or_create_from_instance(tree["support"])
    old = TranslationContext.objects.create(
        object=source.object, path="chat_consent_text", field_path="chat_consent_text"
    )
    string = String.from_value(
        locales["en"], StringValue.from_plaintext("Anonymous. Kept for 30 days.")
    )
    StringSegment.objects.create(source=source, context=old, string=string, order=99, attrs="{}")
    StringTranslation.objects.create(translation_of=string, locale=ka, context=old, data="ა.")
    with pytest.raises(FieldDoesNotExist):
        source.create_or_update_translation(ka, fallback=True)

    kept = StringSegment.objects.filter(source=source).exclude(context=old).count()
    assert kept > 0
    assert forget_field_segments(django_apps, "support", "SupportPage", "chat_consent_text") == 1
    assert StringSegment.objects.filter(source=source).count() == kept
    source.create_or_update_translation(ka, fallback=True)
    # Made (in review, as this project sends translations: localization.review).
    assert tree["support"].get_translation(ka).locale == ka
