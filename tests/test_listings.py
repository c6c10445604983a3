"""Listings on the home, country, partner and topic pages."""

import pytest

from articles.models import TopicPage
from tests import factories
from tests.utils import soup, text_of


def card_titles(element):
    return [text_of(a) for a in element.select(".card__title a")]


@pytest.fixture
def georgia(tree):
    """A second country with its own partner, support page and an article on Feelings."""
    country = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE", intro="Georgia."
    )
    partner = factories.PartnerPageFactory(parent=country, title="Sapari", slug="sapari")
    support = factories.SupportPageFactory(parent=partner, title="Sapari helps")
    article = factories.create_article(
        partner, title="Anger in Tbilisi", slug="anger-in-tbilisi", topics=[tree["topic"]]
    )
    return {"country": country, "partner": partner, "support": support, "article": article}


# Home ---------------------------------------------------------------------------------------


def test_home_lists_countries_and_topics(client, tree, georgia):
    page = soup(client.get(tree["home"].url))
    tiles = [(text_of(a), a["href"]) for a in page.select("a.tile")]
    assert tiles == [("Sweden", tree["country"].url), ("Georgia", georgia["country"].url)]
    chips = [(text_of(a), a["href"]) for a in page.select("a.chip")]
    assert chips == [("Feelings", tree["topic_page"].url)]


def test_home_shows_the_six_latest_articles_of_its_locale(client, tree):
    titles = [f"Newer {n}" for n in range(7)]
    for title in titles:
        factories.create_article(tree["partner"], title=title)

    section = soup(client.get(tree["home"].url)).select_one(
        "section[aria-labelledby=latest-heading]"
    )
    assert card_titles(section) == list(reversed(titles))[:6]

    swedish = soup(client.get(tree["home_sv"].url))
    assert card_titles(swedish) == ["När ilskan tar över"]


def test_home_does_not_list_unpublished_countries(client, tree, georgia):
    georgia["country"].unpublish()
    page = soup(client.get(tree["home"].url))
    assert [text_of(a) for a in page.select("a.tile")] == ["Sweden"]


# Country ------------------------------------------------------------------------------------


def test_country_lists_partners_articles_support_and_helplines(client, tree, georgia):
    page = soup(client.get(tree["country"].url))

    partners = page.select(".partner-list li")
    assert [(text_of(li.find("a")), li.find("a")["href"]) for li in partners] == [
        ("MÄN", tree["partner"].url)
    ]
    assert card_titles(page) == ["When anger takes over"]

    help_box = page.select_one("section.help-box")
    assert [(text_of(a), a["href"]) for a in help_box.select(".help-box__support a")] == [
        # Named by its partner, so that two offers on one page differ (issue 12.6).
        ("Talk to MÄN", tree["support"].url)
    ]
    helpline = help_box.select_one(".helpline")
    assert "BRIS" in text_of(helpline)
    assert helpline.select_one("a.helpline__number")["href"] == "tel:116111"
    emergency = help_box.select_one(".emergency-numbers a")
    assert (text_of(emergency), emergency["href"]) == ("112", "tel:112")


def test_country_shows_only_its_own_helplines(client, tree, georgia):
    factories.HelplineFactory(
        country_code="GE", name="Georgian helpline", phone_number="+995 116 111"
    )
    factories.EmergencyNumberFactory(country_code="GE", number="911")

    sweden = text_of(soup(client.get(tree["country"].url)).select_one("section.help-box"))
    assert "BRIS" in sweden
    assert "Georgian helpline" not in sweden

    georgia_box = soup(client.get(georgia["country"].url)).select_one("section.help-box")
    assert [a["href"] for a in georgia_box.select("a.helpline__number")] == ["tel:+995116111"]
    assert [a["href"] for a in georgia_box.select(".emergency-numbers a")] == ["tel:911"]
    assert "BRIS" not in text_of(georgia_box)


def test_country_helplines_in_the_readers_language_with_english_fallback(client, tree, locales):
    bris = factories.HelplineFactory(name="Jourhavande kompis", phone_number="020 22 22 22")
    translation = bris.copy_for_translation(locales["sv"])
    translation.name = "Jourhavande kompis (svenska)"
    translation.save()

    box = soup(client.get(tree["country_sv"].url)).select_one("section.help-box")
    names = [text_of(li.find("strong")) for li in box.select(".helpline")]
    # BRIS has no Swedish entry, so its English one is shown.
    assert names == ["BRIS", "Jourhavande kompis (svenska)"]


def test_country_topic_chips_count_its_articles_and_filter_the_topic_page(client, tree, georgia):
    factories.create_article(tree["partner"], title="Second", topics=[tree["topic"]])
    draft = factories.create_article(tree["partner"], title="Draft", topics=[tree["topic"]])
    draft.unpublish()
    unused = factories.TopicFactory(name="Unused", slug="unused")
    factories.TopicPageFactory(parent=tree["topic_index"], topic=unused)

    chips = soup(client.get(tree["country"].url)).select("a.chip")
    assert len(chips) == 1, "a topic without articles in this country is not shown"
    assert chips[0]["href"] == f"{tree['topic_page'].url}?country=SE"
    assert text_of(chips[0]) == "Feelings 2 articles"

    georgia_chips = soup(client.get(georgia["country"].url)).select("a.chip")
    assert [text_of(a) for a in georgia_chips] == ["Feelings 1 article"]


# Partner ------------------------------------------------------------------------------------


