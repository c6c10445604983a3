"""The onion service's two needs on the main site: `Onion-Location`, and plain HTTP on .onion.

`OnionLocationMiddleware` tells Tor Browser that the page it shows over the ordinary address is
also served as an onion service (https://community.torproject.org/onion-services/advanced/
onion-location/): the header `Onion-Location: http://<onion>/<same path>`, on reader pages only
(never the admin, static files, media, documents or the health check) and never on the .onion
host itself. It sits *above* `page_cache.middleware.PageCacheMiddleware`, so the header is added
to every response on its way out, cached or not, and is never stored in the page cache: a page
cached when the address was different, or cached from a request to the .onion host, cannot carry
a wrong header. The address is looked up once per content generation in each process (saving the
mirror list raises the generation, `core.signals`); while the database is down it keeps the
address it last knew, so a page the cache can still serve is never turned into an error.

`OnionAwareSecurityMiddleware` is Django's `SecurityMiddleware` except on the .onion host: Tor
already encrypts and authenticates the connection to an onion service, which has no certificate
that a browser would accept, so `SECURE_SSL_REDIRECT` would send its readers to an https://
address that does not answer; it gets neither the redirect nor HSTS.
"""

import re
import threading

from django.db import DatabaseError
from django.middleware.security import SecurityMiddleware

from core import generation

READER_EXCLUDED_PATHS = re.compile(r"^/(admin|documents|media|static|healthz|robots\.txt|sitemap)")


def is_onion_host(request) -> bool:
    host = request.META.get("HTTP_HOST", "").rsplit(":", 1)[0].rstrip(".").lower()
    return host.endswith(".onion")


class _OnionOrigin:
    """The onion origin for the current content generation, remembered in this process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._value = ("", -1)

    def get(self) -> str:
        current = generation.current_value()
        origin, seen = self._value
        if seen == current:
            return origin
        from mirrors.models import onion_origin

        try:
            origin = onion_origin()
        except DatabaseError:
            # The database is away (the page cache may still answer): the address this process
            # knew is still the best answer, and the next request asks again.
            return origin
        with self._lock:
            self._value = (origin, current)
        return origin

    def forget(self) -> None:
        with self._lock:
            self._value = ("", -1)


onion_origin_cache = _OnionOrigin()


class OnionLocationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and not is_onion_host(request)
            and not READER_EXCLUDED_PATHS.match(request.path_info)
            and response.get("Content-Type", "").startswith("text/html")
        ):
            origin = onion_origin_cache.get()
            if origin:
                response["Onion-Location"] = origin + request.get_full_path()
        return response


class OnionAwareSecurityMiddleware(SecurityMiddleware):
    def process_request(self, request):
        if is_onion_host(request):
            return None
        return super().process_request(request)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if is_onion_host(request) and "Strict-Transport-Security" in response:
            del response["Strict-Transport-Security"]
        return response
