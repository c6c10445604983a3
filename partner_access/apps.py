"""partner_access: everything that keeps a partner inside its own boundaries in the admin.

It is an app (not a module of `countries`) because it needs Wagtail hooks, signal receivers and
settings-driven form classes that must load once, after every content app: the page chooser and
explorer filters, the country-scoped helpline snippets, the upload checks and the moderator
notifications. Keeping them together makes the whole boundary reviewable in one place.
"""

from django.apps import AppConfig


class PartnerAccessConfig(AppConfig):
    name = "partner_access"
    verbose_name = "Partner access"

    def ready(self):
        from partner_access import (
            account_names,
            localize_snippet_permissions,
            notification_language,
            notifications,
        )

        notifications.connect()
        notification_language.connect()
        account_names.install()
        localize_snippet_permissions.install()
