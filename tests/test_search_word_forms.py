"""Word forms: another form of a word finds the page, in every language, on SQLite and PostgreSQL.

PostgreSQL stems with each language's text-search configuration; SQLite's FTS5 index (and
PostgreSQL's `simple` for Georgian and Belarusian) index the stems the site makes itself
(core/word_forms.py: Snowball, or light suffix stripping for ka and be). The same word lists
pass on both. "Did you mean …?" (pg_trgm) is PostgreSQL's only: those tests are marked.
"""

from urllib.parse import urlencode

import pytest
from django.db import connection

from core.word_forms import stem, words
from tests import factories
from tests.factories import translate
from tests.utils import soup, text_of

# language: [(an article's title, other forms of its words that must find it)]
WORD_FORMS = {
    "en": [
        ("Feelings you cannot name", ["feeling", "FEELINGS", "feel"]),
        ("When anger takes over", ["angry", "taking"]),
    ],
    "sv": [
        ("Känslor", ["känsla", "känslorna", "KÄNSLA"]),
    ],
    "ru": [
        ("Насилие в семье", ["насилием", "насилия", "НАСИЛИЮ"]),
        ("Служба в армии", ["армия", "армию", "армией"]),
        ("Чувства и слёзы", ["чувств", "чувство", "слезы"]),
    ],
    "ro": [
        ("Violența nu e normală", ["violență", "normal"]),
        ("Sentimente", ["sentiment", "sentimentele"]),
    ],
    "hy": [
        ("Բռնությունը", ["բռնություն"]),
        ("Բանակից առաջ", ["բանակ", "բանակում", "բանակը"]),
    ],
    "ka": [
        ("ძალადობა ოჯახში", ["ძალადობის", "ძალადობაზე", "ძალადობით"]),
        ("სუფრის წესები", ["სუფრა", "სუფრაზე"]),
    ],
    "be": [
        ("Перад арміяй", ["армія", "арміі", "армію"]),
        ("Пачуцці", ["пачуццё", "пачуццяў"]),
    ],
}


def result_titles(response):
    return [text_of(a) for a in soup(response).select(".search-results h2 a")]


@pytest.fixture
def articles(tree, locales):
    """Each language's articles of WORD_FORMS, under MÄN in that language.

    (Forms that Snowball does not join, on PostgreSQL either, are not listed: Swedish
    "känslan", Romanian "violenței", Armenian "բռնության".)"""
    for language, entries in WORD_FORMS.items():
        locale = locales[language]
        if language == "en":
            partner = tree["partner"]
        elif language == "sv":
            partner = tree["partner_sv"]
        else:
            translate(tree["home"], locale, intro_heading="…")
            translate(tree["country"], locale)
            partner = translate(tree["partner"], locale)
        for n, (title, _forms) in enumerate(entries):
            if language == "en" and title == "When anger takes over":
                continue  # the tree's
            factories.create_article(partner, title=title, slug=f"word-forms-{n}")
    return tree


@pytest.mark.parametrize("language", list(WORD_FORMS))
def test_other_forms_of_a_word_find_the_article(client, articles, language):
    for title, forms in WORD_FORMS[language]:
        for query in forms:
            found = result_titles(client.get(f"/{language}/search/", {"q": query}))
            assert title in found, (language, query, found)


@pytest.mark.parametrize("language", ["ru", "be", "ka"])
def test_word_forms_do_not_cross_into_another_locale(client, articles, language):
    title, forms = WORD_FORMS[language][0]
    for other in ("en", "sv", "ro", "hy"):
        assert title not in result_titles(client.get(f"/{other}/search/", {"q": forms[0]}))


# The stemmers, without the database --------------------------------------------------------

SAME_STEM = {
    "en": ["suicide", "suicidal"],
    "sv": ["känsla", "känslor", "känslorna"],
    "ru": ["армия", "армию", "армией", "армии"],
    "ro": ["sentimente", "sentiment", "sentimentele"],
    "hy": ["բանակ", "բանակից", "բանակում"],
    "ka": ["ძალადობა", "ძალადობის", "ძალადობაზე", "ძალადობით", "ძალადობას"],
    "be": ["армія", "арміі", "армію", "арміяй"],
}


