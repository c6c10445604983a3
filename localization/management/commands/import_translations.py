"""Read translated PO files (from export_translations) back into a locale's translations.

The strings go into wagtail-localize's translation memory, as an upload in the editor does: the
pages are not saved or published here; translators submit them for review in the admin.
"""

from django.core.management.base import CommandError

from localization.management.locale_command import LocaleDirectoryCommand
from localization.po_files import import_locale


class Command(LocaleDirectoryCommand):
    help = "Import translated PO files for a locale's pending translations."

    def handle(self, *args, locale, directory, **options):
        target = self.get_locale(locale)
        if not directory.is_dir():
            raise CommandError(f"{directory} is not a directory.")
        imported, problems = import_locale(target, directory)
        for problem in problems:
            self.stderr.write(problem)
        self.stdout.write(self.style.SUCCESS(f"Imported {len(imported)} PO files."))
        if problems:
            raise CommandError(f"{len(problems)} files were not imported.")
