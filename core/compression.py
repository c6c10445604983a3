"""Gzip for reader pages, never for the admin.

Readers are on slow, metered connections: an article's 11 KB of HTML is under 4 KB gzipped.
Compression and secrets in one response are what BREACH-style attacks need (a guessed CSRF token
or session value shows in the compressed length), so only responses that carry nothing secret
are compressed: reader pages, which never set a cookie or carry a CSRF token. The admin
(`/admin/`, two-step login included), anything that sets a cookie, and private responses (a
restricted page just unlocked) go out as they are. Django's GZipMiddleware also pads each
response with random bytes (its "Heal the BREACH" mitigation).

It sits outside the page cache, so the cache keeps one uncompressed copy and every hit is
compressed on the way out (about 0.1 ms for an article; `make bench` measures it). Static files
are compressed ahead of time by whitenoise, which answers before this middleware.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

COMPRESSED_TYPES = ("text/html", "text/plain", "application/xml", "text/xml")


class ReaderPagesGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not self.may_compress(request, response):
            return response
        return super().process_response(request, response)

    @staticmethod
    def may_compress(request, response) -> bool:
        if request.path.startswith(settings.COMPRESSION_EXCLUDED_PATHS):
            return False
        if response.cookies or "private" in response.get("Cache-Control", ""):
            return False
        return response.get("Content-Type", "").startswith(COMPRESSED_TYPES)
