"""Compile the project's gettext catalogues (locale/*/LC_MESSAGES/*.po) into .mo files.

Django's `compilemessages` needs GNU gettext's msgfmt, which a fresh machine may not have; polib
does the same in pure Python. Like msgfmt, fuzzy entries are left out, so a doubtful translation
falls back to English instead of being shown.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo without GNU gettext."

    def handle(self, *args, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                catalogue = polib.pofile(str(po_path))
                for entry in catalogue.fuzzy_entries():
                    catalogue.remove(entry)
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
        self.stdout.write(f"Compiled {count} catalogues.")
