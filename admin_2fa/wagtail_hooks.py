"""The "Two-step verification" panel on the admin Account page.

The Account page is one big form, so the panel holds links only: turning it on or off happens
on pages of its own (admin_2fa.views), each with its own form.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel

from admin_2fa import devices


class TwoFactorPanel(BaseSettingsPanel):
    name = "two_factor"
    title = _("Two-step verification")
    order = 550
    template_name = "admin_2fa/account_panel.html"

    def get_form(self):
        # Nothing to save from the Account form itself: an empty, unbound form.
        return forms.Form(prefix=self.name)

    def get_context_data(self):
        return {
            "enabled": devices.has_two_factor(self.user),
            "backup_codes_left": devices.backup_codes_left(self.user),
            "required": settings.ADMIN_2FA_REQUIRED,
        }


@hooks.register("register_account_settings_panel")
def two_factor_panel(request, user, profile):
    return TwoFactorPanel(request, user, profile)
