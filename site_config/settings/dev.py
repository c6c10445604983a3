"""Development: DEBUG on, a fixed local secret, console e-mail, demo users allowed."""

from .base import *  # noqa: F403
from .base import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-secret-key-not-for-production-use-0123456789")
ALLOWED_HOSTS = ["*"]
# Only here may load_demo_content create demo users with the shared demo password.
DEMO_USERS_ALLOWED = True
DEMO_PASSWORD = "redefine-demo-2026"  # noqa: S105 (printed by make run; dev only)
# wagtail-localize's dummy machine translator: no network, no key.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_MACHINE_TRANSLATOR  # noqa: F405
# The question box's key, derived from SECRET_KEY (never in production: questions.crypto).
QUESTIONS_DERIVE_KEY = True
# X-Page-Cache (hit/miss/stale) while developing; never in production.
PAGE_CACHE_STATUS_HEADER = True
