"""Settings shared by every environment.

Everything that differs between machines comes from the environment, read once here with typed
helpers. The defaults are the embedded ones: SQLite, local-memory cache, local media, so that a
fresh clone runs with nothing else installed.
"""

import os
from pathlib import Path

import dj_database_url

from core.search_backends import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # Project apps: see docs/architecture.md for what each owns.
    "core",
    "upstream",
    "navigation",
    "mirrors",
    "home",
    "demo",
    "countries",
    "articles",
    "support",
    # The partners' anonymous question box (docs/questions.md).
    "questions",
    "search",
    "page_cache",
    "partner_access",
    # Before wagtail_localize: it overrides one of its admin templates.
    "localization",
    # Optional two-step (TOTP) verification for the admin, on django-otp (replaces wagtail-2fa).
    "admin_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Wagtail and wagtail-localize
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    # wagtail.users, with user forms that hand out no more than the admin holds.
    "partner_access.users_app.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

# Django's security.W001 looks for SecurityMiddleware by name; it is installed as a subclass
# (mirrors.middleware.OnionAwareSecurityMiddleware), which mirrors.checks looks for instead.
SILENCED_SYSTEM_CHECKS = ["security.W001"]

MIDDLEWARE = [
    # Django's SecurityMiddleware, without the HTTPS redirect and HSTS on the .onion host.
    "mirrors.middleware.OnionAwareSecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Gzip for reader pages only: never the admin, a cookie or a private response (BREACH).
    "core.compression.ReaderPagesGZipMiddleware",
    # Onion-Location on reader pages, outside the page cache so it is never stored there.
    "mirrors.middleware.OnionLocationMiddleware",
    # Answers cached reader pages before sessions, routing or the database are touched.
    "page_cache.middleware.PageCacheMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin only: asks for the two-step code after the password (admin_2fa); readers never reach it.
    "admin_2fa.middleware.AdminTwoFactorMiddleware",
    # Rolls back an admin upload whose file could not be stored, with a message to the editor.
    "partner_access.upload_failures.AdminUploadFailureMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Site and page route from the cache for reader pages (an upstream workaround).
    "core.routing.CachedRouteMiddleware",
    # Last, as django-axes requires: locks out repeated failed admin logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_config.urls"

# Never compressed (core.compression): pages that carry a CSRF token or a session.
COMPRESSION_EXCLUDED_PATHS = ("/admin/",)

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

# Database: SQLite by default, PostgreSQL (or anything dj-database-url reads) from DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A kept connection that died (database restarted) is replaced before use, not failed on.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer fails a request in seconds (503 page) instead of
    # holding a worker until gunicorn kills it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 3)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default, Redis from REDIS_URL.
REDIS_URL = env_str("REDIS_URL")
# Several sites (or test runs) may share one Redis: each keeps to its own prefix.
CACHE_KEY_PREFIX = env_str("CACHE_KEY_PREFIX", "redefine")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {
                # A cache outage must slow the site down, not take it down.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-renditions",
            "TIMEOUT": 60 * 60 * 24 * 30,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        },
    }
    # Whole reader pages (page_cache), apart so that they can be sized and flushed on their own.
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-pages"}
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. The seven locales of the programme; English is the regional default.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("sv", "Svenska"),
    ("ka", "ქართული"),
    ("hy", "Հայերեն"),
    ("ro", "Română"),
    ("ru", "Русский"),
    ("be", "Беларуская"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# The zones offered in each admin user's Account → Preferences: the partners' (partners.toml) and
# UTC. A partner's staff get their partner's by default (countries.partner_time_zones), so that
# go-live times are entered and shown in local time, not UTC.
WAGTAIL_USER_TIME_ZONES = [
    "UTC",
    "Europe/Stockholm",
    "Europe/Chisinau",
    "Europe/Vilnius",
    "Europe/Minsk",
    "Asia/Tbilisi",
    "Asia/Yerevan",
]

# The admin in each editor's own language where Wagtail has a translation (Armenian has none).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in {"en", "sv", "ka", "ro", "ru", "be"}
]

