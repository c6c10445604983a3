"""The OpenSearch back end for one language: its own indexes, analysed in its language.

Needs the `opensearch-py` client (`pip install "redefine[opensearch]"`). See
search/locale_backends/__init__.py for why each back end indexes only its language's objects.
"""

from modelsearch.backends.opensearch3 import OpenSearch3Index, OpenSearch3SearchBackend

from search.locale_backends import LocaleBackendMixin, LocaleIndexMixin


class LocaleOpenSearchIndex(LocaleIndexMixin, OpenSearch3Index):
    pass


class LocaleOpenSearchBackend(LocaleBackendMixin, OpenSearch3SearchBackend):
    index_class = LocaleOpenSearchIndex


SearchBackend = LocaleOpenSearchBackend
