"""Search in every language: the demo articles are found in their own locale and nowhere else.

Word forms (PostgreSQL) are in test_search_word_forms.py: they need the small `tree`, which
cannot live next to the demo content (both have a home page at the tree root)."""

import pytest

from tests.utils import soup, text_of


def result_links(response):
    return [(text_of(a), a["href"]) for a in soup(response).select(".search-results h2 a")]


DEMO_SEARCHES = [
    ("ka", "სუფრა", "სუფრა, სადღეგრძელოები და „ნამდვილი კაცი“"),
    ("hy", "բանակից", "Բանակից առաջ. երբ վախենում ես, բայց չես ասում"),
    ("ro", "tata", "Când tata lucrează departe"),
    ("be", "арміяй", "Перад арміяй: баяцца – гэта нармальна"),
    ("sv", "ilskan", "När ilskan tar över"),
    ("ru", "армией", "Перед армией: бояться – это нормально"),
]


@pytest.mark.parametrize(("language", "query", "title"), DEMO_SEARCHES)
def test_demo_articles_are_found_in_their_locale_only(client, demo, language, query, title):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    links = result_links(response)
    assert title in [text for text, _href in links]
    assert all(href.startswith(f"/{language}/") for _text, href in links)

    for other in {"en", "sv", "ka", "hy", "ro", "ru", "be"} - {language}:
        elsewhere = client.get(f"/{other}/search/", {"q": query})
        assert elsewhere.status_code == 200
        other_links = result_links(elsewhere)
        assert title not in [text for text, _href in other_links]
        assert all(href.startswith(f"/{other}/") for _text, href in other_links)
