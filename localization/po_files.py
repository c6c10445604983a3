"""A whole locale's pending translations as PO files, with wagtail-localize's own PO machinery.

"Pending" means every enabled wagtail-localize translation into the locale (what the translation
editor would show). Each file is `Translation.export_po()`, the same file the editor's "Download
PO file" gives, so a file can also be uploaded in the editor; importing uses
`Translation.import_po()`, which checks nothing beyond the strings, so the translation id in the
file's metadata is matched here first.
"""

from pathlib import Path

import polib
from django.utils.text import slugify
from wagtail_localize.models import Translation

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"


def pending_translations(locale):
    return (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source", "target_locale")
        .order_by("pk")
    )


def file_name(translation) -> str:
    name = slugify(translation.source.object_repr, allow_unicode=True) or "translation"
    return f"{name}-{translation.target_locale.language_code}-{translation.pk}.po"


def export_locale(locale, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for translation in pending_translations(locale):
        path = directory / file_name(translation)
        translation.export_po().save(str(path))
        written.append(path)
    return written


def import_locale(locale, directory: Path, user=None) -> tuple[list[Path], list[str]]:
    """Import every PO file in `directory`; returns (imported files, problems)."""
    by_uuid = {str(t.uuid): t for t in pending_translations(locale)}
    imported, problems = [], []
    for path in sorted(directory.glob("*.po")):
        try:
            po = polib.pofile(str(path))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"{path.name}: not a PO file ({error})")
            continue
        translation = by_uuid.get(po.metadata.get(TRANSLATION_ID, ""))
        if translation is None:
            problems.append(f"{path.name}: not a pending translation into {locale}")
            continue
        translation.import_po(po, user=user, tool_name="PO file (import_translations)")
        imported.append(path)
    return imported, problems
