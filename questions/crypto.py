"""Encryption at rest of the readers' questions (Fernet, from `cryptography`).

Production takes the key from the environment: `QUESTIONS_ENCRYPTION_KEY`, one Fernet key or
several separated by commas (the first encrypts, all decrypt: add a new key in front to rotate,
drop the old one once the questions it encrypted have expired, after 30 days). Without it the
question box is closed and `check --deploy` reports questions.E001 (questions.checks).

Development and test settings (`QUESTIONS_DERIVE_KEY = True`) derive a key from SECRET_KEY, so
that a fresh clone works; never in production, where a SECRET_KEY rotation would make every
stored question unreadable and a leaked SECRET_KEY would open them.

Nothing here logs or raises with the text in it: a token that cannot be decrypted is reported
as `QuestionUnreadable` and nothing else.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DERIVATION_SALT = b"redefine.questions.encryption"


class QuestionUnreadable(Exception):
    """The stored text cannot be decrypted with any configured key."""


def configured_keys() -> list[str]:
    keys = getattr(settings, "QUESTIONS_ENCRYPTION_KEYS", [])
    return [key for key in keys if key]


def derived_key() -> bytes:
    digest = hashlib.pbkdf2_hmac("sha256", settings.SECRET_KEY.encode(), DERIVATION_SALT, 10_000)
    return base64.urlsafe_b64encode(digest)


def key_problem() -> str:
    """Why the configured keys cannot be used ('' when they can)."""
    keys = configured_keys()
    if not keys:
        if getattr(settings, "QUESTIONS_DERIVE_KEY", False):
            return ""
        return "QUESTIONS_ENCRYPTION_KEY is not set."
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError):
            return "QUESTIONS_ENCRYPTION_KEY holds a value that is not a Fernet key."
    return ""


def fernet() -> MultiFernet:
    problem = key_problem()
    if problem:
        raise ImproperlyConfigured(problem)
    keys = configured_keys() or [derived_key()]
    return MultiFernet([Fernet(key) for key in keys])


def box_is_open() -> bool:
    return not key_problem()


def encrypt(text: str) -> bytes:
    return fernet().encrypt(text.encode("utf-8"))


def decrypt(token) -> str:
    if not token:
        return ""
    try:
        return fernet().decrypt(bytes(token)).decode("utf-8")
    except InvalidToken:
        raise QuestionUnreadable from None
