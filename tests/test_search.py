"""The reader search: results in the reader's locale, filters, ranking, promotions, no results,
bad input, and nothing recorded about the query. Runs on SQLite and PostgreSQL."""

import logging

import pytest
from django.conf import settings
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page

from core.search_backends import backend_name_for
from tests import factories
from tests.utils import soup, text_of

MAX_QUERIES = 15


def result_links(response):
    return [(text_of(a), a["href"]) for a in soup(response).select(".search-results h2 a")]


def result_titles(response):
    return [title for title, _href in result_links(response)]


def main_text(response):
    return text_of(soup(response).find("main"))


@pytest.fixture
def georgia(tree, locales):
    """A second country with its own partner, support page and an article on anger."""
    country = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    partner = factories.PartnerPageFactory(parent=country, title="Sapari", slug="sapari")
    support = factories.SupportPageFactory(parent=partner, title="Sapari hotline")
    article = factories.create_article(
        partner, title="Anger in Tbilisi", summary="Anger on the street.", slug="anger-tbilisi"
    )
    return {"country": country, "partner": partner, "support": support, "article": article}


def test_search_finds_articles_in_the_readers_locale(client, tree):
    response = client.get("/en/search/", {"q": "anger"})
    assert response.status_code == 200
    assert ("When anger takes over", tree["article"].url) in result_links(response)
    assert all(href.startswith("/en/") for _, href in result_links(response))

    swedish = client.get("/sv/search/", {"q": "ilskan"})
    assert result_links(swedish) == [("När ilskan tar över", tree["article_sv"].url)]


def test_a_result_shows_title_summary_country_and_topics(client, tree):
    response = client.get("/en/search/", {"q": "anger"})
    item = next(
        li
        for li in soup(response).select(".search-results li.search-result")
        if text_of(li.h2) == "When anger takes over"
    )
    assert "What to do when anger takes over." in text_of(item)
    meta = item.select_one(".search-result__meta")
    assert "Country: Sweden" in text_of(meta)
    assert [(text_of(a), a["href"]) for a in meta.select("a")] == [
        ("Feelings", tree["topic_page"].url)
    ]


def test_search_covers_topic_support_and_standard_pages_but_not_landing_pages(client, tree):
    assert "Feelings" in result_titles(client.get("/en/search/", {"q": "feelings"}))
    assert "Talk to us" in result_titles(client.get("/en/search/", {"q": "anonymously"}))
    assert "Staying safe online" in result_titles(client.get("/en/search/", {"q": "staying"}))
    # Country, partner and home pages are ways in, not answers: they are not results.
    assert "Sweden" not in result_titles(client.get("/en/search/", {"q": "sweden"}))
    assert "MÄN" not in result_titles(client.get("/en/search/", {"q": "men"}))


def test_search_does_not_find_unpublished_pages(client, tree):
    draft = factories.create_article(tree["partner"], title="Secret draft about anger")
    draft.unpublish()
    titles = result_titles(client.get("/en/search/", {"q": "secret"}))
    assert "Secret draft about anger" not in titles


def test_search_never_shows_aliases(client, tree, locales):
    article = factories.create_article(tree["partner"], title="Anger at school", slug="school")
    alias = article.copy_for_translation(locales["sv"], alias=True)
    assert alias.alias_of_id == article.pk and alias.live
    assert alias.locale == locales["sv"]
    # The alias is a live Swedish page that the Swedish search index holds ...
    swedish_backend = backend_name_for("sv", settings.WAGTAILSEARCH_BACKENDS, "en")
    assert Page.objects.live().filter(pk=alias.pk).search("school", backend=swedish_backend)

    # ... but readers find the original in English and nothing in Swedish.
    assert ("Anger at school", article.url) in result_links(
        client.get("/en/search/", {"q": "school"})
    )
    swedish = client.get("/sv/search/", {"q": "school"})
    assert swedish.status_code == 200
    assert "Anger at school" not in result_titles(swedish)


def test_results_are_paginated_and_keep_the_query_and_filters(client, tree):
    for n in range(12):
        factories.create_article(
            tree["partner"], title=f"Volcano story {n}", slug=f"volcano-{n}", topics=[tree["topic"]]
        )
    first = client.get("/en/search/", {"q": "volcano", "topic": "feelings"})
    assert len(result_links(first)) == 10
    assert "12 results" in main_text(first)
    next_link = soup(first).select_one('.pagination a[rel="next"]')["href"]
    assert next_link == "?q=volcano&topic=feelings&page=2"
    second = client.get("/en/search/" + next_link)
    assert second.status_code == 200
    assert len(result_links(second)) == 2
    assert not set(result_links(first)) & set(result_links(second))


