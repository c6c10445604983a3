"""robots.txt, the sitemap and the error pages."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import polib
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from core.views import server_error
from tests.utils import soup, text_of

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def catalogue_text(language, msgid):
    """The text readers see for `msgid` in `language`, as the compiled catalogue has it.

    The catalogues are filled in by translators in parallel with this suite: an entry without a
    translation yet (or still marked fuzzy, which compile_translations leaves out) shows English.
    """
    catalogue = polib.pofile(str(settings.LOCALE_PATHS[0] / language / "LC_MESSAGES/django.po"))
    entry = catalogue.find(msgid)
    if entry is None or not entry.msgstr or "fuzzy" in entry.flags:
        return msgid
    return entry.msgstr


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_live_pages_of_every_locale(client, tree, locales):
    tree["safety"].unpublish()
    tree["home"].copy_for_translation(locales["ka"], alias=True)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/xml")
    sitemap = ET.fromstring(response.content)  # noqa: S314 (our own response, not untrusted)
    locations = {urlparse(loc.text).path for loc in sitemap.findall("s:url/s:loc", SITEMAP_NS)}
    for name in ("home", "country", "partner", "support", "article", "topic_page", "article_sv"):
        assert tree[name].url in locations, name
    assert tree["safety"].url not in locations
    assert "/ka/" not in locations, "an alias repeats its original"
    assert all(path.startswith(("/en/", "/sv/")) for path in locations), locations


def test_not_found_page(client, tree):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "en"
    assert text_of(page.find("h1")) == "We could not find that page"
    home_link = page.select_one("main a")
    assert home_link["href"] == "/en/"


def test_not_found_page_in_swedish(client, tree):
    response = client.get("/sv/does-not-exist/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "sv"
    heading = catalogue_text("sv", "We could not find that page")
    # Swedish once the sv catalogue has the entry; English until then (see catalogue_text).
    assert text_of(page.find("h1")) == heading
    assert page.select_one("main a")["href"] == "/sv/"


def test_not_found_for_a_page_of_another_locale(client, tree):
    # The Swedish tree has no "staying safe online" page: its English slug does not leak into /sv/.
    response = client.get("/sv/staying-safe-online/")
    assert response.status_code == 404


def test_unprefixed_path_redirects_into_a_locale(client, tree):
    response = client.get("/sweden/", headers={"accept-language": "sv"})
    assert response.status_code == 302
    assert response.url == "/sv/sweden/"


def render_server_error(language):
    request = RequestFactory().get("/en/sweden/")
    with translation.override(language):
        return server_error(request)


def test_server_error_page_renders_standalone(django_assert_num_queries, db):
    # Whatever failed (the database too) must not fail again: the page needs no query.
    with django_assert_num_queries(0):
        response = render_server_error("en")
    assert response.status_code == 500
    page = soup(response)
    quick_exit = page.select_one("a[data-quick-exit]")
    assert quick_exit["href"] == settings.QUICK_EXIT_DEFAULT_URLS["en"]
    assert text_of(quick_exit) == "Leave this site"
    assert text_of(page.find("h1")) == "Something went wrong"
    assert [script["src"] for script in page.find_all("script")] == ["/static/js/site.js"]
    assert page.find_all(style=True) == []
    assert page.find("style") is None


def test_server_error_page_in_swedish():
    page = soup(render_server_error("sv"))
    assert page.html["lang"] == "sv"
    assert text_of(page.find("h1")) == catalogue_text("sv", "Something went wrong")
    assert text_of(page.select_one("a[data-quick-exit]")) == catalogue_text("sv", "Leave this site")
    assert page.select_one("a[data-quick-exit]")["href"] == settings.QUICK_EXIT_DEFAULT_URLS["sv"]
