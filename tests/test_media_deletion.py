"""An image or document that a live page uses is not deleted, by anyone (issue 19.3, media).

The delete confirmation says where it is used and offers no "Yes, delete"; a POST to the delete
view, the bulk delete action or the multiple-upload delete is refused with that message, and
the file stays. Media used only by a draft, or by nothing, is deleted as before.
"""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests import factories
from tests.factories import publish
from tests.media_world import media_world_fixture  # noqa: F401 (the `media_world` fixture)
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_media_permissions import KINDS, bulk_delete_url, item_of, still_there
from tests.utils import refused

ARTICLE_TITLE = "When anger takes over"


def use_on_live_article(world, kind, how):
    """Put the partner's image or document on MÄN's live article, then publish it."""
    article = world["article"]
    item = item_of(world, kind, "man")
    if kind == "image" and how == "field":
        article.hero_image, article.hero_alt_text = item, "A bench in the park"
    elif kind == "image":
        article.body = [("image", {"image": item, "alt_text": "A bench", "caption": ""})]
    else:
        link = f'<p>Read <a linktype="document" id="{item.pk}">our leaflet</a>.</p>'
        article.body = [("paragraph", link)]
    article.save()
    publish(article)
    return item


def error_messages(response):
    return [m.message for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


USES = [("image", "field"), ("image", "block"), ("document", "rich text")]


@pytest.mark.parametrize("role", ["man-moderator", "regional-admin"])
@pytest.mark.parametrize("kind, how", USES)
def test_media_on_a_live_page_is_not_deleted(client, media_world, role, kind, how):
    item = use_on_live_article(media_world, kind, how)
    login(client, media_world["users"][role])
    url = reverse(KINDS[kind]["delete"], args=[item.pk])

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert "cannot be deleted" in page
    assert ARTICLE_TITLE in page
    assert "Yes, delete" not in page

    response = client.post(url)

    assert refused(response)
    assert response["Location"] == reverse(KINDS[kind]["edit"], args=[item.pk])
    [message] = error_messages(response)
    assert f"“{ARTICLE_TITLE}” (en)" in message
    assert "Remove it from those pages" in message
    assert still_there(kind, item)


@pytest.mark.parametrize("kind, how", USES)
def test_bulk_delete_is_refused_when_one_is_on_a_live_page(client, media_world, kind, how):
    used = use_on_live_article(media_world, kind, how)
    unused = (factories.ImageFactory if kind == "image" else factories.DocumentFactory)(
        title="unused", collection=used.collection
    )
    login(client, media_world["users"]["man-moderator"])
    url = bulk_delete_url(kind, used) + f"&id={unused.pk}"

    confirmation = client.get(url)
    assert confirmation.status_code == 200
    assert ARTICLE_TITLE in confirmation.content.decode()
    assert "Yes, delete" not in confirmation.content.decode()

    response = client.post(url, {})

    assert response.status_code == 302
    messages = error_messages(response)
    assert any(ARTICLE_TITLE in message for message in messages)
    assert "Nothing was deleted." in messages
    assert still_there(kind, used)
    assert still_there(kind, unused)


@pytest.mark.parametrize("kind, how", USES)
def test_the_upload_pages_delete_is_refused_too(client, media_world, kind, how):
    item = use_on_live_article(media_world, kind, how)
    login(client, media_world["users"]["man-moderator"])

    response = client.post(reverse(KINDS[kind]["multiple_delete"], args=[item.pk]))

    assert response.status_code == 409
    assert ARTICLE_TITLE in json.loads(response.content)["error_message"]
    assert still_there(kind, item)


def test_media_used_only_by_a_draft_can_be_deleted(client, media_world):
    draft = factories.ArticlePageFactory(
        parent=media_world["partner"], title="Draft about sleep", slug="sleep", live=False
    )
    image = item_of(media_world, "image", "man")
    draft.hero_image, draft.hero_alt_text = image, "A bench in the park"
    draft.save()
    login(client, media_world["users"]["man-moderator"])

    response = client.post(reverse("wagtailimages:delete", args=[image.pk]))

    assert response.status_code == 302
    assert not refused(response)
    assert not still_there("image", image)


def test_pages_of_other_partners_are_not_named(client, media_world):
    """A MÄN image that a regional administrator put on Sapari's live article: MÄN's moderator
    learns that it is in use, not the title of Sapari's page."""
    image = item_of(media_world, "image", "man")
    sapari_article = media_world["sapari_article"]
    sapari_article.hero_image, sapari_article.hero_alt_text = image, "A bench in the park"
    sapari_article.save()
    publish(sapari_article)
    login(client, media_world["users"]["man-moderator"])

    response = client.post(reverse("wagtailimages:delete", args=[image.pk]))

    [message] = error_messages(response)
    assert "pages of other partners" in message
    assert sapari_article.title not in message
    assert still_there("image", image)
