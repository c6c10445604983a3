"""Abuse control without tracking: rate limits by a keyed digest of the address, in the cache.

The client address (core.client_address, which knows about trusted proxies) is turned
into an HMAC whose key is derived from SECRET_KEY and *today's date* (UTC): tomorrow's digests
cannot be linked to today's, and nobody can recompute them without the key. The digest lives
only as part of a cache key with a time to live of one window (an hour); it is never written to
the database, a log or a response. The address itself is not kept anywhere.

Limits (settings, defaults): `QUESTIONS_PER_HOUR` questions (10) and `QUESTION_LOOKUPS_PER_HOUR`
reference lookups (30) per address in a clock hour. At midnight the key changes, and counting
starts again: a small gift to a determined sender, the price of not linking days.

Form tokens (the form carries no CSRF cookie, see core.page_unlock): a signed, expiring token
names the form and holds a random nonce; a question's nonce is marked used in the cache when the
question is stored, so the same post cannot be sent twice.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone

from core.client_address import client_address

TOKEN_SALT = "redefine.questions.form"  # noqa: S105 (a signing salt, not a secret)
# Long enough to write a question slowly on a phone.
TOKEN_MAX_AGE = 3 * 60 * 60
WINDOW_SECONDS = 60 * 60


def daily_key(now=None) -> bytes:
    day = (now or timezone.now()).astimezone(datetime.UTC).date().isoformat()
    return hmac.new(
        settings.SECRET_KEY.encode(), f"redefine.questions.rate:{day}".encode(), hashlib.sha256
    ).digest()


def address_digest(request, now=None) -> str:
    address = client_address(request) or ""
    return hmac.new(daily_key(now), address.encode(), hashlib.sha256).hexdigest()


def _counter_key(kind: str, request, now=None) -> str:
    now = now or timezone.now()
    window = int(now.timestamp()) // WINDOW_SECONDS
    return f"questions:rate:{kind}:{window}:{address_digest(request, now)}"


def limit_for(kind: str) -> int:
    if kind == "lookup":
        return getattr(settings, "QUESTION_LOOKUPS_PER_HOUR", 30)
    return getattr(settings, "QUESTIONS_PER_HOUR", 10)


def over_limit(kind: str, request) -> bool:
    return (cache.get(_counter_key(kind, request)) or 0) >= limit_for(kind)


def count(kind: str, request) -> None:
    key = _counter_key(kind, request)
    if cache.add(key, 1, WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, WINDOW_SECONDS)


def form_token(form_name: str, **values) -> str:
    return signing.dumps(
        {"form": form_name, "nonce": secrets.token_urlsafe(12), **values},
        salt=TOKEN_SALT,
        compress=True,
    )


def read_token(token: str, form_name: str, **expected) -> dict | None:
    """The token's values when it is genuine, recent and for this form; None otherwise."""
    try:
        value = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(value, dict) or value.get("form") != form_name:
        return None
    if any(value.get(name) != wanted for name, wanted in expected.items()):
        return None
    return value


def use_nonce(nonce: str) -> bool:
    """Mark a token's nonce used; False when it already was (the post is a replay)."""
    return cache.add(f"questions:nonce:{nonce}", 1, TOKEN_MAX_AGE + 60)
