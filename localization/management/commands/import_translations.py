"""Read translated PO files (from export_translations) back into a locale's translations.

The strings go into wagtail-localize's translation memory, as an upload in the editor does: the
pages are not saved or published here; translators submit them for review in the admin.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from localization.po_files import import_locale


class Command(BaseCommand):
    help = "Import translated PO files for a locale's pending translations."

    def add_arguments(self, parser):
        parser.add_argument("locale", help="language code, e.g. ka")
        parser.add_argument("directory", type=Path)

    def handle(self, *args, locale, directory, **options):
        try:
            target = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist as error:
            raise CommandError(f"No locale '{locale}'.") from error
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory.")
        imported, problems = import_locale(target, directory)
        for problem in problems:
            self.stderr.write(problem)
        self.stdout.write(self.style.SUCCESS(f"Imported {len(imported)} PO files."))
        if problems:
            raise CommandError(f"{len(problems)} files were not imported.")
