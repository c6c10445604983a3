"""Document uploads: refuse a file whose content does not match its extension.

Wagtail checks a document's extension (WAGTAILDOCS_EXTENSIONS) and size
(WAGTAILDOCS_MAX_UPLOAD_SIZE), and an image's extension, size and that it really is an image
(it opens it with Willow). It does not look inside documents, so a program renamed to
`leaflet.pdf` would be accepted and served to readers. This form (WAGTAILDOCS_DOCUMENT_FORM_BASE)
compares the first bytes with what the extension promises.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

ZIP_SIGNATURE = b"PK\x03\x04"
SIGNATURES = {
    "pdf": (b"%PDF-",),
    # Office Open XML and OpenDocument files are zip archives.
    "docx": (ZIP_SIGNATURE,),
    "odt": (ZIP_SIGNATURE,),
}
SNIFF_BYTES = 8192


def content_matches_extension(uploaded_file) -> bool:
    extension = Path(uploaded_file.name).suffix.lower().lstrip(".")
    uploaded_file.seek(0)
    head = uploaded_file.read(SNIFF_BYTES)
    uploaded_file.seek(0)
    if extension == "txt":
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut off at the end of the sample is still text.
            return error.start >= len(head) - 3
        return True
    signatures = SIGNATURES.get(extension)
    return signatures is None or head.startswith(signatures)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded_file = self.cleaned_data.get("file")
        changed = uploaded_file and "file" in self.changed_data
        if changed and not content_matches_extension(uploaded_file):
            raise ValidationError(
                _(
                    "The content of “%(name)s” does not match its file type. Save it again "
                    "as a real PDF, ODT, DOCX or plain text file and upload that."
                ),
                params={"name": Path(uploaded_file.name).name},
                code="content_does_not_match_extension",
            )
        return uploaded_file
