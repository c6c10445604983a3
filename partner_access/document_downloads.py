"""Local media for `make run` / `SERVE_MEDIA`: documents only through Wagtail's serve view.

Wagtail stores a document's file under `documents/` in the media storage. Its serve view
(`/documents/<id>/<name>`, `wagtail.documents.views.serve`) asks the collection's privacy
(`CollectionViewRestriction`, in the `before_serve_document` hook) before it sends the file; the
file's direct media URL (`/media/documents/<name>`) asks nothing. So that a document in a private
collection cannot be had by its media URL, this view never sends a file under `documents/`: it
redirects to the document's serve view (which sends a public document and asks for a login or
password for a private one) and answers 404 for a file no document owns. Every other media file
(images and their renditions) is served as Django's static view serves it.

Checked on Wagtail 8.0.1 with `WAGTAILDOCS_SERVE_METHOD = "serve_view"` (settings/base.py).
A web server or bucket that serves MEDIA_ROOT in production must leave `documents/` out in the
same way (docs/operations.md).
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.views.static import serve
from wagtail.documents import get_document_model

DOCUMENTS_FOLDER = "documents/"


def serve_media(request, path):
    # Normalised as Django's static view does, so that "images/../documents/x.pdf" is caught too.
    normalized = posixpath.normpath(path).lstrip("/")
    if f"{normalized}/".startswith(DOCUMENTS_FOLDER):
        document = get_document_model().objects.filter(file=normalized).first()
        if document is None:
            raise Http404
        return redirect(document.url)
    return serve(request, path, document_root=settings.MEDIA_ROOT)
