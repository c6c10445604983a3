"""partner_access: everything that keeps a partner inside its own boundaries in the admin.

It is an app (not a module of `countries`) because it needs Wagtail hooks, signal receivers and
settings-driven form classes that must load once, after every content app: the page chooser and
explorer filters, the country-scoped helpline snippets, the upload checks, `setup_partners`
(groups, permissions, collections, workflows) and connecting the moderator notifications
(`core.notifications`, `core.notification_language`: support and questions send them too).
Keeping them together makes the whole boundary reviewable in one place.
"""

from django.apps import AppConfig


class PartnerAccessConfig(AppConfig):
    name = "partner_access"
    verbose_name = "Partner access"

    def ready(self):
        from core import notification_language, notifications
        from partner_access import account_names, localize_snippet_permissions

        notifications.connect()
        notification_language.connect()
        account_names.install()
        localize_snippet_permissions.install()
