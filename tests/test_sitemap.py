"""sitemap.xml: every locale's real pages, hreflang alternates, valid against the sitemap schema."""

import xml.etree.ElementTree as ET
from pathlib import Path

import xmlschema

SCHEMA = xmlschema.XMLSchema(str(Path(__file__).parent / "schemas" / "sitemap.xsd"))
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    SCHEMA.validate(response.content.decode())  # raises with the reason when invalid
    entries = {}
    # The site's own response, already validated above: not untrusted input.
    for url in ET.fromstring(response.content).findall("s:url", NS):  # noqa: S314
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        entries[url.find("s:loc", NS).text] = alternates
    return entries


def full(page):
    return page.get_full_url()


def test_lists_both_locales_with_alternates(client, tree):
    entries = sitemap(client)
    article, article_sv = tree["article"], tree["article_sv"]
    assert entries[full(article)] == {"en": full(article), "sv": full(article_sv)}
    assert entries[full(article_sv)] == {"en": full(article), "sv": full(article_sv)}
    # A page with no translation is listed, with no alternates to announce.
    assert entries[full(tree["safety"])] == {}


def test_leaves_out_drafts_and_aliases(client, tree, locales):
    tree["article_sv"].unpublish()
    alias = tree["safety"].copy_for_translation(locales["sv"], alias=True)
    entries = sitemap(client)
    assert full(tree["article_sv"]) not in entries
    assert entries[full(tree["article"])] == {}
    assert full(alias) not in entries
    assert entries[full(tree["safety"])] == {}


def test_an_invalid_sitemap_is_caught_by_the_schema():
    """The schema really checks the alternates (so the tests above can fail)."""
    bad = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>https://example.org/en/</loc>'
        '<xhtml:link rel="stylesheet" hreflang="en" href="https://example.org/en/"/></url></urlset>'
    )
    assert not SCHEMA.is_valid(bad)
