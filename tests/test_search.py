"""The reader search: results in the reader's locale, and nothing recorded about the query."""

from wagtail.contrib.search_promotions.models import Query

from tests import factories
from tests.utils import soup, text_of


def result_links(response):
    return [(text_of(a), a["href"]) for a in soup(response).select(".search-results h2 a")]


def test_search_finds_articles_in_the_readers_locale(client, tree):
    response = client.get("/en/search/", {"q": "anger"})
    assert response.status_code == 200
    assert ("When anger takes over", tree["article"].url) in result_links(response)
    assert all(href.startswith("/en/") for _, href in result_links(response))

    swedish = client.get("/sv/search/", {"q": "ilskan"})
    assert result_links(swedish) == [("När ilskan tar över", tree["article_sv"].url)]


def test_search_does_not_find_unpublished_pages(client, tree):
    draft = factories.create_article(tree["partner"], title="Secret draft about anger")
    draft.unpublish()
    titles = [title for title, _ in result_links(client.get("/en/search/", {"q": "secret"}))]
    assert "Secret draft about anger" not in titles


def test_search_with_no_results_says_so(client, tree):
    response = client.get("/en/search/", {"q": "xylophone"})
    assert response.status_code == 200
    assert result_links(response) == []
    assert "We found nothing for “xylophone”" in text_of(soup(response).find("main"))


def test_long_query_is_trimmed_and_the_reader_told(client, tree):
    response = client.get("/en/search/", {"q": "anger " * 100})
    assert response.status_code == 200
    assert "Your search was longer than 200 characters" in text_of(soup(response).find("main"))
    assert len(soup(response).select_one("#search-q")["value"]) <= 200


def test_search_is_not_indexed_and_queries_are_not_recorded(client, tree):
    response = client.get("/en/search/", {"q": "anger"})
    assert soup(response).select_one('meta[name="robots"]')["content"] == "noindex"
    assert not Query.objects.exists()
