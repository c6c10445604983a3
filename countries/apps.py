from django.apps import AppConfig


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = "Countries and partners"

    def ready(self):
        # Partner staff get their partner's time zone for the admin's dates and times.
        from countries import partner_time_zones  # noqa: F401