def test_partner_lists_its_articles_and_links_to_its_support_page(client, tree, georgia):
    draft = factories.create_article(tree["partner"], title="Draft")
    draft.unpublish()

    page = soup(client.get(tree["partner"].url))
    assert card_titles(page) == ["When anger takes over"]
    help_box = page.select_one("aside section.help-box")
    assert help_box.find("a", class_="button")["href"] == tree["support"].url
    assert "Chat with us anonymously." in text_of(help_box)


def test_partner_without_support_page_has_no_help_box(client, tree):
    partner = factories.PartnerPageFactory(parent=tree["country"], title="New", slug="new")
    response = client.get(partner.url)
    assert response.status_code == 200
    assert soup(response).select_one("section.help-box") is None


# Topic page ---------------------------------------------------------------------------------


def topic_cards(client, url, **params):
    response = client.get(url, params)
    return response, card_titles(soup(response))


def test_topic_page_filters_by_country(client, tree, georgia):
    url = tree["topic_page"].url
    _, everything = topic_cards(client, url)
    assert sorted(everything) == ["Anger in Tbilisi", "When anger takes over"]

    response, sweden = topic_cards(client, url, country="SE")
    assert sweden == ["When anger takes over"]
    selected = soup(response).select_one("#country-filter option[selected]")
    assert selected["value"] == "SE"

    _, georgia_only = topic_cards(client, url, country="GE")
    assert georgia_only == ["Anger in Tbilisi"]


def test_topic_page_with_unknown_country_says_so_and_shows_everything(client, tree, georgia):
    response, cards = topic_cards(client, tree["topic_page"].url, country="XX")
    assert response.status_code == 200
    notice = soup(response).select_one("p.notice")
    assert "We do not know that country" in text_of(notice)
    assert sorted(cards) == ["Anger in Tbilisi", "When anger takes over"]

    response, _ = topic_cards(client, tree["topic_page"].url, country="SE")
    assert soup(response).select_one("p.notice") is None


def test_topic_page_shows_only_its_topic_in_its_locale(client, tree):
    other = factories.TopicFactory(name="School", slug="school")
    factories.create_article(tree["partner"], title="Exams", topics=[other])
    _, cards = topic_cards(client, tree["topic_page"].url)
    assert cards == ["When anger takes over"]
    _, swedish = topic_cards(client, tree["topic_page_sv"].url)
    assert swedish == ["När ilskan tar över"]


@pytest.fixture
def thirteen_on_topic(tree):
    """Thirteen articles on Feelings, one more than a page holds."""
    titles = ["When anger takes over"]
    for n in range(TopicPage.PAGE_SIZE):
        titles.append(
            factories.create_article(
                tree["partner"], title=f"Feelings {n}", topics=[tree["topic"]]
            ).title
        )
    assert len(titles) == TopicPage.PAGE_SIZE + 1
    return titles


def test_topic_page_paginates(client, tree, thirteen_on_topic):
    url = tree["topic_page"].url
    response, first = topic_cards(client, url)
    assert len(first) == TopicPage.PAGE_SIZE
    nav = soup(response).select_one("nav.pagination")
    assert "Page 1 of 2" in text_of(nav)
    assert nav.select_one("a[rel=next]")["href"] == "?page=2"

    response, second = topic_cards(client, url, page=2)
    assert len(second) == 1
    assert sorted(first + second) == sorted(thirteen_on_topic)
    assert second == ["When anger takes over"], "oldest last"
    assert soup(response).select_one("nav.pagination a[rel=prev]")["href"] == "?page=1"


def test_topic_page_pagination_keeps_the_country_filter(client, tree, thirteen_on_topic):
    response, _ = topic_cards(client, tree["topic_page"].url, country="SE")
    assert soup(response).select_one("nav.pagination a[rel=next]")["href"] == "?country=SE&page=2"
    response, second = topic_cards(client, tree["topic_page"].url, country="SE", page=2)
    assert second == ["When anger takes over"]


@pytest.mark.parametrize("page", ["999", "abc", "0", "-1", "2"])
def test_topic_page_out_of_range_is_not_found(client, tree, page):
    response = client.get(tree["topic_page"].url, {"page": page})
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_topic_index_lists_its_topic_pages(client, tree):
    page = soup(client.get(tree["topic_index"].url))
    assert [(text_of(a), a["href"]) for a in page.select(".topic-list a")] == [
        ("Feelings", tree["topic_page"].url)
    ]


# Support page -------------------------------------------------------------------------------


def test_support_page_offers_the_chat_and_the_countrys_helplines(client, tree):
    page = soup(client.get(tree["support"].url))
    chat = page.select_one("section.chat")
    assert "Open: Mon–Thu 18–21" in text_of(chat)
    start = chat.select_one("a.button")
    assert start["href"] == "https://chat.example.org/man"
    assert "noreferrer" in start["rel"]
    helplines = page.select_one("aside.help-box")
    assert helplines.select_one("a.helpline__number")["href"] == "tel:116111"
    assert helplines.select_one(".emergency-numbers a")["href"] == "tel:112"


def test_support_page_without_chat_has_no_chat_button(client, tree):
    partner = factories.PartnerPageFactory(parent=tree["country"], title="New", slug="new")
    support = factories.SupportPageFactory(parent=partner, chat_url="")
    page = soup(client.get(support.url))
    assert page.select_one("section.chat") is None
    assert "BRIS" in text_of(page.select_one("aside.help-box"))
