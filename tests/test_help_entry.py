"""The header's "Talk to someone" on every page, distinct labels per partner, empty topics unlinked.

    Root
    └── Home (en), and its translations in ka, hy, ru, be
        ├── Topics ─ Feelings (has an article) · Sex and body (no article in any language)
        ├── About (standard)
        ├── Armenia (AM)
        │   ├── SACC ─ Talk to us (support) · When anger takes over (article, Feelings)
        │   └── Armenian Progressive Youth ─ Talk to us (support)
        └── Georgia (GE)
            └── Sapari ─ Talk to us (support)

Issue 12, items 1 and 6. Everything is published in every locale.
"""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site

from core.models import BasePage
from navigation.models import NavigationMenu
from support.help_entry import help_url
from tests import factories
from tests.factories import publish, translate
from tests.utils import soup, text_of

CODES = ["en", "ka", "hy", "ru", "be"]
MAX_QUERIES = 15


def tr(code, message, **values):
    with translation.override(code):
        return translation.gettext(message) % values if values else translation.gettext(message)


@pytest.fixture
def world(locales):
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["en"])
    )
    Site.objects.all().delete()
    home = factories.HomePageFactory(parent=root)
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    feelings = factories.TopicFactory(name="Feelings", slug="feelings")
    sex = factories.TopicFactory(name="Sex and body", slug="sex-and-body")
    topic_index = factories.TopicIndexPageFactory(parent=home)
    feelings_page = factories.TopicPageFactory(parent=topic_index, topic=feelings)
    sex_page = factories.TopicPageFactory(parent=topic_index, topic=sex)
    about = factories.StandardPageFactory(parent=home, title="About", slug="about")
    armenia = factories.CountryPageFactory(
        parent=home, title="Armenia", slug="armenia", country_code="AM"
    )
    sacc = factories.PartnerPageFactory(parent=armenia, title="SACC", slug="sacc")
    apy = factories.PartnerPageFactory(
        parent=armenia, title="Armenian Progressive Youth", slug="apy"
    )
    sacc_support = factories.SupportPageFactory(parent=sacc)
    apy_support = factories.SupportPageFactory(parent=apy)
    article = factories.create_article(
        sacc, title="When anger takes over", slug="when-anger-takes-over", topics=[feelings]
    )
    georgia = factories.CountryPageFactory(
        parent=home, title="Georgia", slug="georgia", country_code="GE"
    )
    sapari = factories.PartnerPageFactory(parent=georgia, title="Sapari", slug="sapari")
    sapari_support = factories.SupportPageFactory(parent=sapari)
    factories.HelplineFactory(country_code="AM", name="SACC helpline", phone_number="0800 8 0850")
    factories.EmergencyNumberFactory(country_code="AM", label="Emergency", number="911")
    factories.EmergencyNumberFactory(country_code="GE", label="Emergency", number="112")
    pages = {
        "home": home,
        "topic_index": topic_index,
        "feelings": feelings_page,
        "sex": sex_page,
        "about": about,
        "armenia": armenia,
        "sacc": sacc,
        "apy": apy,
        "sacc_support": sacc_support,
        "apy_support": apy_support,
        "article": article,
        "georgia": georgia,
        "sapari": sapari,
        "sapari_support": sapari_support,
    }
    world = {"en": pages}
    for code in CODES[1:]:
        translated = {}
        for name, page in pages.items():  # Parents come before their children.
            translated[name] = translate(page, locales[code])
        world[code] = translated
    NavigationMenu.objects.create(
        locale=locales["en"],
        items=[
            ("link", {"page": feelings_page, "label": ""}),
            ("link", {"page": sex_page, "label": ""}),
            ("link", {"page": about, "label": ""}),
        ],
    )
    return world


