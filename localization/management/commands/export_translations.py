"""Write every pending translation into one locale as PO files, for offline work."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from localization.po_files import export_locale


class Command(BaseCommand):
    help = "Export a locale's pending translations as PO files into a directory."

    def add_arguments(self, parser):
        parser.add_argument("locale", help="language code, e.g. ka")
        parser.add_argument("directory", type=Path)

    def handle(self, *args, locale, directory, **options):
        try:
            target = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist as error:
            raise CommandError(f"No locale '{locale}'.") from error
        written = export_locale(target, directory)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(written)} PO files to {directory}."))
