"""The `localization` app: how Redefine's translators work with wagtail-localize.

It is an app, not a module of `core`, because it registers admin hooks and a URL, overrides one of
wagtail-localize's admin templates (so it must come before `wagtail_localize` in INSTALLED_APPS),
listens to signals, and ships management commands. Everything that works around a wagtail-localize
limitation lives in its own module here, whose docstring names the upstream issue and says when it
can go:

- `translator_locales`: which locales a user may translate into, and where (the locale hole).
- `submit_guard`: the submit-translation view refuses other locales and subtrees outside the
  translator's rights.
- `sync_guard`: "Sync translated pages/snippets" changes only translations the user may change,
  and publishes only where they may publish.
- `page_actions`: translators never delete, move, copy, alias, convert or unpublish pages.
- `review`: a translation goes to the partner's review workflow instead of straight live.
- `tree_repair`: `numchild` after translating a page with its subtree (wagtail-localize #773).
- `translator_permissions`: the page permissions translator groups need, granted idempotently.
- `po_files`: a whole locale's pending translations as PO files (export/import commands).
"""

from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = "Localization"

    def ready(self):
        from . import (  # noqa: F401  (importing installs the guards and signal receivers)
            page_actions,
            submit_guard,
            sync_guard,
            translator_permissions,
            tree_repair,
        )
