"""Tests: fast hashing, local cache, plain static storage; database from DATABASE_URL if set."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-secret-key-only-for-the-test-suite-0123456789abcdef"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test"},
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "test-renditions",
    },
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-pages"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEMO_USERS_ALLOWED = True
DEMO_PASSWORD = "redefine-demo-2026"  # noqa: S105
MEDIA_ROOT = BASE_DIR / "media-test"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# wagtail-localize's dummy machine translator: no network, no key.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_MACHINE_TRANSLATOR  # noqa: F405
# The question box's key, derived from SECRET_KEY (never in production: questions.crypto).
QUESTIONS_DERIVE_KEY = True
# The tests read X-Page-Cache (hit, miss, stale); production leaves it off.
PAGE_CACHE_STATUS_HEADER = True
# Each process re-reads the content generation from the database only when a test says the
# process is new (core.generation.forget_in_process_state, done before every test): a query
# count must not depend on how slowly this machine ran the requests before it.
CONTENT_GENERATION_RECHECK_SECONDS = 60 * 60
