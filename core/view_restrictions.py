"""Skip Wagtail's two view-restriction queries on every page while no page is restricted.

Before serving any page, Wagtail's `check_view_restrictions` (`wagtail/wagtail_hooks.py`, the
`on_serve_page` hook) calls `page.get_view_restrictions()`, which queries the page's ancestors
and then their restrictions: two queries per request, cached nowhere. Upstream has no issue for
it; caching protected paths was only suggested in review (wagtail/wagtail#6300). This site is
public: restrictions (password, login, groups) exist only if an administrator adds one. So
`BasePage.get_view_restrictions` asks `any_view_restrictions()` first, which reads the
restricted pages' paths from the fragment cache, under the version that `core.signals`
increments whenever a restriction is saved or deleted; while any restriction exists, Wagtail's
own query runs unchanged. Remove once Wagtail avoids the queries itself.
"""


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (see BasePage.get_view_restrictions): from the
    restricted paths the listings keep anyway (core.reader_listings), so no query of its own."""
    from core.reader_listings import restricted_paths

    return bool(restricted_paths())
