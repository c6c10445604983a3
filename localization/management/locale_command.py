"""The shared shape of export_translations and import_translations: a locale and a directory."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale


class LocaleDirectoryCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("locale", help="language code, e.g. ka")
        parser.add_argument("directory", type=Path)

    def get_locale(self, language_code: str) -> Locale:
        try:
            return Locale.objects.get(language_code=language_code)
        except Locale.DoesNotExist as error:
            raise CommandError(f"No locale '{language_code}'.") from error
