"""Uploads: too large or of the wrong type, an image or document is refused with a clear message.

Nothing is saved: no database row, and no file left in the media folder.
"""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import soup, text_of

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def png_bytes():
    return get_test_image_file().file.getvalue()


def files_in_media():
    return sorted(p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())


def upload_image(client, world, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content),
            "collection": str(world["collections"]["man"].pk),
            "tags": "",
            "description": "",
        },
    )


def upload_document(client, world, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content),
            "collection": str(world["collections"]["man"].pk),
            "tags": "",
        },
    )


def error_text(response):
    assert response.status_code == 200
    return text_of(soup(response).select_one("form"))


@pytest.fixture
def editor_client(client, world):
    return login(client, world["users"]["man-editor"])


def test_an_image_is_uploaded_to_the_partners_collection(editor_client, world):
    response = upload_image(editor_client, world, "bench.png", png_bytes())
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Upload")
    assert image.collection == world["collections"]["man"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("bench.png", 1024, "This file is too big (2.3 KB). Maximum filesize 1.0 KB."),
        ("bench.bmp", None, "Not a supported image format"),
        ("bench.png", b"MZ this is a program, not a picture", "Upload a valid image"),
    ],
)
def test_bad_images_are_refused(editor_client, world, settings, name, content, message):
    if content == 1024:
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    if not isinstance(content, bytes):
        content = png_bytes()
    images_before, files_before = get_image_model().objects.count(), files_in_media()

    text = error_text(upload_image(editor_client, world, name, content))

    assert message.lower() in text.lower()
    assert get_image_model().objects.count() == images_before
    assert files_in_media() == files_before


def test_a_document_is_uploaded(editor_client, world):
    response = upload_document(editor_client, world, "leaflet.pdf", PDF)
    assert response.status_code == 302
    assert (
        get_document_model().objects.get(title="Upload").collection == (world["collections"]["man"])
    )


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("leaflet.pdf", PDF + b"x" * 4096, "This file is too big"),
        ("leaflet.exe", b"MZ\x90\x00", "File extension “exe” is not allowed"),
        ("leaflet.pdf", b"MZ\x90\x00 a program", "does not match its file type"),
        ("leaflet.docx", PDF, "does not match its file type"),
        ("notes.txt", b"\x00\x01\x02binary", "does not match its file type"),
    ],
)
def test_bad_documents_are_refused(editor_client, world, settings, name, content, message):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    documents_before, files_before = get_document_model().objects.count(), files_in_media()

    text = error_text(upload_document(editor_client, world, name, content))

    assert message.lower() in text.lower()
    assert get_document_model().objects.count() == documents_before
    assert files_in_media() == files_before


def test_plain_text_and_office_documents_pass(editor_client, world):
    zip_file = io.BytesIO()
    with zipfile.ZipFile(zip_file, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")
    for name, content in [
        ("notes.txt", "Hej, det här är text.".encode()),
        ("leaflet.odt", zip_file.getvalue()),
    ]:
        response = upload_document(editor_client, world, name, content)
        assert response.status_code == 302, error_text(response)
        get_document_model().objects.filter(title="Upload").delete()