def test_results_page_stays_within_the_query_budget(
    client, tree, georgia, django_assert_max_num_queries
):
    for n in range(12):
        factories.create_article(
            tree["partner"] if n % 2 else georgia["partner"],
            title=f"Volcano story {n}",
            slug=f"volcano-{n}",
            topics=[tree["topic"]],
        )
    query = Query.objects.create(query_string="volcano")
    SearchPromotion.objects.create(query=query, page=tree["support"], sort_order=0)
    for params in (
        {"q": "volcano"},
        {"q": "volcano", "country": "GE", "topic": "feelings"},
        {"q": "nothing-matches-this"},
    ):
        client.get("/en/search/", params)  # fills the fragment cache, as a running site has
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get("/en/search/", params)
        assert response.status_code == 200


def test_a_search_reads_its_filters_and_locale_from_the_cache(
    client, tree, georgia, django_assert_max_num_queries
):
    """Warm, a search costs only what depends on the query: promotions, the count, the results
    and their topics (issue 15 asks for at most 5; the page's Site is the one more, and the
    results' specific pages one per page type)."""
    for n in range(3):
        factories.create_article(
            tree["partner"], title=f"Volcano story {n}", slug=f"volcano-{n}", topics=[tree["topic"]]
        )
    client.get("/en/search/", {"q": "volcano"})
    with django_assert_max_num_queries(7) as captured:
        response = client.get("/en/search/", {"q": "volcano"})
    assert len(result_links(response)) == 3
    tables = " ".join(query["sql"].split("WHERE")[0] for query in captured.captured_queries)
    assert '"wagtailcore_locale"' not in tables
    assert '"countries_countrypage"' not in tables


def test_country_filter_shows_that_countrys_pages(client, tree, georgia):
    both = result_titles(client.get("/en/search/", {"q": "anger"}))
    assert {"When anger takes over", "Anger in Tbilisi"} <= set(both)

    georgian = client.get("/en/search/", {"q": "anger", "country": "GE"})
    assert result_titles(georgian) == ["Anger in Tbilisi"]
    assert soup(georgian).select_one("#id_country option[selected]")["value"] == "GE"

    swedish = result_titles(client.get("/en/search/", {"q": "anger", "country": "SE"}))
    assert "When anger takes over" in swedish and "Anger in Tbilisi" not in swedish


def test_topic_filter_shows_the_topics_articles_and_topic_page(client, tree, georgia):
    response = client.get("/en/search/", {"q": "anger feelings", "topic": "feelings"})
    titles = result_titles(response)
    assert "When anger takes over" in titles and "Feelings" in titles
    assert "Anger in Tbilisi" not in titles


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "XX"}, "We do not know that country"),
        ({"country": "<script>alert(1)</script>"}, "We do not know that country"),
        ({"topic": "no-such-topic"}, "We do not know that topic"),
        ({"topic": "a\x00b"}, "We do not know that topic"),
    ],
)
def test_unknown_filters_are_explained_and_ignored(client, tree, georgia, params, message):
    response = client.get("/en/search/", {"q": "anger", **params})
    assert response.status_code == 200
    assert message in main_text(response)
    assert {"When anger takes over", "Anger in Tbilisi"} <= set(result_titles(response))
    assert b"<script>alert(1)</script>" not in response.content


def test_title_and_summary_matches_rank_above_body_only_matches(client, tree):
    body_only = factories.create_article(
        tree["partner"],
        title="A long evening",
        summary="Nothing special happened.",
        body=[("paragraph", "<p>Then we talked about the glacier for hours.</p>")],
    )
    in_summary = factories.create_article(
        tree["partner"], title="Cold places", summary="What a glacier taught me."
    )
    in_title = factories.create_article(
        tree["partner"], title="The glacier", summary="A trip to the mountains."
    )
    titles = result_titles(client.get("/en/search/", {"q": "glacier"}))
    assert set(titles) == {body_only.title, in_summary.title, in_title.title}
    assert titles[-1] == body_only.title


