"""The content generation: one number that says "what readers see has changed", never going back.

Every cached thing a reader is served (whole pages in `page_cache`, rendered content, menus,
footers, routes and settings in the fragment cache) is keyed by this number, and every change a
reader could see raises it (`core.signals` decides which changes those are). Two numbers are
kept:

- `value`, raised by every such change;
- `withdrawn`, the value at the last *takedown* (a page unpublished, deleted, moved, renamed or
  made private, a locale removed): a "last good copy" kept for database outages
  (`page_cache.middleware`) is served only if it was stored at or after it, so a page taken down
  because it put a boy at risk never comes back from the fallback.

Why the database holds them, not the cache: a cache can lose or roll back a key (Redis restarted
from an older snapshot, a file cache culling entries at MAX_ENTRIES, an eviction under memory
pressure). A version kept only in the cache then moves backwards and old entries, a withdrawn
page among them, become current again. The row in `core.ContentGeneration` is written in the
same transaction as the change itself, so it is as durable as the content.

Reading the database on every request would put a query back in front of every cached page, so
the number is read from three places, fastest first, and the largest wins:

1. the value this request already read (a context variable, set once per request by
   `page_cache.middleware`), so one request sees one generation and asks once;
2. the shared cache (one round trip), which every raise writes at once, so every app process
   sees a publish on its next request;
3. the database, re-read by each process at most every `CONTENT_GENERATION_RECHECK_SECONDS`;
   so if the cache loses or rolls back the number, each process is back on the database's
   number within that time, and repairs the cache.

A raise happens twice: at once (inside the editor's transaction, so the editor's own next
request already sees it) and again when the transaction commits, because between the two
another process may render the page from the not-yet-committed rows and cache it under the
first number; the second raise throws that copy away.
"""

import contextlib
import contextvars
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest

CACHE_KEY = "redefine:content-generation"
ROW_ID = 1


@dataclass(frozen=True)
class Generation:
    value: int
    withdrawn: int


_request_generation: contextvars.ContextVar[Generation | None] = contextvars.ContextVar(
    "content_generation", default=None
)
# The database's numbers as this process last read them, and when (time.monotonic()).
_database_floor = Generation(0, 0)
_database_read_at = float("-inf")
_lock = threading.Lock()


def _recheck_seconds() -> float:
    return getattr(settings, "CONTENT_GENERATION_RECHECK_SECONDS", 1.0)


def _model():
    from core.models import ContentGeneration

    return ContentGeneration


def _read_database() -> Generation | None:
    try:
        row = _model().objects.filter(pk=ROW_ID).values_list("value", "withdrawn").first()
    except DatabaseError:
        return None
    return Generation(*row) if row else Generation(0, 0)


def _floor() -> Generation:
    """The database's numbers, re-read at most every CONTENT_GENERATION_RECHECK_SECONDS."""
    global _database_floor, _database_read_at
    now = time.monotonic()
    if now - _database_read_at < _recheck_seconds():
        return _database_floor
    # One thread re-reads; the others go on with the number they have rather than wait on a
    # database that may be slow to answer.
    if not _lock.acquire(blocking=False):
        return _database_floor
    try:
        # Marked read even when the database is down: a database outage must not cost every
        # cached page a connection attempt.
        _database_read_at = now
        found = _read_database()
        if found is not None:
            _database_floor = found
    finally:
        _lock.release()
    return _database_floor


def _larger(first: Generation, second: Generation | None) -> Generation:
    if second is None:
        return first
    return Generation(max(first.value, second.value), max(first.withdrawn, second.withdrawn))


def _from_cache() -> Generation | None:
    try:
        stored = cache.get(CACHE_KEY)
    except Exception:  # noqa: BLE001 (a cache outage slows the site down, never stops it)
        return None
    if isinstance(stored, tuple) and len(stored) == 2:
        return Generation(*stored)
    return None


def _to_cache(generation: Generation) -> None:
    # A cache outage loses nothing here: the database keeps the number (see _floor).
    with contextlib.suppress(Exception):
        cache.set(CACHE_KEY, (generation.value, generation.withdrawn), None)


def current() -> Generation:
    """The generation in force for this request (or, outside a request, right now)."""
    known = _request_generation.get()
    if known is not None:
        return known
    cached = _from_cache()
    floor = _floor()
    generation = _larger(floor, cached)
    if cached is None or (cached.value, cached.withdrawn) < (floor.value, floor.withdrawn):
        # Lost or rolled back: put the database's number back for every process.
        _to_cache(generation)
    return generation


def current_value() -> int:
    return current().value


def begin_request() -> contextvars.Token:
    """Fix the generation for the rest of this request (page_cache.middleware)."""
    _request_generation.set(None)
    generation = current()
    return _request_generation.set(generation)


def end_request(token: contextvars.Token) -> None:
    _request_generation.reset(token)


_migrating = False


def pause_while_migrating(**kwargs) -> None:
    """Migrations save rows (locales, the root page) before the generation's table exists."""
    global _migrating
    _migrating = True


def resume_after_migrating(**kwargs) -> None:
    global _migrating
    _migrating = False


def raise_generation(*, withdrawn: bool = False) -> Generation | None:
    """Raise the number in the database and the cache; `withdrawn` for a takedown."""
    global _database_floor, _database_read_at
    if _migrating:
        return None
    model = _model()
    # Never below what anyone may have used: a database restored from a backup, or a row lost
    # to a test's flush, must not hand out a number that old entries are stored under.
    seen = _larger(_larger(_database_floor, _from_cache()), _request_generation.get())
    at_least = seen.value + 1
    changes = {"value": Greatest(F("value") + 1, Value(at_least))}
    if withdrawn:
        changes["withdrawn"] = Greatest(F("value") + 1, Value(at_least))
    with transaction.atomic():
        if not model.objects.filter(pk=ROW_ID).update(**changes):
            try:
                with transaction.atomic():
                    model.objects.create(
                        pk=ROW_ID,
                        value=at_least,
                        withdrawn=at_least if withdrawn else seen.withdrawn,
                    )
            except IntegrityError:  # created by another process meanwhile
                model.objects.filter(pk=ROW_ID).update(**changes)
        value, withdrawn_at = model.objects.filter(pk=ROW_ID).values_list("value", "withdrawn")[0]
    generation = Generation(value, withdrawn_at)
    with _lock:
        _database_floor = _larger(_database_floor, generation)
        _database_read_at = time.monotonic()
    _to_cache(generation)
    if _request_generation.get() is not None:
        _request_generation.set(generation)
    return generation


def raise_now_and_on_commit(*, withdrawn: bool = False) -> None:
    raise_generation(withdrawn=withdrawn)
    transaction.on_commit(lambda: raise_generation(withdrawn=withdrawn))


def forget_in_process_state() -> None:
    """For tests: a fresh process, as after a restart (the database and cache are kept)."""
    global _database_floor, _database_read_at
    with _lock:
        _database_floor = Generation(0, 0)
        _database_read_at = float("-inf")
    _request_generation.set(None)
