"""export_translations / import_translations: a locale's pending translations as PO files."""

import io

import polib
import pytest
from django.core.management import CommandError, call_command
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object


def test_round_trip_of_a_locale(tree, locales, tmp_path):
    translate_object(tree["safety"], [locales["ka"]])
    translate_object(tree["article"], [locales["ka"]])
    call_command("export_translations", "ka", str(tmp_path), stdout=io.StringIO())
    files = sorted(tmp_path.glob("*.po"))
    assert len(files) == 2

    for path in files:
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = f"ka: {entry.msgid}"
        po.save(str(path))
    out = io.StringIO()
    call_command("import_translations", "ka", str(tmp_path), stdout=out)
    assert "Imported 2 PO files" in out.getvalue()
    assert StringTranslation.objects.filter(
        locale=locales["ka"], data="ka: When anger takes over"
    ).exists()
    assert StringTranslation.objects.filter(
        locale=locales["ka"], data="ka: Staying safe online"
    ).exists()


def test_a_file_for_another_locale_is_refused(tree, locales, tmp_path):
    translate_object(tree["safety"], [locales["ka"], locales["hy"]])
    call_command("export_translations", "hy", str(tmp_path), stdout=io.StringIO())
    with pytest.raises(CommandError, match="1 files were not imported"):
        call_command(
            "import_translations", "ka", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO()
        )
    assert not StringTranslation.objects.filter(locale=locales["ka"]).exists()