# Static files, served by whitenoise (compressed, cache-busted names in production).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Serve MEDIA_ROOT from Django itself: only for a single local server (`make serve`).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Readers get no cookies. Sessions exist only for admin users, and their cookies are locked down.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_NAME = "redefine_language"

# Security headers that do not depend on HTTPS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)

# Content-Security-Policy for reader pages: everything from the site itself, nothing inline.
# core.middleware.ContentSecurityPolicyMiddleware widens it only for the admin and for a page that
# asked for one extra origin (a video host after the reader clicked, see core.blocks.VideoBlock).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Redefine"
# A page restricted to signed-in users or groups is for staff (docs/architecture.md, "Restricted
# pages"): they sign in where CSRF and session cookies are allowed, the admin's login.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# One search back end per language (PostgreSQL or OpenSearch); see docs/search.md.
WAGTAILSEARCH_BACKENDS = search_backends(
    database_engine=DATABASES["default"]["ENGINE"],
    languages=[code for code, _name in LANGUAGES],
    default_language=LANGUAGE_CODE,
    opensearch_url=env_str("OPENSEARCH_URL"),
    opensearch_index_prefix=env_str("OPENSEARCH_INDEX_PREFIX", "redefine_"),
    opensearch_timeout=env_int("OPENSEARCH_TIMEOUT", 10),
)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Checks that a document's content matches its extension (partner_access/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "partner_access.uploads.DocumentForm"
# Documents are always sent by Wagtail's serve view (/documents/<id>/<name>), which asks the
# collection's privacy; never a redirect to the file's own (public) storage URL. docs/partners.md
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_RENDITION_STORAGE = "default"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp", "avif": "avif"}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# wagtail-localize: "sync from" aliasing stays off; translators work in the translation editor.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in the translation editor, from the environment: LibreTranslate (which a
# partner can host itself) when LIBRETRANSLATE_URL is set, else DeepL when DEEPL_API_KEY is set,
# else none. Development and tests use wagtail-localize's dummy translator (no network).
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL")
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
if LIBRETRANSLATE_URL:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": LIBRETRANSLATE_URL,
            "API_KEY": env_str("LIBRETRANSLATE_API_KEY"),
        },
    }
elif DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
DUMMY_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}

# Date and number formats: Django's own per language, plus site_config/formats/<code>/ where
# Django has none (Armenian, Belarusian).
FORMAT_MODULE_PATH = ["site_config.formats"]

# Quick exit: where "Leave this site" goes in each language when the admin has not set anything
# else (Settings → Reader safety), and on error pages, which do not read the database. A neutral
# site in the reader's language: a national weather service, or that language's Wikipedia main
# page (ordinary, and certain to be there).
QUICK_EXIT_DEFAULT_URLS = {
    "en": "https://www.bbc.com/weather",
    "sv": "https://www.smhi.se/",
    "ka": "https://ka.wikipedia.org/",
    "hy": "https://hy.wikipedia.org/",
    "ro": "https://www.meteoromania.ro/",
    "ru": "https://ru.wikipedia.org/",
    "be": "https://be.wikipedia.org/",
}

# Mirrors (docs/operations.md, "Mirrors and the onion service"): the main site's address as a
# mirror and the "If this site is blocked" page give it (default: the default Wagtail Site's),
# and the onion service's host name, which is then allowed and served over plain HTTP.
MIRROR_MAIN_SITE_URL = env_str("MIRROR_MAIN_SITE_URL")
ONION_HOST = env_str("ONION_HOST").lower()
if ONION_HOST and ONION_HOST not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(ONION_HOST)

