"""Locale behaviour: the language redirect, <html lang>, the switcher and hreflang alternates."""

import pytest

from tests import factories
from tests.utils import soup, text_of


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sv", "/sv/"),
        ("sv-SE,sv;q=0.9,en;q=0.5", "/sv/"),
        ("de-DE,de;q=0.9,sv;q=0.5", "/sv/"),
        ("en-GB", "/en/"),
        ("de", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, tree, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response.url == expected
    assert client.get(response.url).status_code == 200


def test_html_lang_matches_the_locale(client, tree):
    for name, language in [
        ("home", "en"),
        ("article", "en"),
        ("home_sv", "sv"),
        ("country_sv", "sv"),
        ("article_sv", "sv"),
    ]:
        page = soup(client.get(tree[name].url))
        assert page.html["lang"] == language, name
    assert soup(client.get("/sv/search/")).html["lang"] == "sv"


def switcher(response):
    nav = soup(response).select_one("nav.language-switcher")
    if nav is None:
        return {}
    return {
        item["lang"]: (text_of(item), item.get("href"))
        for item in nav.select("a[lang], span[lang]")
    }


def alternates(response):
    return {
        link["hreflang"]: link["href"]
        for link in soup(response).select("head link[rel=alternate][hreflang]")
    }


def test_switcher_lists_live_translations_in_their_own_language(client, tree):
    response = client.get(tree["article"].url)
    assert switcher(response) == {
        "en": ("English", None),
        "sv": ("Svenska", tree["article_sv"].url),
    }
    current = soup(response).select_one("nav.language-switcher [aria-current]")
    assert current["lang"] == "en"

    swedish = switcher(client.get(tree["article_sv"].url))
    assert swedish == {"en": ("English", tree["article"].url), "sv": ("Svenska", None)}


def test_hreflang_alternates_point_at_each_translation(client, tree):
    links = alternates(client.get(tree["article"].url))
    assert set(links) == {"en", "sv"}
    assert links["en"].startswith("http")
    assert links["en"].endswith(tree["article"].url)
    assert links["sv"].endswith(tree["article_sv"].url)


def test_unpublished_translation_disappears_from_switcher_and_alternates(client, tree):
    tree["article_sv"].unpublish()

    response = client.get(tree["article"].url)
    assert "sv" not in switcher(response)
    assert "sv" not in alternates(response)
    # With a single language there is nothing to switch to.
    assert soup(response).select_one("nav.language-switcher") is None
    assert set(alternates(response)) == {"en"}


def test_draft_translation_is_not_offered(client, tree, locales):
    draft = tree["safety"].copy_for_translation(locales["sv"])
    draft.save()
    assert not draft.live
    response = client.get(tree["safety"].url)
    assert "sv" not in switcher(response)
    assert "sv" not in alternates(response)


def test_alias_is_not_offered_as_a_translation(client, tree, locales):
    tree["home"].copy_for_translation(locales["ka"], alias=True)
    response = client.get(tree["home"].url)
    assert set(switcher(response)) == {"en", "sv"}
    assert set(alternates(response)) == {"en", "sv"}


def test_translated_page_shows_its_own_text(client, tree):
    page = soup(client.get(tree["home_sv"].url))
    assert text_of(page.find("h1")) == "Välkommen"
    factories.publish(tree["home"])
    assert text_of(soup(client.get(tree["home"].url)).find("h1")) == "Welcome"
