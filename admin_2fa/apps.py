from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Admin2FAConfig(AppConfig):
    name = "admin_2fa"
    verbose_name = _("Two-step verification")
