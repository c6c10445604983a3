"""Search back ends that index only one language's content: one back end per language.

Wagtail's search (django-modelsearch) gives a back end one language setting (`SEARCH_CONFIG` for
PostgreSQL, analysers for OpenSearch) and indexes every object in every back end. For a site in
seven languages that means either one stemmer for all of them, or, with one database back end per
language, each back end overwriting the others' entries in the shared index table, so the last one
configured wins (https://github.com/wagtail/wagtail/issues/9253). Per-language indexes are
planned upstream (https://github.com/wagtail/django-modelsearch/issues/61, following
https://github.com/wagtail/wagtail/issues/1177).

Until then, each back end here is configured with a `LANGUAGE` and adds only the objects whose
locale has that language; the default language's back end (`INDEXES_UNLOCALISED`) also adds
objects without a locale (images, documents). Deleting goes to every back end, as before.
Searching uses the back end of the reader's language (`search.views`). Remove this package, and
the `LANGUAGE`/`INDEXES_UNLOCALISED` settings, when modelsearch indexes per language itself.
"""

from functools import cached_property


class LocaleBackendMixin:
    """A search back end for the content of one language (the `LANGUAGE` setting)."""

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE")
        self.indexes_unlocalised = params.pop("INDEXES_UNLOCALISED", False)
        super().__init__(params)

    @cached_property
    def locale_ids(self) -> frozenset[int]:
        from wagtail.models import Locale

        return frozenset(
            Locale.objects.filter(language_code=self.language).values_list("pk", flat=True)
        )

    def indexes(self, obj) -> bool:
        """Whether this back end holds `obj`: in its language, or without a locale if default."""
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is None:
            return self.indexes_unlocalised
        return locale_id in self.locale_ids


class LocaleIndexMixin:
    """An index that drops the objects its back end's language does not hold."""

    def add_item(self, item):
        if self.backend.indexes(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if self.backend.indexes(item)]
        if items:
            super().add_items(model, items)
