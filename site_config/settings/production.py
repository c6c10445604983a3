"""Production: everything from the environment, HTTPS-only cookies, whitenoise manifest storage.

Required: SECRET_KEY. Usual: ALLOWED_HOSTS, DATABASE_URL (PostgreSQL), REDIS_URL, EMAIL_URL parts,
and AWS_STORAGE_BUCKET_NAME (S3-compatible media) when media must be shared between servers.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    BASE_DIR,
    CACHES,
    CONTENT_SECURITY_POLICY,
    ONION_HOST,
    REDIS_URL,
    STORAGES,
    env_bool,
    env_int,
    env_list,
    env_str,
)

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
# The onion service's host (ONION_HOST, base.py) is allowed too; it gets no HTTPS redirect or
# HSTS (mirrors.middleware.OnionAwareSecurityMiddleware).
if ONION_HOST and ONION_HOST not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(ONION_HOST)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

if not REDIS_URL:
    # Without Redis, several gunicorn workers must still share one page cache, or a publish would
    # reach only the worker that handled it: whole pages go to files on this machine instead.
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("PAGE_CACHE_DIR", str(BASE_DIR / ".page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
    # The same for the fragments (menus, footer, helplines) and their version number.
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("CACHE_DIR", str(BASE_DIR / ".cache")),
        # Django's default of 300 would throw away a third of the routes and rendered content
        # (core.routing, core.fragments) whenever a site of a few hundred pages filled it; much
        # more would slow every write (Django lists the whole directory on each one).
        "OPTIONS": {"MAX_ENTRIES": 3_000},
    }

# Where collectstatic writes (and whitenoise serves from): the checkout's staticfiles/ unless
# STATIC_ROOT says otherwise (a release folder; the tests' own servers).
STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles"))

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env_str("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible object storage for media, so that app servers keep no files of their own.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # Images then come from the bucket's domain: the only origin added to the reader CSP.
    media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}" if AWS_S3_CUSTOM_DOMAIN else AWS_S3_ENDPOINT_URL
    )
    if media_origin:
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(media_origin)

# HTTPS. Behind a proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER_ENABLED=1.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# E-mail over SMTP when EMAIL_HOST is set; otherwise messages go to the log.
if env_str("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "https://localhost")
DEMO_USERS_ALLOWED = False
