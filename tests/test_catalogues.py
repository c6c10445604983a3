"""The seven gettext catalogues are complete: every msgid in the code, each one translated.

The code is scanned with Django's `makemessages` (GNU gettext's xgettext) in a temporary copy of
the project, so the committed catalogues are never touched, and the msgids found are compared
with each committed `locale/<code>/LC_MESSAGES/django.po`. English needs no msgstr (the msgid is
the English text); every other language needs a non-empty one. Fuzzy entries count as present:
they are doubtful translations, listed for review (docs/translations-review.md).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PROJECT = Path(settings.BASE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SKIPPED = {".venv", "media", "media-test", "staticfiles", "node_modules", ".git", "locale"}

pytestmark = pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed"
)


def copy_sources(destination: Path):
    for entry in PROJECT.iterdir():
        if entry.name in SKIPPED or entry.name.startswith(".") or entry.suffix == ".sqlite3":
            continue
        if entry.is_dir():
            shutil.copytree(entry, destination / entry.name, ignore=shutil.ignore_patterns("*.pyc"))
        elif entry.suffix in {".py", ".toml"}:
            shutil.copy2(entry, destination / entry.name)


@pytest.fixture(scope="module")
def extracted_msgids(tmp_path_factory) -> set[tuple[str, str]]:
    """(msgctxt, msgid) of every translatable string in the code, as makemessages finds them."""
    workdir = tmp_path_factory.mktemp("messages")
    copy_sources(workdir)
    (workdir / "locale" / "en").mkdir(parents=True)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "en",
            "--no-location",
            "--ignore=media*",
            "--ignore=staticfiles/*",
        ],
        cwd=workdir,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "site_config.settings.test", "PATH": "/usr/bin:/bin"},
    )
    catalogue = polib.pofile(str(workdir / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgctxt or "", entry.msgid) for entry in catalogue if not entry.obsolete}


def committed(code):
    return polib.pofile(str(PROJECT / "locale" / code / "LC_MESSAGES" / "django.po"))


def test_the_scan_finds_the_site_strings(extracted_msgids):
    """Guards the test itself: an empty scan would make the checks below pass vacuously."""
    msgids = {msgid for _context, msgid in extracted_msgids}
    assert len(msgids) > 50
    assert "Submit translation for review" in msgids


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_has_every_msgid(extracted_msgids, code):
    present = {
        (entry.msgctxt or "", entry.msgid) for entry in committed(code) if not entry.obsolete
    }
    missing = sorted(msgid for _context, msgid in extracted_msgids - present)
    assert not missing, f"{code}: {len(missing)} msgids missing, e.g. {missing[:10]}"


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_catalogue_has_no_empty_translation(code):
    empty = []
    for entry in committed(code):
        if entry.obsolete:
            continue
        forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if any(not form.strip() for form in forms):
            empty.append(entry.msgid)
    assert not empty, f"{code}: {len(empty)} empty translations, e.g. {empty[:10]}"
