"""The admin API's images and documents endpoints list only what the user may choose (issue 17.3).

`/admin/api/main/images/` and `/admin/api/main/documents/` are what the admin's own scripts ask;
a partner's editor must get their partner's files there and nothing else, a translator (no
collection permission) nothing, and a regional administrator everything.
"""

import pytest
from django.urls import reverse

from tests.media_world import media_world_fixture  # noqa: F401 (the `media_world` fixture)
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)

LISTINGS = {name: f"wagtailadmin_api:{name}:listing" for name in ("images", "documents")}
DETAILS = {name: f"wagtailadmin_api:{name}:detail" for name in ("images", "documents")}


def listed_titles(client, endpoint):
    response = client.get(reverse(LISTINGS[endpoint]))
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["total_count"] == len(body["items"])
    return sorted(item["title"] for item in body["items"])


def not_found(client, url, params=None):
    """Whether the API answers as if nothing were there. (A 404 outside the locale prefix is
    redirected once by Django's LocaleMiddleware to /en/..., which is not found either.)"""
    response = client.get(url, params or {}, follow=True)
    return response.status_code == 404 and "download_url" not in response.content.decode()


def media(world, endpoint, slug):
    return world["images" if endpoint == "images" else "documents"][slug]


@pytest.mark.parametrize(
    "role, images, documents",
    [
        ("man-editor", ["man image"], ["man leaflet"]),
        ("sapari-editor", ["sapari image"], ["sapari leaflet"]),
        ("man-moderator", ["man image"], ["man leaflet"]),
        ("translator-sv", [], []),
        (
            "regional-admin",
            ["man image", "sapari image"],
            ["internal notes", "man leaflet", "sapari leaflet"],
        ),
    ],
)
def test_each_role_lists_only_what_it_may_choose(client, media_world, role, images, documents):
    login(client, media_world["users"][role])

    assert listed_titles(client, "images") == images
    assert listed_titles(client, "documents") == documents


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_a_foreign_partners_file_is_not_found_by_id(client, media_world, endpoint):
    login(client, media_world["users"]["man-editor"])
    foreign = media(media_world, endpoint, "sapari")
    own = media(media_world, endpoint, "man")

    assert not_found(client, reverse(DETAILS[endpoint], args=[foreign.pk]))
    assert not_found(client, reverse(f"wagtailadmin_api:{endpoint}:find"), {"id": foreign.pk})
    detail = client.get(reverse(DETAILS[endpoint], args=[own.pk]))
    assert detail.status_code == 200
    assert detail.json()["title"] == own.title


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_a_translator_gets_no_download_link(client, media_world, endpoint):
    login(client, media_world["users"]["translator-sv"])
    for slug in ("man", "sapari"):
        item = media(media_world, endpoint, slug)
        assert not_found(client, reverse(DETAILS[endpoint], args=[item.pk]))


def test_the_api_still_needs_a_signed_in_admin_user(client, media_world):
    response = client.get(reverse(LISTINGS["documents"]))
    assert response.status_code == 302
    assert "leaflet" not in response.content.decode()