# Chat services a support page may embed (see docs/support.md): comma-separated origins. Any other
# address is refused in the admin, and only the support page using one gets it in its CSP.
SUPPORT_CHAT_ALLOWED_ORIGINS = env_list(
    "SUPPORT_CHAT_ALLOWED_ORIGINS",
    # The demo content's chat services.
    ["https://chat.example.org", "https://chatwoot.example.org"],
)

# The question box (docs/questions.md): Fernet key(s) for the readers' questions, newest first.
# Production must set QUESTIONS_ENCRYPTION_KEY (`check --deploy`: questions.E001); development
# and test settings derive one from SECRET_KEY instead.
QUESTIONS_ENCRYPTION_KEYS = env_list("QUESTIONS_ENCRYPTION_KEY")
QUESTIONS_DERIVE_KEY = False
QUESTIONS_PER_HOUR = env_int("QUESTIONS_PER_HOUR", 10)
QUESTION_LOOKUPS_PER_HOUR = env_int("QUESTION_LOOKUPS_PER_HOUR", 30)
# Unanswered questions (and rejected ones) are deleted this many days after they arrived;
# answered ones keep only their state, for the reader's lookup, this long (expire_questions).
QUESTIONS_KEEP_DAYS = 30
QUESTIONS_ANSWERED_KEEP_DAYS = 90

# Email: console in development; SMTP from the environment in production.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Redefine <no-reply@redefine.invalid>")

# Logging: no reader IP addresses or queries. Django's request logger and gunicorn's access log are
# the usual places they leak; both are kept quiet (see site_config/gunicorn.conf.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}

# Whole-page cache for anonymous readers (page_cache): see docs/operations.md.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 60 * 60 * 24)
PAGE_CACHE_BROWSER_MAX_AGE = env_int("PAGE_CACHE_BROWSER_MAX_AGE", 60)
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 60)
PAGE_CACHE_RETRY_AFTER = env_int("PAGE_CACHE_RETRY_AFTER", 30)
# X-Page-Cache: hit/miss/stale. For debugging only: in public it tells anyone whether a page was
# read since the last publish.
PAGE_CACHE_STATUS_HEADER = env_bool("PAGE_CACHE_STATUS_HEADER", False)
# How often each app process re-reads the content generation from the database, in seconds: how
# long a cache that lost or rolled back its copy can go on serving old pages (core.generation).
CONTENT_GENERATION_RECHECK_SECONDS = env_int("CONTENT_GENERATION_RECHECK_SECONDS", 1)
# Never cached: the admin, documents and media, the health check, and search at /<locale>/search/.
PAGE_CACHE_EXCLUDED_PATHS = r"^/(admin|documents|media|static|healthz)(/|$)|^/[^/]+/search(/|$)"
# The question box's forms carry a token or a reader's reference (questions.views).
PAGE_CACHE_EXCLUDED_PATHS += r"|^/[^/]+/questions/(ask|answer)/"

# Purge a CDN in front of the site when a page is published or unpublished (Wagtail's frontend
# cache). Cloudflare from FRONTEND_CACHE_CLOUDFLARE_*, any cache that accepts HTTP PURGE requests
# (Varnish, nginx, Fastly-style) from FRONTEND_CACHE_PURGE_URL.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env_str("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env_str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env_str("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }

# django-axes: lock an admin login out after repeated failures, per user name and address.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin_2fa/login_locked_out.html"
# Log lines name the account, never the address it was tried from.
AXES_CLIENT_STR_CALLABLE = "admin_2fa.login_lockout.client_str_without_address"
AXES_DISABLE_ACCESS_LOG = True
# Behind a load balancer, lock by the client's address from the proxies' header, not the proxy's
# (core/client_address.py; README, "Behind a load balancer").
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
TRUSTED_PROXY_HEADER = env_str("TRUSTED_PROXY_HEADER", "X-Forwarded-For")
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"

# Two-step verification for the admin (admin_2fa, django-otp): optional for each user; with
# ADMIN_2FA_REQUIRED=1 every account that can use the admin must set it up before anything else.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
