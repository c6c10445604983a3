"""Write every pending translation into one locale as PO files, for offline work."""

from localization.management.locale_command import LocaleDirectoryCommand
from localization.po_files import export_locale


class Command(LocaleDirectoryCommand):
    help = "Export a locale's pending translations as PO files into a directory."

    def handle(self, *args, locale, directory, **options):
        target = self.get_locale(locale)
        written = export_locale(target, directory)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(written)} PO files to {directory}."))
