"""Readers download documents only through Wagtail's serve view, which asks the collection's
privacy (issue 17.3).

Partner collections are public: a leaflet linked from an article downloads for anyone. A
document in a private collection does not download for an anonymous reader, neither at
`/documents/<id>/<name>` nor at its media URL `/media/documents/<name>`.
"""

import importlib

import pytest
from django.urls import clear_url_caches

from tests.media_world import media_world_fixture  # noqa: F401 (the `media_world` fixture)
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)

PDF_START = b"%PDF-"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def local_media(settings):
    """The site as `make serve` runs it: MEDIA_ROOT served by Django itself (SERVE_MEDIA=1)."""
    import site_config.urls

    settings.SERVE_MEDIA = True
    importlib.reload(site_config.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(site_config.urls)
    clear_url_caches()


def test_document_links_point_at_the_serve_view(media_world):
    leaflet = media_world["documents"]["man"]
    assert leaflet.url == f"/documents/{leaflet.pk}/{leaflet.filename}"


def test_a_partners_leaflet_downloads_for_anyone(client, media_world):
    leaflet = media_world["documents"]["man"]

    response = client.get(leaflet.url)

    assert response.status_code == 200
    assert body(response).startswith(PDF_START)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert not response.cookies


def test_a_private_document_does_not_download_for_an_anonymous_reader(client, media_world):
    notes = media_world["documents"]["internal"]

    response = client.get(notes.url)

    assert response.status_code == 302
    assert "login" in response["Location"]
    assert PDF_START not in body(response)


def test_a_private_document_downloads_for_a_signed_in_user(client, media_world):
    notes = media_world["documents"]["internal"]
    login(client, media_world["users"]["regional-admin"])

    response = client.get(notes.url)

    assert response.status_code == 200
    assert body(response).startswith(PDF_START)


def test_the_media_url_of_a_private_document_asks_for_a_login(client, media_world, local_media):
    notes = media_world["documents"]["internal"]

    response = client.get(f"/media/{notes.file.name}", follow=True)

    assert PDF_START not in body(response)
    assert response.redirect_chain[0][0] == notes.url
    assert "login" in response.redirect_chain[-1][0]


@pytest.mark.parametrize("prefix", ["images/../", "./", "documents/../"])
def test_the_media_url_cannot_be_bent_round_the_check(client, media_world, local_media, prefix):
    notes = media_world["documents"]["internal"]

    response = client.get(f"/media/{prefix}{notes.file.name}", follow=True)

    assert PDF_START not in body(response)


def test_the_media_url_of_a_public_document_still_downloads(client, media_world, local_media):
    leaflet = media_world["documents"]["sapari"]

    response = client.get(f"/media/{leaflet.file.name}", follow=True)

    assert response.status_code == 200
    assert body(response).startswith(PDF_START)
    assert response.redirect_chain == [(leaflet.url, 302)]


def test_a_file_no_document_owns_is_not_served(client, media_world, local_media):
    leaflet = media_world["documents"]["sapari"]
    leaflet.delete()

    response = client.get(f"/media/{leaflet.file.name}")

    assert response.status_code == 404


def test_images_are_still_served_from_local_media(client, media_world, local_media):
    image = media_world["images"]["man"]

    response = client.get(f"/media/{image.file.name}")

    assert response.status_code == 200
    assert body(response).startswith(b"\x89PNG")
