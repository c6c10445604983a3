"""Where whole reader pages are kept: one shared cache, keyed by a cache-wide version number.

Every change that can alter what a reader sees bumps the version (see page_cache.signals), so each
app process, wherever it runs, stops using the old pages at the next request: no process keeps
state of its own. Old entries are not deleted; they expire on their own.

Each stored page is also kept under a second, version-less "last good copy" key. That copy is
served only while the database is unreachable (page_cache.middleware), so a reader still gets the
page they asked for, perhaps a few minutes out of date, instead of an error.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches

VERSION_KEY = "page-cache:version"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_version() -> int:
    cache = page_cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        # add() keeps a version another process has just written.
        cache.add(VERSION_KEY, 1, None)
        version = cache.get(VERSION_KEY) or 1
    return version


def bump_version() -> None:
    cache = page_cache()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        # No version yet (or it was evicted): any value other than the old one will do, and a
        # fresh random-free start is fine because entries of version 1 may still exist.
        cache.set(VERSION_KEY, 2, None)


def _path_key(request) -> str:
    # The host picks the Wagtail site and the path carries the locale prefix (/sv/...), so
    # host + path is "per site, locale and path". Hashed: paths may be long or non-ASCII.
    raw = f"{request.get_host()}|{request.path}".encode("utf-8", "surrogateescape")
    return hashlib.sha256(raw).hexdigest()


def versioned_key(request, version: int) -> str:
    return f"page-cache:v{version}:{_path_key(request)}"


def last_good_key(request) -> str:
    return f"page-cache:last-good:{_path_key(request)}"


def etag_for(content: bytes) -> str:
    return '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'
