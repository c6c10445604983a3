from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_migrate, pre_migrate

        from . import generation, signals  # noqa: F401

        pre_migrate.connect(generation.pause_while_migrating, dispatch_uid="generation-pause")
        post_migrate.connect(generation.resume_after_migrating, dispatch_uid="generation-resume")
