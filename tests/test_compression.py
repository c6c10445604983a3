"""Reader pages are sent gzipped; the admin, cookies and private responses never are."""

import gzip

from django.urls import reverse

from page_cache.middleware import CACHE_STATUS_HEADER

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_an_article_is_sent_gzipped_and_reads_the_same(client, tree):
    url = tree["article"].url
    plain = client.get(url)
    assert "Content-Encoding" not in plain
    packed = client.get(url, **GZIP)
    assert packed[CACHE_STATUS_HEADER] == "hit"
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2


def test_a_freshly_rendered_page_is_gzipped_and_cached_uncompressed(client, tree):
    url = tree["home"].url
    packed = client.get(url, **GZIP)
    assert packed[CACHE_STATUS_HEADER] == "miss"
    assert packed["Content-Encoding"] == "gzip"
    cached = client.get(url)
    assert cached[CACHE_STATUS_HEADER] == "hit"
    assert gzip.decompress(packed.content) == cached.content


def test_a_gzipped_page_still_answers_304_to_its_etag(client, tree):
    url = tree["article"].url
    etag = client.get(url, **GZIP)["ETag"]
    assert etag.startswith('W/"')  # gzip makes the ETag weak
    assert client.get(url, HTTP_IF_NONE_MATCH=etag, **GZIP).status_code == 304


def test_search_results_are_gzipped(client, tree):
    response = client.get("/en/search/", {"q": "anger"}, **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"


def test_the_admin_is_never_gzipped(admin_client, client):
    signed_in = admin_client.get(reverse("wagtailadmin_home"), **GZIP)
    assert signed_in.status_code == 200
    assert "Content-Encoding" not in signed_in
    login_form = client.get(reverse("wagtailadmin_login"), **GZIP)
    assert login_form.status_code == 200
    assert b"csrfmiddlewaretoken" in login_form.content
    assert "Content-Encoding" not in login_form