@pytest.mark.parametrize(("language", "forms"), list(SAME_STEM.items()))
def test_the_forms_of_a_word_have_one_stem(language, forms):
    assert len({stem(words(form)[0], language) for form in forms}) == 1, [
        stem(words(form)[0], language) for form in forms
    ]


@pytest.mark.parametrize(
    ("language", "word"),
    [("ka", "ცა"), ("be", "дом"), ("be", "я"), ("ka", "და")],
)
def test_light_stemming_leaves_short_words_alone(language, word):
    assert stem(word, language) == word


def test_words_are_normalised_before_stemming():
    assert words("ŞCOALĂ ţară") == ["școală", "țară"]
    assert words("Ёлка сям’я п'еш") == ["елка", "сямя", "пеш"]
    assert words("ударе\u0301ние") == ["ударение"]


# Did you mean (PostgreSQL) ---------------------------------------------------------------------


def suggestion(response):
    found = soup(response).select_one(".search-suggestion a")
    return (text_of(found), found["href"]) if found else None


@pytest.mark.parametrize(
    ("language", "typo", "word"),
    [
        ("en", "feelngs", "feelings"),
        ("ru", "нсилие", "насилие"),  # ("насиле" needs no help: it has the stem of "насилие")
        ("ka", "ძალადბა", "ძალადობა"),
        ("sv", "känslr", "känslor"),
    ],
)
@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_a_typing_error_gets_the_closest_indexed_word(client, articles, language, typo, word):
    response = client.get(f"/{language}/search/", {"q": typo})
    assert result_titles(response) == []
    assert suggestion(response) == (word, "?" + urlencode({"q": word}))
    assert result_titles(client.get(f"/{language}/search/", {"q": word}))


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_suggestions_come_only_from_pages_readers_may_find(client, articles):
    draft = factories.create_article(articles["partner"], title="Volcanology secrets")
    draft.unpublish()
    response = client.get("/en/search/", {"q": "volcanolgy"})
    assert suggestion(response) is None
    factories.create_article(articles["partner"], title="Volcanology for everyone", slug="v2")
    assert suggestion(client.get("/en/search/", {"q": "volcanolgy"}))[0] == "volcanology"
    # Another locale's words are not offered.
    assert suggestion(client.get("/sv/search/", {"q": "volcanolgy"})) is None


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_a_misspelt_crisis_word_brings_the_help_and_the_word(client, articles):
    from search.models import CrisisWords

    CrisisWords.objects.create(locale=articles["home"].locale, words="suicide")
    factories.create_article(articles["partner"], title="Suicide: you can talk about it")
    response = client.get("/en/search/", {"q": "suiccide"})
    assert suggestion(response)[0] == "suicide"
    assert soup(response).select_one(".search-help--crisis") is not None


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is PostgreSQL's")
def test_the_migration_made_the_trigram_extension(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() == (1,)


@pytest.mark.parametrize(
    ("language", "database_engine", "opensearch_url", "vendor", "expected"),
    [
        ("ru", "django.db.backends.sqlite3", "", "sqlite", True),
        ("ru", "django.db.backends.postgresql", "", "postgresql", False),
        ("ka", "django.db.backends.postgresql", "", "postgresql", True),
        ("be", "django.db.backends.postgresql", "", "postgresql", True),
        ("hy", "django.db.backends.postgresql", "https://search:9200", "postgresql", False),
        ("ka", "django.db.backends.postgresql", "https://search:9200", "postgresql", True),
    ],
)
def test_stems_are_indexed_where_the_back_end_has_none(
    language, database_engine, opensearch_url, vendor, expected
):
    from core.search_backends import backend_name_for, search_backends, stems_own_words

    languages = ["en", "sv", "ka", "hy", "ro", "ru", "be"]
    backends = search_backends(
        database_engine=database_engine,
        languages=languages,
        default_language="en",
        opensearch_url=opensearch_url,
    )
    params = backends[backend_name_for(language, backends, "en")]
    assert stems_own_words(params, vendor) is expected
