from django.apps import AppConfig


class SupportConfig(AppConfig):
    name = "support"
    verbose_name = "Support and helplines"

    def ready(self):
        from support import number_review

        number_review.connect()
