from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Core"

    def ready(self):
        from django.db.models.signals import post_migrate, pre_migrate

        from . import generation, signals  # noqa: F401

        pre_migrate.connect(generation.pause_while_migrating, dispatch_uid="generation-pause")
        post_migrate.connect(generation.resume_after_migrating, dispatch_uid="generation-resume")
