from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = _("Support and helplines")

    def ready(self):
        from support import number_review, time_zones  # noqa: F401 (time_zones: its check)

        number_review.connect()
