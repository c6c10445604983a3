"""The workarounds, what each covers upstream, and the releases they were checked against."""

from dataclasses import dataclass

# The releases every workaround below was last read against. Raise a version here only after
# re-reading each workaround that names the package (upstream/__init__.py says how).
CHECKED_WITH = {
    "wagtail": "8.0.1",
    "wagtail-localize": "1.14.5",
    "modelsearch": "1.3.2",
}


@dataclass(frozen=True)
class Workaround:
    module: str
    packages: tuple[str, ...]
    covers: tuple[str, ...]
    """Upstream issues or pull requests, as `owner/repo#number`; empty when none was found."""
    summary: str


WORKAROUNDS = (
    Workaround(
        "core.routing",
        ("wagtail",),
        ("wagtail/wagtail#11625",),
        "route a request with one lookup instead of two queries per tree level",
    ),
    Workaround(
        "core.view_restrictions",
        ("wagtail",),
        ("wagtail/wagtail#6300",),
        "skip the two view-restriction queries per page while no page is restricted",
    ),
    Workaround(
        "core.page_unlock",
        ("wagtail",),
        ("wagtail/wagtail#11640", "wagtail/wagtail#12455"),
        "password-protected pages open without a session or CSRF cookie",
    ),
    Workaround(
        "core.scoped_snippets",
        ("wagtail",),
        ("wagtail/wagtail#13314",),
        "snippet views check the instance, not only the model",
    ),
    Workaround(
        "partner_access.localize_snippet_permissions",
        ("wagtail-localize",),
        ("wagtail/wagtail#13314",),
        "the translation editor asks the snippet's instance-aware permission policy",
    ),
    Workaround(
        "partner_access.admin_views",
        ("wagtail",),
        (),
        "the explorer and the page types report do not show other partners' draft titles",
    ),
    Workaround(
        "localization.translator_locales",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#108",),
        "translators translate into their own locale only",
    ),
    Workaround(
        "localization.submit_guard",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#108",),
        "the Translate form refuses other locales and subtrees outside the user's rights",
    ),
    Workaround(
        "localization.sync_guard",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#108", "wagtail/wagtail-localize#676"),
        "syncing translations changes and publishes only what the user may",
    ),
    Workaround(
        "localization.page_actions",
        ("wagtail", "wagtail-localize"),
        ("wagtail/wagtail-localize#515",),
        "translators never delete, move, copy, alias, convert or unpublish pages",
    ),
    Workaround(
        "localization.review",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#676",),
        "a page translation goes to the partner's review workflow",
    ),
    Workaround(
        "localization.snippet_review",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#676", "wagtail/wagtail-localize#655"),
        "a helpline translation goes to the country's review workflow",
    ),
    Workaround(
        "localization.tree_repair",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#773",),
        "numchild is recounted after translating a subtree",
    ),
    Workaround(
        "search.fts5_quotes",
        ("modelsearch",),
        ("wagtail/wagtail#13227",),
        "a double quote in a query no longer breaks SQLite's full-text search",
    ),
    Workaround(
        "localization.removed_fields",
        ("wagtail-localize",),
        ("wagtail/wagtail-localize#590", "wagtail/wagtail-localize#955"),
        "a migration that removes a translatable field forgets its segments",
    ),
    Workaround(
        "search.locale_backends",
        ("modelsearch",),
        ("wagtail/wagtail#9253", "wagtail/django-modelsearch#61"),
        "one search index per language",
    ),
    Workaround(
        "search.admin_page_search",
        ("wagtail", "modelsearch"),
        ("wagtail/wagtail#9253", "wagtail/django-modelsearch#61"),
        "the admin's page search matches titles in each page's own language on PostgreSQL",
    ),
    Workaround(
        "support.native_time_input",
        ("wagtail",),
        (),
        "opening hours use the browser's time input, which never rewrites what was typed",
    ),
)
