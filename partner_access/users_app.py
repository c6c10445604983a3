"""The `wagtail.users` app with the user viewset of partner_access/users.py.

Wagtail 8 picks its users viewset from this AppConfig attribute (`user_viewset`); it replaces
`wagtail.users` in INSTALLED_APPS and keeps its label, models and templates.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class WagtailUsersConfig(WagtailUsersAppConfig):
    user_viewset = "partner_access.users.LimitedUserViewSet"
