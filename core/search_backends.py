"""Build WAGTAILSEARCH_BACKENDS from the environment: one search back end per language.

Plain Python with no Django import, so that the settings module can call it.

- PostgreSQL: one database back end per language, each with the language's PostgreSQL text-search
  configuration (`SELECT cfgname FROM pg_ts_config`), so that "насилием" finds "насилие". Georgian
  and Belarusian have none in PostgreSQL: they use 'simple' (lower-case words, no stemming).
- OpenSearch (`OPENSEARCH_URL` set): one OpenSearch index per language (`<prefix><language>_...`)
  whose default analyser is the language's built-in analyser; 'standard' where there is none.
- SQLite and other databases: one database back end; SQLite's FTS5 index has no stemming per
  language, so one is enough.

The back end named "default" is the default language's: Wagtail's admin searches with it (matching
each page's title in the page's language, search/admin_page_search.py), and it also indexes what
has no locale (images, documents). See search/locale_backends for why each back
end indexes only its own language.
"""

# https://www.postgresql.org/docs/current/textsearch-configuration.html
POSTGRES_SEARCH_CONFIGS = {
    "en": "english",
    "sv": "swedish",
    "ka": "simple",
    "hy": "armenian",
    "ro": "romanian",
    "ru": "russian",
    "be": "simple",
}

# https://docs.opensearch.org/latest/analyzers/language-analyzers/index/
OPENSEARCH_ANALYZERS = {
    "en": "english",
    "sv": "swedish",
    "ka": "standard",
    "hy": "armenian",
    "ro": "romanian",
    "ru": "russian",
    "be": "standard",
}

DEFAULT_BACKEND = "default"
POSTGRES_BACKEND = "search.locale_backends.postgres"
OPENSEARCH_BACKEND = "search.locale_backends.opensearch"
DATABASE_BACKEND = "wagtail.search.backends.database"


# Text-search configurations and analysers that do not stem: the site indexes its own stems
# (core/word_forms.py) for the languages that use them.
NON_STEMMING = {"simple", "standard"}


def stems_own_words(params: dict, database_vendor: str) -> bool:
    """Whether a WAGTAILSEARCH_BACKENDS entry leaves stemming to the site (core/word_forms.py).

    The plain database back end on SQLite (FTS5) or MySQL stems no language; a PostgreSQL back end
    with `simple` or an OpenSearch index with `standard` (Georgian, Belarusian) neither.
    """
    backend = params.get("BACKEND", "")
    if backend == POSTGRES_BACKEND:
        return params.get("SEARCH_CONFIG", "simple") in NON_STEMMING
    if backend == OPENSEARCH_BACKEND:
        analyzers = params.get("INDEX_SETTINGS", {}).get("settings", {}).get("analysis", {})
        default = analyzers.get("analyzer", {}).get("default", {})
        return default.get("type", "standard") in NON_STEMMING
    if backend == DATABASE_BACKEND:
        return database_vendor != "postgresql"
    return False


def backend_name_for(language_code: str, backends: dict, default_language: str) -> str:
    """The WAGTAILSEARCH_BACKENDS entry that searches a language: its own, else "default"."""
    if language_code != default_language and language_code in backends:
        return language_code
    return DEFAULT_BACKEND


def search_backends(
    *,
    database_engine: str,
    languages: list[str],
    default_language: str,
    opensearch_url: str = "",
    opensearch_index_prefix: str = "redefine_",
    opensearch_timeout: int = 10,
) -> dict:
    """WAGTAILSEARCH_BACKENDS for this database or OpenSearch server, one entry per language."""
    if opensearch_url:
        return {
            _name(language, default_language): _opensearch_backend(
                language,
                default_language,
                opensearch_url,
                opensearch_index_prefix,
                opensearch_timeout,
            )
            for language in languages
        }
    if "postgresql" in database_engine:
        return {
            _name(language, default_language): {
                "BACKEND": POSTGRES_BACKEND,
                "LANGUAGE": language,
                "INDEXES_UNLOCALISED": language == default_language,
                "SEARCH_CONFIG": POSTGRES_SEARCH_CONFIGS.get(language, "simple"),
            }
            for language in languages
        }
    return {DEFAULT_BACKEND: {"BACKEND": DATABASE_BACKEND}}


def _name(language: str, default_language: str) -> str:
    return DEFAULT_BACKEND if language == default_language else language


def _opensearch_backend(language, default_language, url, index_prefix, timeout) -> dict:
    analyzer = OPENSEARCH_ANALYZERS.get(language, "standard")
    return {
        "BACKEND": OPENSEARCH_BACKEND,
        "LANGUAGE": language,
        "INDEXES_UNLOCALISED": language == default_language,
        "URLS": [url],
        "INDEX_PREFIX": f"{index_prefix}{language}_",
        "TIMEOUT": timeout,
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    # The analyser of every text field that does not name its own, at indexing
                    # and at search time.
                    "analyzer": {"default": {"type": analyzer}},
                }
            }
        },
    }
