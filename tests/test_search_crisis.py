"""Crisis-aware search: a query with a crisis word shows the helplines and the emergency number
above the results, in the reader's language and country; helplines can be searched by name or
number; the no-results page always shows them. Runs on SQLite and PostgreSQL.

    Home (each of the seven locales)
    └── Sweden (SE): BRIS 116 111, emergency 112 (translated into each locale)
        └── MÄN ── Talk to us (support), When anger takes over
    Georgia (GE, en and ka only): Sapari helpline, emergency 112
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.crisis import CrisisMatcher, is_crisis_query
from search.models import CrisisWords
from support.models import EmergencyNumber, Helpline
from tests import factories
from tests.factories import translate
from tests.utils import soup, text_of

MAX_QUERIES = 15

# Each language's list, as an editor would write it (shorter than the demo's).
CRISIS_WORDS = {
    "en": "suicide, suicidal, kill myself, want to die, self-harm, selfharm, rape, abuse, bullying",
    "sv": "självmord, ta livet av mig, vill dö, självskada, våldtäkt, övergrepp, mobbning, mobbad",
    "ka": "თვითმკვლელობა, მინდა მოვკვდე, თვითდაზიანება, ძალადობა, გაუპატიურება, ბულინგი",
    "hy": "ինքնասպանություն, ուզում եմ մեռնել, ինքնավնասում, բռնություն, բռնաբարություն",
    "ro": "sinucidere, vreau să mor, autovătămare, abuz, viol, violență, bullying",
    "ru": "суицид, самоубийство, хочу умереть, самоповреждение, насилие, изнасилование, травля",
    "be": "самагубства, суіцыд, хачу памерці, самапашкоджанне, гвалт, згвалтаванне, цкаванне",
}
SWEDEN = {"en": "Sweden", "sv": "Sverige", "ka": "შვედეთი", "hy": "Շվեդիա"}
SWEDEN |= {"ro": "Suedia", "ru": "Швеция", "be": "Швецыя"}
BRIS = {"en": "BRIS", "sv": "BRIS", "ka": "BRIS (ბავშვთა ცხელი ხაზი)", "hy": "BRIS (թեժ գիծ)"}
BRIS |= {"ro": "BRIS (linie de ajutor)", "ru": "BRIS (телефон доверия)", "be": "BRIS (тэлефон)"}
EMERGENCY = {"en": "Emergency", "sv": "Nödnummer", "ka": "გადაუდებელი", "hy": "Շտապ օգնություն"}
EMERGENCY |= {"ro": "Urgențe", "ru": "Экстренная помощь", "be": "Экстраная дапамога"}

# (language, query): the issue's crisis queries, other forms of them, and phrases.
CRISIS_QUERIES = [
    ("en", "suicide"),
    ("en", "self-harm"),
    ("en", "self harm"),
    ("en", "Suicidal thoughts"),
    ("en", "i want to die"),
    ("en", "sucide"),  # a typing error
    ("sv", "självmord"),
    ("sv", "självmordstankar"),  # a compound
    ("sv", "mobbning"),
    ("sv", "jag blir mobbad"),
    ("sv", "suicide"),  # the English list counts in every language
    ("ka", "თვითმკვლელობა"),
    ("ka", "თვითმკვლელობაზე"),
    ("ka", "მინდა მოვკვდე"),
    ("hy", "ինքնասպանություն"),
    ("hy", "ինքնասպանության"),
    ("hy", "Բռնաբարություն"),
    ("ro", "sinucidere"),
    ("ro", "sinuciderea"),
    ("ro", "violenţă"),  # t with cedilla, as old keyboards type it
    ("ru", "суицид"),
    ("ru", "самоубийство"),
    ("ru", "самоубийства"),
    ("ru", "Я хочу умереть"),
    ("be", "самагубства"),
    ("be", "самагубстве"),
    ("be", "хачу памерці"),
]
HARMLESS_QUERIES = [
    ("en", "anger"),
    ("en", "decide"),
    ("en", "die hard"),
    ("sv", "killar"),
    ("ru", "армия"),
    ("ro", "sentimente"),
    ("ka", "სუფრა"),
]


def crisis_box(response):
    return soup(response).select_one("main .search-help--crisis")


def tel_links(element):
    return [a["href"] for a in element.select('a[href^="tel:"]')]


@pytest.fixture
def crisis_site(tree, locales):
    """Every locale's home and Sweden, Sweden's numbers in every language, the crisis words."""
    helpline = Helpline.objects.get(country_code="SE")
    emergency = EmergencyNumber.objects.get(country_code="SE")
    for code, locale in locales.items():
        CrisisWords.objects.create(locale=locale, words=CRISIS_WORDS[code])
        if code in ("en", "sv"):
            continue  # in the tree already
        translate(tree["home"], locale, intro_heading="…")
        translate(tree["country"], locale, title=SWEDEN[code])
        partner = translate(tree["partner"], locale)
        translate(tree["support"], locale, title=f"MÄN ({code})")
        factories.create_article(partner, title=f"Article {code}", slug=f"article-{code}")
    for code, locale in locales.items():
        if code == "en":
            continue
        copy = helpline.copy_for_translation(locale)
        copy.name = BRIS[code]
        copy.save()
        copy = emergency.copy_for_translation(locale)
        copy.label = EMERGENCY[code]
        copy.save()
    return tree


@pytest.fixture
def georgia(tree, locales):
    country = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    partner = factories.PartnerPageFactory(parent=country, title="Sapari", slug="sapari")
    support = factories.SupportPageFactory(parent=partner, title="Sapari chat")
    factories.HelplineFactory(
        country_code="GE", name="Sapari helpline", phone_number="+995 32 200 00 00"
    )
    factories.EmergencyNumberFactory(country_code="GE", label="Emergency", number="112")
    return {"country": country, "support": support}


@pytest.mark.parametrize("language", list(CRISIS_WORDS))
def test_a_crisis_query_shows_the_helplines_and_emergency_number_first(
    client, crisis_site, language
):
    queries = [query for code, query in CRISIS_QUERIES if code == language]
    assert queries
    for query in queries:
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        box = crisis_box(response)
        assert box is not None, f"no help for {query!r} in {language}"
        # In the reader's language: the helpline's and the emergency number's own translations.
        assert BRIS[language] in text_of(box)
        assert EMERGENCY[language] in text_of(box)
        assert tel_links(box) == ["tel:112", "tel:116111"]
        # Above the form and the results (or the "nothing found" message).
        main = soup(response).find("main")
        first = main.select_one(
            ".search-help--crisis, .search-form, .search-results, .search-empty"
        )
        assert "search-help--crisis" in first["class"]
        # And only once: the no-results part does not repeat it.
        assert len(main.select(".search-help")) == 1


def test_other_queries_show_no_crisis_box(client, crisis_site):
    for language, query in HARMLESS_QUERIES:
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        assert crisis_box(response) is None, (language, query)


def test_the_crisis_box_links_the_countrys_chat(client, crisis_site):
    box = crisis_box(client.get("/en/search/", {"q": "suicide"}))
    chat = [(text_of(a), a["href"]) for a in box.select(".search-help__chat a")]
    # Named by its partner, not by the support page's title (issue 12.6).
    assert chat == [("Talk to MÄN", crisis_site["support"].url)]


def test_crisis_help_follows_the_readers_country(client, crisis_site, georgia):
    # No country known: every country of the locale, each under its name.
    everywhere = crisis_box(client.get("/en/search/", {"q": "suicide"}))
    assert [text_of(h3) for h3 in everywhere.select("h3")] == ["Sweden", "Georgia"]
    assert set(tel_links(everywhere)) == {"tel:112", "tel:116111", "tel:+995322000000"}

    # ?country=GE (the search form's country): Georgia's numbers only, no country headings.
    in_georgia = crisis_box(client.get("/en/search/", {"q": "suicide", "country": "GE"}))
    assert in_georgia.select("h3") == []
    assert tel_links(in_georgia) == ["tel:112", "tel:+995322000000"]
    chat = [a["href"] for a in in_georgia.select(".search-help__chat a")]
    assert chat == [georgia["support"].url]

    # An unknown country is explained and ignored: help from every country.
    unknown = client.get("/en/search/", {"q": "suicide", "country": "XX"})
    assert "We do not know that country" in text_of(soup(unknown).find("main"))
    assert len(crisis_box(unknown).select("h3")) == 2


def test_no_results_always_show_the_helplines(client, crisis_site, locales):
    for language in locales:
        response = client.get(f"/{language}/search/", {"q": "xylophone"})
        assert response.status_code == 200
        empty = soup(response).select_one(".search-empty")
        help_box = empty.select_one(".search-help")
        assert help_box is not None, language
        assert tel_links(help_box) == ["tel:112", "tel:116111"]
        assert BRIS[language] in text_of(help_box)
        assert crisis_box(response) is None


def test_helplines_are_found_by_name_or_number(client, crisis_site):
    factories.create_article(
        crisis_site["partner"],
        title="Calling a helpline",
        summary="What happens when you call BRIS on 116 111 or the emergency number 112.",
    )
    for query in ("BRIS", "bris helpline", "116 111"):
        response = client.get("/en/search/", {"q": query})
        assert "Calling a helpline" in text_of(soup(response).select_one(".search-results"))
        box = soup(response).select_one("main .search-help")
        assert text_of(box.h2) == "Helplines"
        assert tel_links(box) == ["tel:116111"], query
        assert "BRIS" in text_of(box)
    emergency = soup(client.get("/en/search/", {"q": "112"})).select_one("main .search-help")
    assert tel_links(emergency) == ["tel:112"]


def test_a_helpline_is_found_in_the_readers_language(client, crisis_site):
    factories.create_article(
        crisis_site["partner"].get_translation(Locale.objects.get(language_code="ru")),
        title="Позвонить на телефон доверия",
        slug="hotline",
    )
    response = client.get("/ru/search/", {"q": "телефон доверия"})
    box = soup(response).select_one("main .search-help")
    assert "BRIS (телефон доверия)" in text_of(box)
    assert tel_links(box) == ["tel:116111"]


def test_crisis_search_stays_within_the_query_budget_and_caches_the_words(
    client, crisis_site, georgia, django_assert_max_num_queries
):
    for params in ({"q": "suicide"}, {"q": "självmord"}, {"q": "suicide", "country": "GE"}):
        client.get("/en/search/", params)  # fills the caches, as a running site has
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get("/en/search/", params)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert crisis_box(client.get("/sv/search/", {"q": "självmord"})) is not None
        assert crisis_box(client.get("/sv/search/", {"q": "självmord"})) is not None
    crisis_word_queries = [q for q in queries if CrisisWords._meta.db_table in q["sql"]]
    assert len(crisis_word_queries) == 1  # the first search only


def test_a_changed_list_counts_at_once(client, crisis_site):
    assert crisis_box(client.get("/en/search/", {"q": "hopeless"})) is None
    words = CrisisWords.objects.get(locale__language_code="en")
    words.words += ", hopeless"
    words.save()
    assert crisis_box(client.get("/en/search/", {"q": "hopeless"})) is not None


def test_crisis_queries_are_not_stored(client, crisis_site):
    from wagtail.contrib.search_promotions.models import Query

    client.get("/en/search/", {"q": "suicide"})
    assert not Query.objects.exists()


# The matcher itself ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "entries", "query", "expected"),
    [
        ("en", ("want to die",), "I really want to die", True),
        ("en", ("want to die",), "want die", False),  # a phrase needs its words in order
        ("en", ("kill myself",), "killing myself", True),
        ("en", ("rape",), "raped", True),
        ("en", ("rape",), "grapes", False),
        ("en", ("suicide",), "suicidal", True),
        ("sv", ("självmord",), "SJÄLVMORDET", True),
        ("ru", ("самоубийство",), "самоубийстве", True),
        ("ru", ("насилие",), "насилием", True),
        ("ro", ("violență",), "violenţei", True),
        ("be", ("гвалт",), "гвалту", True),
        ("be", ("сям'я",), "сям’і", True),  # another apostrophe
        ("ka", ("ძალადობა",), "ძალადობის", True),
        ("hy", ("բռնություն",), "բռնության", True),
        ("en", (), "suicide", False),
    ],
)
def test_the_matcher_compares_stems(language, entries, query, expected):
    from core.word_forms import words

    assert CrisisMatcher.build(language, entries).matches(words(query)) is expected


def test_the_demo_lists_cover_the_issues_queries():
    from core.word_forms import words
    from demo.data.crisis_words import CRISIS_WORDS as DEMO
    from search.crisis import parse_words

    queries = {
        "en": ["suicide", "self-harm", "abuse", "rape", "violence", "I want to die"],
        "sv": ["självmord", "mobbning", "våldtäkt", "självskada", "vill dö"],
        "ka": ["თვითმკვლელობა", "ძალადობა", "გაუპატიურება", "ბულინგი"],
        "hy": ["ինքնասպանություն", "բռնաբարություն", "բռնություն", "բուլինգ"],
        "ro": ["sinucidere", "viol", "abuz", "violență", "vreau să mor"],
        "ru": ["суицид", "самоубийство", "изнасилование", "насилие", "травля"],
        "be": ["самагубства", "суіцыд", "гвалт", "згвалтаванне", "цкаванне"],
    }
    for language, language_queries in queries.items():
        matcher = CrisisMatcher.build(language, tuple(parse_words(DEMO[language])))
        for query in language_queries:
            assert matcher.matches(words(query)), (language, query)


def test_is_crisis_query_without_any_list(db, locales):
    assert not is_crisis_query("suicide", "en")
    CrisisWords.objects.create(locale=Locale.objects.get(language_code="en"), words="suicide")
    assert is_crisis_query("suicide", "ka")  # the default language's list counts everywhere
