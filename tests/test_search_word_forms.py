"""Word forms on PostgreSQL: each language is searched with its own text-search configuration,
so another form of a word finds the article."""

import pytest
from django.db import connection

from tests import factories
from tests.factories import translate
from tests.utils import soup, text_of

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="word forms need PostgreSQL's text search"
    ),
]


def result_links(response):
    return [(text_of(a), a["href"]) for a in soup(response).select(".search-results h2 a")]


@pytest.fixture
def russian_article(tree, locales):
    ru = locales["ru"]
    translate(tree["home"], ru, title="Redefine", intro_heading="Привет")
    translate(tree["country"], ru, title="Швеция")
    partner = translate(tree["partner"], ru)
    return factories.create_article(
        partner,
        title="Насилие в семье",
        slug="violence-at-home",
        summary="Что делать, когда дома бьют.",
        body=[("paragraph", "<p>Ты не виноват. Расскажи взрослому, которому доверяешь.</p>")],
    )


@pytest.mark.parametrize("query", ["насилием", "насилия", "НАСИЛИЮ"])
def test_another_form_of_a_russian_word_finds_the_article(client, russian_article, query):
    links = result_links(client.get("/ru/search/", {"q": query}))
    assert links == [("Насилие в семье", russian_article.url)]


@pytest.mark.parametrize(
    ("language", "title", "query"),
    [
        ("sv", "Känslor", "känsla"),
        ("ro", "Violența", "violență"),
        ("hy", "Բռնությունը", "բռնություն"),
        ("en", "Feelings", "feeling"),
    ],
)
def test_another_form_of_a_word_finds_the_page_in_each_language(
    client, tree, locales, language, title, query
):
    locale = locales[language]
    if language not in ("sv", "en"):  # the tree has these already
        translate(tree["home"], locale, intro_heading="…")
        translate(tree["topic_index"], locale)
        translate(tree["topic_page"], locale, title=title)
    links = [text for text, _href in result_links(client.get(f"/{language}/search/", {"q": query}))]
    assert title in links
