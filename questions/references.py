"""The reader's reference: random, shown once, stored only as a keyed digest.

A reference such as `K7-4QX-91M` is 8 characters drawn by `secrets` from Crockford's base-32
alphabet (no I, L, O or U, so nothing is misread on a phone): about 10^12 possibilities, and
nothing about the reader, the time or the question goes into it. The database keeps only an
HMAC of it (`digest`), so even someone reading the table cannot look a question up by its
reference or hand out references that work; lookups are rate limited (questions.abuse).

Typing is forgiving: case, spaces and dashes are ignored, and O/I/L read as 0/1/1.
"""

import hashlib
import hmac
import re
import secrets

from django.conf import settings

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 8
GROUPS = (2, 3, 3)
MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_reference() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    parts, start = [], 0
    for size in GROUPS:
        parts.append(raw[start : start + size])
        start += size
    return "-".join(parts)


def normalise(typed: str) -> str:
    """The reference's 8 characters, or '' when `typed` cannot be one."""
    cleaned = re.sub(r"[\s\-–—_.]", "", typed or "").upper().translate(MISREAD)
    if len(cleaned) != LENGTH or any(char not in ALPHABET for char in cleaned):
        return ""
    return cleaned


def digest(reference: str) -> str:
    key = hashlib.sha256(b"redefine.questions.reference:" + settings.SECRET_KEY.encode()).digest()
    return hmac.new(key, normalise(reference).encode(), hashlib.sha256).hexdigest()
