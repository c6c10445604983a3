from django.apps import AppConfig


class UpstreamConfig(AppConfig):
    name = "upstream"
    verbose_name = "Upstream workarounds"

    def ready(self):
        from . import checks  # noqa: F401  (registers the version check)
