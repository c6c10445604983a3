"""The admin's page search on PostgreSQL, matching each page's title in the page's own language.

Wagtail's admin page search (the explorer's search and `/admin/pages/search/`, Wagtail 8.0.x)
calls `queryset.autocomplete(q)` on the `default` back end. django-modelsearch's PostgreSQL
autocomplete (`PostgresAutocompleteQueryCompiler`, checked with the modelsearch that Wagtail 8.0.x
ships) matches the start of words in the `autocomplete` vector, built with the `simple`
configuration: no stemming in any language, so "армия" does not find "Служба в армии" and
"känsla" does not find "Känslor". Each page's `title` vector, though, is built by its own
language's back end with that language's configuration (search/locale_backends/), and a query
must be parsed with the same configuration to match it; Wagtail has no way to say "parse the
query with the configuration of each row" (https://github.com/wagtail/wagtail/issues/9253,
per-language indexes planned in https://github.com/wagtail/django-modelsearch/issues/61).

So the autocomplete here keeps Wagtail's prefix match and adds, for each language of
`WAGTAILSEARCH_BACKENDS`, "a page of this language whose title matches the query parsed with this
language's configuration". It only changes searches of translatable models (pages, snippets) with
no explicit `fields`; the queryset it is given (already limited to what the user may explore) is
only ever narrowed. Remove this module when modelsearch indexes and searches per language itself.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchRank
from django.db.models import F, Q
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from wagtail.models import TranslatableMixin


def title_configs_by_language() -> dict[str, str]:
    """{language code: PostgreSQL text-search configuration} of the per-language back ends."""
    return {
        params["LANGUAGE"]: params["SEARCH_CONFIG"]
        for params in settings.WAGTAILSEARCH_BACKENDS.values()
        if params.get("LANGUAGE") and params.get("SEARCH_CONFIG")
    }


class PageLanguageAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """Wagtail's prefix autocomplete, or a whole title word in the page's language."""

    def search(self, config, start, stop, score_field=None, backend=None):
        configs = title_configs_by_language()
        if not configs or not self._searches_by_language():
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        prefix_query = self.build_tsquery(self.query, config=config)
        if prefix_query is None:  # no words at all: Wagtail's own answer
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        # Parses the query into whole words (no prefix on the last one), as reader search does.
        whole_words = PostgresSearchQueryCompiler(self.queryset, self.query)
        rank = self._build_rank_expression(self.get_search_vectors(prefix_query), config)
        matches = Q(_autocomplete_vector_=prefix_query)
        for language, title_config in configs.items():
            title_query = whole_words.build_tsquery(self.query, config=title_config)
            matches |= Q(locale__language_code=language, _title_vector_=title_query)
            # A query parsed with another language's rules ranks (close to) 0 on this title.
            rank += SearchRank(F("index_entries__title"), title_query)

        queryset = self.queryset.annotate(
            _autocomplete_vector_=F("index_entries__autocomplete"),
            _title_vector_=F("index_entries__title"),
        ).filter(matches)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def _searches_by_language(self) -> bool:
        query = self.query
        return (
            self.fields is None
            and issubclass(self.queryset.model, TranslatableMixin)
            and not isinstance(query, (MatchAll, Fuzzy))
            and not (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        )
