"""A reader page's rendered content (its `{% block content %}`), kept in the fragment cache.

Rendering an article's body, images, topic chips and "read more" cards, or a listing's cards,
is most of the cost of a page that the whole-page cache (page_cache) cannot answer: a request
with a query string, a signed-in editor, a server running with PAGE_CACHE_ENABLED=0, and the
first request for each page after every publish. The rendered HTML is therefore kept under a key
made of:

- the page's `cache_key` (Wagtail's: id, URL path and last publication time),
- the Wagtail site and the active language,
- the fragment version of `core.signals`, which every publish, unpublish, move, slug change,
  deletion and snippet, setting, Site or Locale save increments.

So a new revision, a changed snippet or a newly published translation shows at once, on every
app process, exactly as for the navigation and footer fragments. Never used for previews
(`request.is_preview`: a draft must not be served from, or stored as, the live content), and
not for pages whose content depends on the moment or the request (`content_fragment_cacheable`:
a support page's "open now", a listing filtered by its query string).

`BasePage.get_context` looks the fragment up once, with the page's breadcrumbs and live
translations (kept with it, under the same key, for the breadcrumbs, hreflang links and language
switcher); a page's `get_context` skips building what only the content needs when it was found
(`context["content_fragment"].is_cached`), and the `{% content_fragment %}` tag around
`{% block content %}` in base.html serves or stores it.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils import translation

from core.signals import fragment_version

CONTENT_TIMEOUT = 60 * 60
ENTRY_FIELDS = {"html", "breadcrumbs", "translations"}
FRAGMENT_TIMEOUT = 60 * 60


def cached(name: str, build, *parts, timeout: int = FRAGMENT_TIMEOUT):
    """`build()`'s result, built once until something readers see changes.

    The one way the site keeps what it builds from the database for every reader alike (lists
    of support pages, helplines of a country, crisis words, the safety setting, restricted
    paths): the key is `name`, the `parts` that tell one result from another (a language, a
    country, a page id) and the fragment version of `core.signals`, so a publish or a saved
    snippet makes every such result stale at once, on every app process. A result of `None`,
    `False` or an empty list is kept too (wrapped, so that it is told apart from a miss).
    """
    key = ":".join(["fragment", name, *(str(part) for part in parts), str(fragment_version())])
    found = cache.get(key)
    if isinstance(found, tuple) and len(found) == 1:
        return found[0]
    value = build()
    cache.set(key, (value,), timeout)
    return value


def cached_for_language(name: str, build):
    """`build()`'s result for the active language (the menus, the footer, the header's support
    offers), as `cached`."""
    return cached(name, build, translation.get_language())


@dataclass
class ContentFragment:
    """The rendered content, and the ancestors and translations the rest of the page shows."""

    key: str | None
    html: str | None = None
    breadcrumbs: list | None = None
    translations: list | None = None

    @property
    def is_cached(self) -> bool:
        return self.html is not None


def lookup_content(page, request) -> ContentFragment:
    """The page's cached content for this request, if it may be cached and is."""
    if (
        request is None
        or getattr(request, "is_preview", False)
        or not page.live
        or not page.content_fragment_cacheable(request)
    ):
        return ContentFragment(key=None)
    from wagtail.models import Site

    site = Site.find_for_request(request)
    key = ":".join(
        [
            "fragment:content",
            page.cache_key,
            str(site.pk if site else 0),
            translation.get_language() or "",
            str(fragment_version()),
        ]
    )
    entry = cache.get(key)
    if not isinstance(entry, dict) or entry.keys() != ENTRY_FIELDS:
        # Nothing cached yet (or stored by an older release in another shape).
        return ContentFragment(key=key)
    return ContentFragment(key=key, **entry)


def store_content(fragment: ContentFragment, html: str) -> None:
    if fragment.key is not None and fragment.breadcrumbs is not None:
        entry = {
            "html": html,
            "breadcrumbs": fragment.breadcrumbs,
            "translations": fragment.translations,
        }
        cache.set(fragment.key, entry, CONTENT_TIMEOUT)
