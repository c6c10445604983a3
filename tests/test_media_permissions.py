"""Only a partner's moderators delete its images and documents; editors create and edit (17.11).

Wagtail treats deleting an image or document as changing it; here deleting needs the
collection's delete permission, which `setup_partners` gives moderators and regional
administrators. Every way to delete is tried over real admin requests: the delete view, the
bulk delete action and the multiple-upload page's delete, and the edit page must not offer a
Delete button the server would refuse.
"""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.media_world import media_world_fixture  # noqa: F401 (the `media_world` fixture)
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import refused

KINDS = {
    "image": {
        "model": get_image_model,
        "app": "wagtailimages",
        "objects": "images",
        "edit": "wagtailimages:edit",
        "delete": "wagtailimages:delete",
        "multiple_delete": "wagtailimages:delete_multiple",
    },
    "document": {
        "model": get_document_model,
        "app": "wagtaildocs",
        "objects": "documents",
        "edit": "wagtaildocs:edit",
        "delete": "wagtaildocs:delete",
        "multiple_delete": "wagtaildocs:delete_multiple",
    },
}


def item_of(world, kind, slug):
    return world[KINDS[kind]["objects"]][slug]


def still_there(kind, item):
    return KINDS[kind]["model"]().objects.filter(pk=item.pk).exists()


def bulk_delete_url(kind, item):
    model_name = KINDS[kind]["model"]()._meta.model_name
    url = reverse("wagtail_bulk_action", args=[KINDS[kind]["app"], model_name, "delete"])
    return f"{url}?id={item.pk}"


def delete_button_shown(client, kind, item):
    response = client.get(reverse(KINDS[kind]["edit"], args=[item.pk]))
    assert response.status_code == 200
    return reverse(KINDS[kind]["delete"], args=[item.pk]) in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_an_editor_is_not_offered_delete(client, media_world, kind):
    login(client, media_world["users"]["man-editor"])

    assert not delete_button_shown(client, kind, item_of(media_world, kind, "man"))


@pytest.mark.parametrize("kind", KINDS)
def test_an_editor_cannot_delete_their_partners_media(client, media_world, kind):
    item = item_of(media_world, kind, "man")
    login(client, media_world["users"]["man-editor"])

    assert refused(client.get(reverse(KINDS[kind]["delete"], args=[item.pk])))
    assert refused(client.post(reverse(KINDS[kind]["delete"], args=[item.pk])))
    assert refused(client.post(reverse(KINDS[kind]["multiple_delete"], args=[item.pk])))
    client.post(bulk_delete_url(kind, item), {})
    assert still_there(kind, item)


@pytest.mark.parametrize("kind", KINDS)
def test_an_editor_cannot_delete_even_what_they_uploaded(client, media_world, kind):
    editor = media_world["users"]["man-editor"]
    item = item_of(media_world, kind, "man")
    item.uploaded_by_user = editor
    item.save()
    login(client, editor)

    assert refused(client.post(reverse(KINDS[kind]["delete"], args=[item.pk])))
    assert still_there(kind, item)


@pytest.mark.parametrize("kind", KINDS)
def test_the_bulk_delete_page_tells_an_editor_they_may_not(client, media_world, kind):
    item = item_of(media_world, kind, "man")
    login(client, media_world["users"]["man-editor"])

    response = client.get(bulk_delete_url(kind, item))

    assert response.status_code == 200
    text = response.content.decode()
    assert "have permission to delete" in text
    assert "Yes, delete" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_a_moderator_deletes_their_partners_media(client, media_world, kind):
    item = item_of(media_world, kind, "man")
    login(client, media_world["users"]["man-moderator"])
    assert delete_button_shown(client, kind, item)

    response = client.post(reverse(KINDS[kind]["delete"], args=[item.pk]))

    assert response.status_code == 302
    assert not refused(response)
    assert not still_there(kind, item)


@pytest.mark.parametrize("kind", KINDS)
def test_a_moderator_bulk_deletes_their_partners_media(client, media_world, kind):
    item = item_of(media_world, kind, "man")
    login(client, media_world["users"]["man-moderator"])

    response = client.post(bulk_delete_url(kind, item), {})

    assert response.status_code == 302
    assert not still_there(kind, item)


@pytest.mark.parametrize("kind", KINDS)
def test_a_moderator_cannot_delete_another_partners_media(client, media_world, kind):
    item = item_of(media_world, kind, "sapari")
    login(client, media_world["users"]["man-moderator"])

    assert refused(client.post(reverse(KINDS[kind]["delete"], args=[item.pk])))
    client.post(bulk_delete_url(kind, item), {})
    assert still_there(kind, item)
