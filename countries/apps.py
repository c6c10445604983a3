from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = _("Countries and partners")

    def ready(self):
        # Partner staff get their partner's time zone for the admin's dates and times.
        from countries import partner_time_zones  # noqa: F401