def test_promoted_results_come_first_only_in_their_locale(client, tree):
    # Editors promote the support page for "anger" in English, and the Swedish one in Swedish.
    query = Query.objects.create(query_string="anger")
    SearchPromotion.objects.create(
        query=query, page=tree["support"], sort_order=0, description="Someone listens."
    )
    SearchPromotion.objects.create(query=query, page=tree["support_sv"], sort_order=1)

    english = client.get("/en/search/", {"q": "Anger"})
    assert result_links(english)[0] == ("Talk to us", tree["support"].url)
    first = soup(english).select_one(".search-results li")
    assert "search-result--promoted" in first["class"]
    assert "Someone listens." in text_of(first)
    assert "Prata med oss" not in result_titles(english)
    assert result_titles(english).count("Talk to us") == 1

    swedish = client.get("/sv/search/", {"q": "anger"})
    assert result_links(swedish)[0] == ("Prata med oss", tree["support_sv"].url)
    assert "Talk to us" not in result_titles(swedish)

    # Another query, or a later page, shows no promotion.
    assert "Talk to us" not in result_titles(client.get("/en/search/", {"q": "feelings"}))


def test_no_results_suggests_topics_and_support(client, tree, georgia):
    response = client.get("/en/search/", {"q": "xylophone"})
    assert response.status_code == 200
    assert result_links(response) == []
    empty = soup(response).select_one(".search-empty")
    assert "We found nothing for “xylophone”" in text_of(empty)
    topics = [(text_of(a), a["href"]) for a in empty.select(".search-empty__topics a")]
    assert topics == [("Feelings", tree["topic_page"].url)]
    support = [text_of(li) for li in empty.select(".search-empty__support li")]
    # Each offer named by its partner (issue 12.6).
    assert support == ["Talk to MÄN (Sweden)", "Talk to Sapari (Georgia)"]

    in_georgia = client.get("/en/search/", {"q": "xylophone", "country": "GE"})
    support = [(text_of(a), a["href"]) for a in soup(in_georgia).select(".search-empty__support a")]
    assert support == [("Talk to Sapari", georgia["support"].url)]


def test_empty_query_shows_the_form_only(client, tree):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "\u200f\x00"}):
        response = client.get("/en/search/", params)
        assert response.status_code == 200
        assert soup(response).select_one("#search-q") is not None
        assert result_links(response) == []
        assert "We found nothing" not in main_text(response)


def test_long_query_is_trimmed_and_the_reader_told(client, tree):
    response = client.get("/en/search/", {"q": "anger " * 100})
    assert response.status_code == 200
    assert "Your search was longer than 200 characters" in main_text(response)
    assert len(soup(response).select_one("#search-q")["value"]) <= 200
    assert "When anger takes over" in result_titles(response)


@pytest.mark.parametrize(
    "query",
    [
        "a\x00b",
        "anger\x00",
        "\u200fanger\u200e",  # right-to-left and left-to-right marks
        "\u202eregna",  # right-to-left override
        "ange\u0301r",  # combining accent
        "\u0301",
        "😀 anger 👨‍👩‍👦",
        "\ufeffanger\u200b",
        "'; DROP TABLE wagtailcore_page; --",
        "anger' OR '1'='1",
        '"anger',
        "anger*",
        "NEAR(anger",
        "AND OR NOT",
        "anger & | ! :* ( ) <-> \\",
        "100%",
        "%s %(x)s",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "ანგარიში\u0000",
    ],
)
def test_odd_queries_get_a_clear_answer(client, tree, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<img src=x" not in response.content
    assert b"\x00" not in response.content
    main = soup(response).find("main")
    assert main.select_one(".search-results") or main.select_one(".search-empty")


def test_html_in_the_query_is_escaped_everywhere(client, tree):
    response = client.get("/en/search/", {"q": "<b>anger</b>"})
    assert response.status_code == 200
    assert b"<b>anger</b>" not in response.content
    assert soup(response).select_one("#search-q")["value"] == "<b>anger</b>"


@pytest.mark.parametrize("page", ["0", "-1", "abc", "999999", "1.5", "", "\x00", "<b>2</b>"])
def test_impossible_page_numbers_get_a_400_and_a_message(client, tree, page):
    response = client.get("/en/search/", {"q": "anger", "page": page})
    assert response.status_code == 400
    assert "There is no such page of results." in main_text(response)
    assert b"<b>2</b>" not in response.content


def test_queries_are_never_stored_or_logged(client, tree, caplog):
    caplog.set_level(logging.DEBUG)
    for params in (
        {"q": "whisperedsecret"},
        {"q": "whisperedsecret", "page": "abc"},
        {"q": "anger"},
        {"q": "whisperedsecret", "country": "XX"},
    ):
        client.get("/en/search/", params)
        client.get("/sv/search/", params)
    assert not Query.objects.exists()
    assert not QueryDailyHits.objects.exists()
    assert "whisperedsecret" not in caplog.text


def test_search_is_not_indexed_by_robots(client, tree):
    response = client.get("/en/search/", {"q": "anger"})
    assert soup(response).select_one('meta[name="robots"]')["content"] == "noindex"
