"""The full demo site (`load_demo_content`: 7 locales, 6 partners), served for the browser.

Used by the browser tests (the session fixture `demo_site` in conftest.py), `make screenshots`
and `make lighthouse`. The site runs in its own process with its own SQLite file and media
folder in a temporary directory, so it never touches the test database, the developer's
`db.sqlite3` or the work tree; `DATABASE_URL` and other service variables of the calling
environment are ignored on purpose.

`build()` migrates, loads the demo content and returns a map of the pages each locale has, found
in the database rather than written down here, so that the tests follow the demo content:

    {"en": {"home": "/en/", "country": ..., "topic": ..., "article": ..., "support": ...,
            "search_word": ..., "warning_article": ..., "topic_index": ...,
            "journey": {"country": "/en/georgia/", "country_code": "GE", "topic": ...,
                        "article": ..., "article_title": ..., "support": ..., "chat_link": ...,
                        "search_word": ..., "translations": {"ka": "/ka/georgia/..."}}}, ...}

"journey" is the article the reader journeys use: no content warning, from a partner whose chat
opens in the page (every locale but Romanian has one).
"""

import base64
import json
import os
import secrets
from pathlib import Path

from tests.servers import AppServer, manage

SETTINGS = "tests.browser.settings"
PRODUCTION_SETTINGS = "tests.browser.settings_production"
# The partner whose pages a locale's journeys use: one with a chat in a frame, where it exists.
PREFERRED_COUNTRY = {
    "en": "GE",
    "sv": "SE",
    "ka": "GE",
    "hy": "AM",
    "ro": "MD",
    "ru": "BY",
    "be": "BY",
}


def demo_env(workdir: Path, production: bool = False, **overrides) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(
            ("DATABASE_", "REDIS_", "DJANGO_", "PYTEST", "AWS_", "OPENSEARCH_", "MEDIA_")
        )
    }
    env.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION_SETTINGS if production else SETTINGS,
        DATABASE_URL=f"sqlite:///{workdir / 'demo.sqlite3'}",
        MEDIA_ROOT=str(workdir / "media"),
        WEB_CONCURRENCY="1" if not production else "2",
        GUNICORN_THREADS="8",
    )
    if production:
        env.update(
            SECRET_KEY=secrets.token_urlsafe(50),
            # The question box's key (docs/questions.md): production has no derived one.
            QUESTIONS_ENCRYPTION_KEY=base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
            STATIC_ROOT=str(workdir / "static"),
            PAGE_CACHE_DIR=str(workdir / "page-cache"),
            CACHE_DIR=str(workdir / "cache"),
            SECURE_SSL_REDIRECT="0",
            SECURE_HSTS_SECONDS="0",
            ALLOWED_HOSTS="127.0.0.1,localhost",
        )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def build(
    workdir: Path, timeout: int = 1200, reuse: bool = False, production: bool = False
) -> dict:
    """Migrate a new database in `workdir`, load the demo content; the page map (JSON).

    The time limit only stops a hung build: on a loaded 2-core CI machine the demo's seven
    locales take several minutes.

    With `reuse`, a database already in `workdir` is kept as it is (only the map is made again):
    for trying changes to templates, CSS and JS quickly (`BROWSER_DEMO_SITE_DIR`, conftest.py).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "demo.sqlite3"
    if reuse and database.exists():
        code = "from tests.browser.demo_site import map_here; map_here()"
    else:
        database.unlink(missing_ok=True)
        code = "from tests.browser.demo_site import build_here; build_here()"
    output = manage(
        "shell", "--no-imports", "-c", code, env=demo_env(workdir, production), timeout=timeout
    )
    pages = json.loads(output.strip().splitlines()[-1])
    (workdir / "pages.json").write_text(json.dumps(pages, indent=2, ensure_ascii=False))
    return pages


def serve(workdir: Path, production: bool = False) -> AppServer:
    """gunicorn on a free port, serving the site `build(workdir)` made; call `.start()`."""
    return AppServer(demo_env(workdir, production), workdir / "gunicorn.log")


def build_here() -> None:
    """Inside the demo site's process (manage.py shell): build, then print the page map."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("compile_translations", verbosity=0)
    if settings.SETTINGS_MODULE == PRODUCTION_SETTINGS:
        call_command("collectstatic", "--noinput", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo_content", "--no-users", verbosity=0, stdout=quiet)
    map_here()


def map_here() -> None:
    print(json.dumps(page_map(), ensure_ascii=False))


def page_map() -> dict:
    from django.conf import settings
    from wagtail.models import Page

    from articles.models import ArticlePage, TopicIndexPage, TopicPage
    from countries.models import CountryPage
    from home.models import HomePage
    from support.models import SupportPage

    pages = {}
    for code, _name in settings.LANGUAGES:
        home = HomePage.objects.live().filter(locale__language_code=code).first()
        if home is None:
            continue
        articles = list(
            ArticlePage.objects.live()
            .filter(locale__language_code=code)
            .order_by("path")
            .prefetch_related("topics")
        )
        found = {"home": home.url}
        # One page of each type for the page checks (axe), whatever its chat.
        first = next((a for a in articles if not a.has_content_warning), articles[0])
        found.update(
            country=CountryPage.objects.live().ancestor_of(first).get().url,
            topic=TopicPage.objects.live()
            .filter(locale__language_code=code, topic__in=first.topics.all())
            .order_by("path")
            .first()
            .url,
            article=first.url,
            support=SupportPage.objects.live().child_of(first.get_parent()).first().url,
            search_word=longest_word(first.title),
        )
        # The journeys' article: no content warning, in the preferred country when possible,
        # from a partner whose support page has a chat that opens in the page.
        for article in sorted(
            articles,
            key=lambda a: (
                CountryPage.objects.ancestor_of(a).first().country_code != PREFERRED_COUNTRY[code]
            ),
        ):
            support = SupportPage.objects.live().child_of(article.get_parent()).first()
            chat = support.chat if support else None
            if article.has_content_warning or not chat or chat.is_messenger:
                continue
            country = CountryPage.objects.live().ancestor_of(article).get()
            topic_page = (
                TopicPage.objects.live()
                .filter(locale__language_code=code, topic__in=article.topics.all())
                .order_by("path")
                .first()
            )
            if topic_page is None:
                continue
            found["journey"] = {
                "country": country.url,
                "country_code": country.country_code,
                "topic": topic_page.url,
                "article": article.url,
                "article_title": article.title,
                "support": support.url,
                "chat_link": chat.link,
                "search_word": longest_word(article.title),
                "translations": {
                    translation.locale.language_code: translation.url
                    for translation in article.get_translations().live()
                },
            }
            break
        warning = next((a for a in articles if a.has_content_warning), None)
        if warning is not None:
            found["warning_article"] = warning.url
        index = TopicIndexPage.objects.live().filter(locale__language_code=code).first()
        if index is not None:
            found["topic_index"] = index.url
        pages[code] = found
    assert Page.objects.live().count() > 100, "the demo content did not load"
    return pages


def longest_word(text: str) -> str:
    return max(text.split(), key=len).strip(",.:;!?«»“”„\"'")
