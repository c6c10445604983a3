"""The reader's language and locale for lookups, and a translatable snippet's rows for a language
with the default language's where untranslated.

`active_content_language()` and `active_locale()` give what `Locale.get_active()` does without
its query on every call. Snippets with wagtail's `TranslatableMixin` (one row per
`translation_key` and locale) are looked up for a reader's language the same way everywhere:
the row in that language, else the default language's (`settings.LANGUAGE_CODE`), never another
language's. Used by the menu, the footer and the mirror list
(`navigation.models.LocalizedSnippetMixin`) and by a country's helplines and emergency numbers
(`support.models.numbers.CountrySnippetMixin`).
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant


def active_content_language() -> str:
    """The language code of the active locale, as `Locale.get_active()` finds it, without the
    query for the Locale row (for lookups that filter on `locale__language_code`)."""
    return get_supported_content_language_variant(translation.get_language())


def active_locale():
    """`Locale.get_active()`, kept per language until something readers see changes (a Locale
    saved or deleted raises the content generation, core.signals)."""
    from wagtail.models import Locale

    from core.fragments import cached

    return cached("locale", Locale.get_active, active_content_language())


def in_language_else_default(queryset, language_code, key=lambda row: row.translation_key):
    """One row of `queryset` per `key(row)`: the one in `language_code`, else the default
    language's. In one query, each row with its locale; rows of other languages are left out.

    Among rows of the same key and language (a key that is not the translation key), the last
    one the query returns is kept.
    """
    rows = queryset.filter(
        locale__language_code__in={language_code, settings.LANGUAGE_CODE}
    ).select_related("locale")
    chosen = {}
    # The language's rows last (a stable sort), so that they replace the default language's.
    for row in sorted(rows, key=lambda row: row.locale.language_code == language_code):
        chosen[key(row)] = row
    return list(chosen.values())
