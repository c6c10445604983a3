"""The PostgreSQL back end for one language: its own text-search configuration, its own pages.

Every language's back end writes to the same index table (one row per object), which is why each
adds only its language's objects: see search/locale_backends/__init__.py. Autocomplete (the
admin's page search) also matches titles in each page's language: search/admin_page_search.py.
The words of each page it indexes are kept for "Did you mean …?" (search/vocabulary.py).
"""

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)

from search import vocabulary
from search.admin_page_search import PageLanguageAutocompleteQueryCompiler
from search.locale_backends import LocaleBackendMixin, LocaleIndexMixin


class LocalePostgresIndex(LocaleIndexMixin, PostgresIndex):
    def add_items(self, model, items):
        items = [item for item in items if self.backend.indexes(item)]
        if items:
            super().add_items(model, items)
            vocabulary.record(items)

    def delete_item(self, item):
        super().delete_item(item)
        vocabulary.forget(item)


class LocalePostgresSearchBackend(LocaleBackendMixin, PostgresSearchBackend):
    index_class = LocalePostgresIndex
    # The admin's page search matches each page's title in its language: see that module.
    autocomplete_query_compiler_class = PageLanguageAutocompleteQueryCompiler


SearchBackend = LocalePostgresSearchBackend