def header_help(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    link = soup(response).select_one("header .site-header__help")
    assert link is not None, f"{url} has no help in its header"
    return link


def get_help_url(code):
    with translation.override(code):
        return reverse("get_help")


@pytest.mark.parametrize("code", CODES)
def test_every_kind_of_page_has_help_in_its_header(client, world, code):
    pages = world[code]
    label = tr(code, "Talk to someone")
    get_help = get_help_url(code)
    expected = {
        # No country: where he picks his country's help.
        pages["home"].url: get_help,
        pages["topic_index"].url: get_help,
        pages["feelings"].url: get_help,
        pages["about"].url: get_help,
        # A country with two partners: its entry on the "Get help" page, to choose between them.
        pages["armenia"].url: f"{get_help}#help-am",
        # A country with one: its support page.
        pages["georgia"].url: pages["sapari_support"].url,
        # Under a partner: that partner's support page.
        pages["sacc"].url: pages["sacc_support"].url,
        pages["article"].url: pages["sacc_support"].url,
        pages["sacc_support"].url: pages["sacc_support"].url,
        pages["apy"].url: pages["apy_support"].url,
        pages["sapari"].url: pages["sapari_support"].url,
    }
    with translation.override(code):
        search = reverse("search") + "?q=anger"
        blocked = reverse("mirror_list")
    expected[search] = get_help
    expected[blocked] = get_help
    expected[get_help] = get_help
    for url, target in expected.items():
        link = header_help(client, url)
        assert link["href"] == target, url
        assert text_of(link) == label, url
    if code != "en":
        assert label != "Talk to someone", f"'Talk to someone' is not translated into {code}"


@pytest.mark.parametrize("code", CODES)
def test_get_help_lists_every_country_with_its_offers_and_call_buttons(client, world, code):
    pages = world[code]
    html = soup(client.get(get_help_url(code)))
    armenia = html.select_one("#help-am")
    georgia = html.select_one("#help-ge")
    assert armenia is not None and georgia is not None
    offers = {text_of(a): a["href"] for a in armenia.select(".help-box__support a")}
    assert offers == {
        tr(code, "Talk to %(partner)s", partner=pages["sacc"].title): pages["sacc_support"].url,
        tr(code, "Talk to %(partner)s", partner=pages["apy"].title): pages["apy_support"].url,
    }
    calls = [a["href"] for a in armenia.select("a.call-button")]
    assert len(calls) == 2 and calls[-1] == "tel:911"
    assert all(href.startswith("tel:") for href in calls)
    assert [a["href"] for a in georgia.select("a.call-button")] == ["tel:112"]


@pytest.mark.parametrize("code", CODES)
def test_two_offers_on_one_page_have_distinct_labels(client, world, code):
    pages = world[code]
    html = soup(client.get(pages["armenia"].url))
    labels = [text_of(a) for a in html.select(".help-box__support a")]
    assert labels == [
        tr(code, "Talk to %(partner)s", partner="SACC"),
        tr(code, "Talk to %(partner)s", partner="Armenian Progressive Youth"),
    ]
    assert len(set(labels)) == 2
    # The numbers in the help box are call buttons.
    assert [a["href"] for a in html.select(".help-box a.call-button")][-1] == "tel:911"
    # The partner's own page says whom it leads to as well.
    partner = soup(client.get(pages["apy"].url))
    assert text_of(partner.select_one("main .help-box a.button")) == tr(
        code, "Talk to %(partner)s", partner="Armenian Progressive Youth"
    )


@pytest.mark.parametrize("code", CODES)
def test_home_page_shows_a_way_to_chat(client, world, code):
    pages = world[code]
    html = soup(client.get(pages["home"].url))
    chats = {a["href"] for a in html.select("main #get-help a.button")}
    assert chats == {
        pages["sacc_support"].url,
        pages["apy_support"].url,
        pages["sapari_support"].url,
    }


@pytest.mark.parametrize("code", CODES)
def test_topic_pages_without_articles_are_not_linked(client, world, code):
    pages = world[code]
    empty, full = pages["sex"].url, pages["feelings"].url
    for url in (pages["home"].url, pages["topic_index"].url, pages["article"].url):
        hrefs = {a["href"].split("?")[0] for a in soup(client.get(url)).select("a[href]")}
        assert empty not in hrefs, f"{url} links the empty topic {empty}"
        assert full in hrefs, f"{url} does not link {full}"
    # The topic page itself is still there for whoever has its address.
    assert client.get(empty).status_code == 200


def test_a_topic_gets_linked_once_it_has_an_article(client, world):
    pages = world["en"]
    assert pages["sex"].url not in client.get(pages["home"].url).content.decode()
    factories.create_article(
        pages["sacc"], title="Your body", slug="body", topics=[pages["sex"].topic]
    )
    menu_links = soup(client.get(pages["about"].url)).select(".site-nav a")
    assert pages["sex"].url in {a["href"] for a in menu_links}


def test_the_help_address_needs_no_query_once_warm(world, rf, django_assert_num_queries):
    pages = world["hy"]
    request = rf.get(pages["article"].url)
    with translation.override("hy"):
        help_url(pages["article"], request)  # Fills the cache.
        with django_assert_num_queries(0):
            assert help_url(pages["article"], request) == pages["sacc_support"].url
            assert help_url(pages["armenia"], request).endswith("#help-am")
            assert help_url(None, request) == reverse("get_help")


@pytest.mark.parametrize("code", ["en", "hy", "be"])
@override_settings(PAGE_CACHE_ENABLED=False)
def test_query_counts_stay_bounded(client, world, code, monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(BasePage, "content_fragment_cacheable", lambda page, request: False)
    pages = world[code]
    for url in (
        pages["home"].url,
        pages["armenia"].url,
        pages["article"].url,
        pages["topic_index"].url,
        get_help_url(code),
    ):
        assert client.get(url).status_code == 200
        with django_assert_max_num_queries(MAX_QUERIES):
            assert client.get(url).status_code == 200


def test_a_new_support_page_shows_in_the_header_at_once(client, world):
    pages = world["en"]
    georgia = pages["georgia"]
    assert header_help(client, georgia.url)["href"] == pages["sapari_support"].url
    second = factories.PartnerPageFactory(parent=georgia, title="Second", slug="second")
    publish(factories.SupportPageFactory(parent=second))
    assert header_help(client, georgia.url)["href"] == get_help_url("en") + "#help-ge"


@pytest.mark.parametrize("code", ["en", "hy"])
def test_the_footer_has_the_countrys_emergency_number_as_a_call_button(client, world, code):
    pages = world[code]
    for name in ("armenia", "sacc", "article", "apy_support"):
        footer = soup(client.get(pages[name].url)).select_one("footer")
        calls = [a["href"] for a in footer.select("a.call-button")]
        assert calls == ["tel:911"], name
    georgia = soup(client.get(pages["sapari"].url)).select_one("footer")
    assert [a["href"] for a in georgia.select("a.call-button")] == ["tel:112"]
    # No country, no country's number.
    assert soup(client.get(pages["home"].url)).select("footer a.call-button") == []
