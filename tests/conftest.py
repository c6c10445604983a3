"""Shared fixtures: a small localized tree, built with the factories.

    Root
    ├── Home (en) ─────────────────────────── Home (sv)
    │   ├── Topics ─ Feelings (topic page)      ├── Ämnen ─ Känslor
    │   ├── Staying safe online (standard)      │
    │   └── Sweden (SE)                         └── Sverige
    │       └── MÄN (partner "man")                 └── MÄN
    │           ├── Talk to us (support)                ├── Prata med oss
    │           └── When anger takes over               └── När ilskan tar över
    │               (article, topic Feelings)               (its Swedish translation)
    └── (the default Site points at Home (en))

Everything is published. The active language is reset after each test.
"""

import gettext as gettext_module
import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Permission
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Collection, Locale, Page

from core import generation
from tests import factories
from tests.factories import build_tree
from tests.run_once import exclusive
from tests.server_fixtures import fresh_cache, server_site  # noqa: F401 (subprocess servers)


@pytest.hookimpl(tryfirst=True)  # Before pytest-xdist's own, which reads the groups.
def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (`make test`: `-n auto --dist loadgroup`), the tests that share a costly
    fixture run on one worker, so that it is made once: the demo content
    (tests/demo_content/), the app servers' PostgreSQL site, and any module-scoped fixture.
    """
    for item in items:
        fixtures = getattr(item, "_fixtureinfo", None)
        scopes = {
            definition.scope
            for definitions in (fixtures.name2fixturedefs.values() if fixtures else ())
            for definition in definitions
        }
        if "demo_output" in item.fixturenames:
            group = "demo-content"
        elif "server_site" in item.fixturenames:
            group = "servers"
        elif "module" in scopes:
            group = item.module.__name__
        else:
            continue
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations(tmp_path_factory):
    """Compile the .po catalogues as `make test` does, so templates render translated text;
    once in a run, whatever its number of processes (none reads a catalogue while it is written).

    Django and gettext cache catalogues per process; forget any loaded before the compile.
    """
    with exclusive(tmp_path_factory, "translations") as folder:
        done = folder / "translations-compiled"
        if not done.exists():
            call_command("compile_translations", verbosity=0)
            done.touch()
    gettext_module._translations.clear()
    trans_real._translations = {}
    trans_real._default = None


@pytest.fixture(scope="session")
def _media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _media(settings, _media_root):
    """Uploaded images and their renditions go to a temporary folder, not into the work tree."""
    settings.MEDIA_ROOT = str(_media_root)


@pytest.fixture(autouse=True)
def _reset_language_and_cache():
    for cache in caches.all():
        cache.clear()
    # Each test's database starts again at its first content generation: so must the process.
    generation.forget_in_process_state()
    yield
    translation.activate("en")
    for cache in caches.all():
        cache.clear()
    generation.forget_in_process_state()


@pytest.fixture
def locales(db):
    return {
        code: factories.LocaleFactory(language_code=code)
        for code in ("en", "sv", "ka", "hy", "ro", "ru", "be")
    }


# Permissions that data migrations make (post_migrate makes the models' own).
MIGRATION_PERMISSIONS = {
    "access_admin": (
        "wagtail.admin.migrations.0001_create_admin_access_permissions",
        "create_admin_access_permissions",
    ),
    "submit_translation": (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
}


def restore_migration_permissions():
    """Make again the permissions a flush took and nothing restored (seen on PostgreSQL after
    the browser tests' live servers): the models' own (post_migrate) and the data migrations'."""
    if not Permission.objects.exists():
        emit_post_migrate_signal(verbosity=0, interactive=False, db=DEFAULT_DB_ALIAS)
    for codename, (module, function) in MIGRATION_PERMISSIONS.items():
        if not Permission.objects.filter(codename=codename).exists():
            getattr(importlib.import_module(module), function)(django_apps, None)


@pytest.fixture
def tree(locales):
    """The tree drawn in this module's docstring, as a dict of pages by name."""
    # A transactional test before this one (live server, browser) may have flushed the tables,
    # taking the root page that Wagtail's migrations create with them: make it again if so.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["en"])
    )
    # The same for the root collection (setup_partners puts each partner's collection under it),
    # and for the content types and permissions that post_migrate makes (setup_partners grants
    # them): a flush without a serialized rollback to restore them leaves none.
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    restore_migration_permissions()
    return build_tree(root, locales)


@pytest.fixture
def image(db):
    return factories.ImageFactory(title="Two boys on a bench")


@pytest.fixture
def english(locales):
    return Locale.objects.get(language_code="en")
