"""Which pages reader listings may show: none with a view restriction, nor any page below one.

A page an administrator restricted (a password, "signed-in users" or groups, in the page's
Privacy setting) is left out of every listing, for everyone: the home, country, partner, topic
and topic index pages, "read more" cards, search results and their filters, the sitemap, the
hreflang links and the language switcher. Listings are shared by every reader (the whole-page
cache and the fragment cache), so they cannot depend on who asks; a restricted page is reached
only by its address (docs/architecture.md, "Restricted pages").

Wagtail's `PageQuerySet.public()` gives the same answer, but queries every restriction each time
it is called. Here the restricted paths are cached under the fragment version, which
`core.signals` increments whenever a restriction is saved or deleted and whenever a page moves.
"""

from django.db.models import Q

from core.fragments import cached


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of every page that has a view restriction of its own."""
    from wagtail.models import PageViewRestriction

    def build():
        return tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))))

    return cached("restricted-paths", build)


def without_restricted(queryset):
    """`queryset` without restricted pages and their descendants (no query while cached)."""
    paths = restricted_paths()
    if not paths:
        return queryset
    under_a_restriction = Q()
    for path in paths:
        under_a_restriction |= Q(path__startswith=path)
    return queryset.exclude(under_a_restriction)


def readers_pages(model, language_code: str):
    """The live pages of `model` a reader may list in a language: not restricted, not aliases,
    in tree order, without the joins of `select_related` (the country lists of search and
    "Get help", the support pages the header's "Talk to someone" leads to)."""
    return (
        without_restricted(model.objects.live())
        .filter(locale__language_code=language_code, alias_of__isnull=True)
        .select_related(None)
        .order_by("path")
    )


def is_restricted(page) -> bool:
    """Whether `page` has a view restriction, or sits below a page that has one."""
    return any(page.path.startswith(path) for path in restricted_paths())
