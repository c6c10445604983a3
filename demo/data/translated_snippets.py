"""Demo snippet translations made through wagtail-localize, with the demo's own wording.

The demo writes every snippet (topic, menu, footer, helpline, emergency number) in every language.
Saved directly, those would be originals in their language, which translators may not change
(`localization.translator_snippets`). Made as wagtail-localize translations instead, with the
demo's wording stored as the translated strings, they are what a regional administrator's
"Translate" would have produced: `translator-ka` can open the Georgian topics in the translation
editor, and a change to the English source can be synced.
"""

import copy

import polib
from wagtail.fields import StreamField
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


def string_values(instance) -> list[tuple[str, str]]:
    """(path, string) of each translatable string of `instance`, in order."""
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def translate_snippet_with_strings(source, written, locale):
    """Save `written` (an unsaved translation of `source`) through wagtail-localize.

    Returns the saved translation, or None when the two do not have the same strings in the same
    places (the caller then saves `written` as it is).
    """
    # The demo's menus and footers link pages without labels of their own, so their StreamFields
    # hold no strings: take the source's links, which wagtail-localize points at the target
    # locale's pages (the written ones, made without block ids, cannot be compared).
    probe = copy.copy(written)
    for field in type(written)._meta.get_fields():
        if isinstance(field, StreamField):
            setattr(probe, field.name, getattr(source, field.name))
    source_strings = string_values(source)
    written_strings = string_values(probe)
    if [path for path, _ in source_strings] != [path for path, _ in written_strings]:
        return None
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for (path, msgid), (_path, msgstr) in zip(source_strings, written_strings, strict=True):
        po.append(polib.POEntry(msgctxt=path, msgid=msgid, msgstr=msgstr))
    translation.import_po(po)
    translation.save_target()
    return source.get_translation(locale)
