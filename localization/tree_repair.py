"""Keep the page tree's `numchild` right after translating a page with its subtree.

Works around wagtail/wagtail-localize#773 ("Page tree problems after translating including
subtree"): the translated pages' `numchild` can stay 0, so their children vanish from the admin's
page explorer. After wagtail-localize's `translate_page_subtree` runs, every page in the target
locales that has a translation key from the subtree (and its parent) gets `numchild` recounted
from the tree itself. It only ever corrects a wrong count (and logs a warning when it does), so it
is harmless once upstream is fixed. With wagtail-localize 1.14.5 and Wagtail 8.0.1 the issue's
reproduction (translate the home page with its subtree into a new locale) did not leave a wrong
count in our tests, on SQLite or PostgreSQL; the issue is still open upstream. Remove this module
when #773 is closed, or when the warning has never been logged in production for a release.
"""

import logging

from django.db.models import Q
from wagtail.models import Page
from wagtail_localize import operations
from wagtail_localize.views import submit_translations

logger = logging.getLogger(__name__)

_wagtail_localize_translate_page_subtree = operations.translate_page_subtree


def repair_numchild(pages) -> int:
    """Recount `numchild` of `pages` from the tree; returns how many were wrong."""
    repaired = 0
    for page in pages:
        actual = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        if page.numchild != actual:
            Page.objects.filter(pk=page.pk).update(numchild=actual)
            repaired += 1
    if repaired:
        logger.warning("Repaired numchild of %d pages (wagtail-localize #773).", repaired)
    return repaired


def pages_touched_by_subtree_translation(source_page: Page, locales) -> list[Page]:
    subtree = Page.objects.filter(path__startswith=source_page.path)
    translated = Page.objects.filter(
        translation_key__in=subtree.values("translation_key"),
        locale__in=[locale.pk for locale in locales],
    )
    parents = Q()
    for page in translated:
        parents |= Q(path=page.path[: -Page.steplen])
    pages = list(translated)
    if parents:
        pages += list(Page.objects.filter(parents))
    return pages


def translate_page_subtree(page_id, locales, components, user):
    _wagtail_localize_translate_page_subtree(page_id, locales, components, user)
    source_page = Page.objects.get(pk=page_id)
    repair_numchild(pages_touched_by_subtree_translation(source_page, locales))


operations.translate_page_subtree = translate_page_subtree
# The submit view imported the function by name: replace it there too.
submit_translations.translate_page_subtree = translate_page_subtree
