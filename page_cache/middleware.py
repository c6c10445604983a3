"""Whole-page cache for anonymous readers, conditional GET, and the "database down" fallback.

Placed right after WhiteNoise, so a cached page is answered before sessions, locales, routing or
the database are touched. What is cached: GET requests without a query string, from readers
without a session cookie, outside the admin, documents, media, health check and search, whose
response is a plain 200 that does not vary on cookies or language and set no CSRF token.

Each cacheable page gets an ETag and a public Cache-Control, and a matching If-None-Match is
answered with 304 Not Modified. When the database cannot be reached, a reader gets the last good
copy of the page if one was ever cached, otherwise a static, translated "we'll be back" page with
503 and Retry-After. Nothing here keeps state in the process: when the database returns, the
next request simply works.
"""

import re

from csp.utils import build_policy
from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control

from core import generation
from core.quick_exit import default_destination
from page_cache import store
from page_cache.database_errors import DATABASE_UNAVAILABLE

CACHE_STATUS_HEADER = "X-Page-Cache"
UNCACHED_CONTROL_DIRECTIVES = ("private", "no-cache", "no-store")


def _excluded_paths():
    return re.compile(settings.PAGE_CACHE_EXCLUDED_PATHS)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded_paths = _excluded_paths()

    def __call__(self, request):
        # One content generation for the whole request (core.generation), read once.
        token = generation.begin_request()
        try:
            return self.serve(request)
        finally:
            generation.end_request(token)

    def serve(self, request):
        site_id = None
        if settings.PAGE_CACHE_ENABLED and self.is_cacheable_request(request):
            try:
                site_id = store.site_id_for(request)
            except DatabaseError:
                site_id = None  # the Sites were not cached and the database is down
        if site_id is None:
            response = self.get_response(request)
            if getattr(request, DATABASE_UNAVAILABLE, False):
                return maintenance_response(request)
            return response

        current = generation.current()
        key = store.versioned_key(site_id, request.path, current.value)
        entry = store.page_cache().get(key)
        if entry is not None:
            return self.cached_response(request, entry, "hit")

        response = self.get_response(request)
        if getattr(request, DATABASE_UNAVAILABLE, False):
            last_good = store.page_cache().get(store.last_good_key(site_id, request.path))
            # Only a copy stored after the last takedown: nothing withdrawn since comes back.
            if isinstance(last_good, dict) and last_good.get("generation", 0) >= current.withdrawn:
                return self.cached_response(request, last_good, "stale")
            return maintenance_response(request)

        if not is_cacheable_response(request, response):
            return response
        add_public_cache_headers(response)
        entry = to_entry(response, current.value)
        store.page_cache().set_many(
            {key: entry, store.last_good_key(site_id, request.path): entry},
            settings.PAGE_CACHE_TIMEOUT,
        )
        mark_cache_status(response, "miss")
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def is_cacheable_request(self, request) -> bool:
        return (
            request.method == "GET"
            and not request.META.get("QUERY_STRING")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not self.excluded_paths.search(request.path_info)
        )

    def cached_response(self, request, entry, status: str):
        response = from_entry(entry)
        mark_cache_status(response, status)
        if status == "stale":
            # Served only while the database is down: no browser or CDN should keep it.
            response["Cache-Control"] = "no-cache"
        return get_conditional_response(request, etag=response["ETag"], response=response)


def mark_cache_status(response, status: str) -> None:
    """Say hit/miss/stale, only where PAGE_CACHE_STATUS_HEADER is on (debugging, tests).

    Off in production: it would tell anyone whether a page was read since the last publish.
    """
    if settings.PAGE_CACHE_STATUS_HEADER:
        response[CACHE_STATUS_HEADER] = status


def is_cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A page that handed out a CSRF token (a form) must not share that token with everyone.
    if request.META.get("CSRF_COOKIE_NEEDED"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHED_CONTROL_DIRECTIVES):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= {"accept-encoding"}


def add_public_cache_headers(response) -> None:
    response["ETag"] = store.etag_for(response.content)
    if "Cache-Control" not in response:
        patch_cache_control(
            response,
            public=True,
            max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE,
            s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
        )


def to_entry(response, generation_value: int) -> dict:
    return {
        # The generation it was rendered at: a last good copy older than the last takedown is
        # never served.
        "generation": generation_value,
        "content": response.content,
        "status": response.status_code,
        "headers": [
            (name, value)
            for name, value in response.headers.items()
            if name.lower() != CACHE_STATUS_HEADER.lower()
        ],
    }


def from_entry(entry) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


def maintenance_response(request) -> HttpResponse:
    """The static "we'll be back" page: no database or context processors; the URL's language."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = render_to_string(
            "page_cache/maintenance.html",
            {"quick_exit_url": default_destination(language)},
        )
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(settings.PAGE_CACHE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    add_reader_security_headers(response)
    return response


def add_reader_security_headers(response) -> None:
    """What the inner security middlewares give every reader page, for a response made here.

    The "we'll be back" page is answered before the CSP, header and clickjacking middlewares
    run (they sit below this one), so it would otherwise go out with no CSP and could be framed.
    """
    response["Content-Security-Policy"] = build_policy(
        config=settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    )
    response["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
    response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
