from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "page_cache"
    verbose_name = "Page cache and fault handling"

    def ready(self):
        # Connect the invalidation and database-error receivers.
        from page_cache import database_errors, signals  # noqa: F401
