"""Where the quick exit goes: one neutral https site per language.

The regional administrator sets them in Settings → Reader safety (`core.models.SafetySettings`);
`QUICK_EXIT_DEFAULT_URLS` gives each language's default, and is what error and outage pages use,
since they must not read the database. Nothing here reads the database either.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _


def exit_language(language: str | None = None) -> str:
    """`language` (the active one by default) as one of LANGUAGES, else the default language."""
    code = (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def default_destination(language: str | None = None) -> str:
    return settings.QUICK_EXIT_DEFAULT_URLS[exit_language(language)]


def https_only(value: str) -> None:
    """A destination must be an https address: the reader leaves an https page for it."""
    if urlsplit(value).scheme != "https":
        raise ValidationError(
            _("Enter an address that starts with https://."),
            code="https_only",
        )
