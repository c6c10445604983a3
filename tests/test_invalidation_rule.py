"""One rule for "what readers see changed", for every cache (issue 18, first part).

Replacing an image's file deletes its old renditions; a cached article body that still pointed
at them showed readers broken images for up to an hour, because the fragment cache and the page
cache decided by two different rules. Now `core.signals` decides for both.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file

from page_cache.middleware import CACHE_STATUS_HEADER
from tests import factories
from tests.test_blocks import all_blocks
from tests.utils import soup


def image_urls(response) -> set[str]:
    page = soup(response)
    urls = {img["src"] for img in page.select("main img[src]")}
    for source in page.select("main source[srcset]"):
        urls.update(part.strip().split(" ")[0] for part in source["srcset"].split(","))
    return urls


def served_file(url: str) -> Path:
    return Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL)


def test_replacing_an_images_file_shows_the_new_file_on_every_cached_page(
    admin_client, client, tree, image
):
    article = tree["article"]
    article.body = all_blocks(image)
    factories.publish(article)
    urls = {"page cache": article.url, "content fragment": article.url + "?from=home"}
    before = {}
    for name, url in urls.items():
        client.get(url)
        before[name] = client.get(url)
        assert image_urls(before[name]), name
    assert before["page cache"][CACHE_STATUS_HEADER] == "hit"

    replacement = SimpleUploadedFile(
        "replaced-bench.png", get_test_image_file(size=(320, 240)).file.getvalue(), "image/png"
    )
    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "file": replacement,
            "collection": str(image.collection_id),
            "tags": "",
            "description": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert "replaced-bench" in image.file.name

    for name, url in urls.items():
        after = client.get(url)
        shown = image_urls(after)
        assert shown and not shown & image_urls(before[name]), name
        for src in shown:
            assert "replaced-bench" in src, (name, src)
            assert served_file(src).is_file(), (name, src)


def document_links(response) -> set[str]:
    return {a["href"] for a in soup(response).select("main a[href*='/documents/']")}


def test_replacing_a_documents_file_links_the_new_file_on_every_cached_page(
    admin_client, client, tree
):
    """Wagtail serves a document only under its current file name: a cached page that kept the
    old name would send readers to a 404."""
    leaflet = factories.DocumentFactory(title="Where to get help")
    article = tree["article"]
    article.body = [
        (
            "paragraph",
            f'<p>Take our <a linktype="document" id="{leaflet.pk}">leaflet</a> with you.</p>',
        )
    ]
    factories.publish(article)
    urls = {"page cache": article.url, "content fragment": article.url + "?from=home"}
    before = {}
    for name, url in urls.items():
        client.get(url)
        before[name] = client.get(url)
        (link,) = document_links(before[name])
        assert client.get(link).status_code == 200, name
    assert before["page cache"][CACHE_STATUS_HEADER] == "hit"

    replacement = SimpleUploadedFile(
        "help-leaflet-2027.pdf", b"%PDF-1.4\n% the 2027 edition\n%%EOF\n", "application/pdf"
    )
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[leaflet.pk]),
        {
            "title": leaflet.title,
            "file": replacement,
            "collection": str(leaflet.collection_id),
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]

    for name, url in urls.items():
        (link,) = document_links(client.get(url))
        assert "help-leaflet-2027" in link, (name, link)
        served = client.get(link)
        assert served.status_code == 200, (name, link)
        assert b"the 2027 edition" in b"".join(served.streaming_content), name
        (old_link,) = document_links(before[name])
        assert client.get(old_link).status_code == 404, name
