"""The PostgreSQL back end for one language: its own text-search configuration, its own pages.

Every language's back end writes to the same index table (one row per object), which is why each
adds only its language's objects: see search/locale_backends/__init__.py.
"""

from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)

from search.locale_backends import LocaleBackendMixin, LocaleIndexMixin


class LocalePostgresIndex(LocaleIndexMixin, PostgresIndex):
    pass


class LocalePostgresSearchBackend(LocaleBackendMixin, PostgresSearchBackend):
    index_class = LocalePostgresIndex


SearchBackend = LocalePostgresSearchBackend
