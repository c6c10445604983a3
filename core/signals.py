"""Keep cached fragments (navigation, footer, helplines, routes) in step with what editors publish.

Fragments are cached under a version number that every publish, unpublish, move, delete and
snippet or setting save increments, so each app process sees the change at once through the
shared cache.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

FRAGMENT_VERSION_KEY = "redefine:fragment-version"


def fragment_version() -> int:
    version = cache.get(FRAGMENT_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(FRAGMENT_VERSION_KEY, version, None)
    return version


def _bump_fragment_version() -> None:
    try:
        cache.incr(FRAGMENT_VERSION_KEY)
    except ValueError:
        cache.set(FRAGMENT_VERSION_KEY, 2, None)


def invalidate_fragments(**kwargs) -> None:
    # At once, and again when the transaction commits: another process may rebuild a fragment
    # from the old rows between the first bump and the commit.
    _bump_fragment_version()
    transaction.on_commit(_bump_fragment_version)


page_published.connect(invalidate_fragments, dispatch_uid="fragments-page-published")
page_unpublished.connect(invalidate_fragments, dispatch_uid="fragments-page-unpublished")
post_page_move.connect(invalidate_fragments, dispatch_uid="fragments-page-moved")
page_slug_changed.connect(invalidate_fragments, dispatch_uid="fragments-slug-changed")


@receiver(post_save, dispatch_uid="fragments-model-saved")
@receiver(post_delete, dispatch_uid="fragments-model-deleted")
def invalidate_on_content_models(sender, **kwargs):
    """Snippets, settings and pages that readers see in shared fragments."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    if kwargs.get("created") and issubclass(sender, BaseGenericSetting | BaseSiteSetting):
        # Created with its defaults the first time a page reads it, halfway through rendering:
        # nothing a reader saw has changed (as in page_cache.signals).
        return
    app_label = sender._meta.app_label
    if (
        app_label in {"navigation", "support", "articles", "core"}
        # Cached routes (core.routing) hold the Site and depend on the locales; whether any
        # page is restricted is cached too (core.view_restrictions).
        or sender._meta.label_lower
        in {"wagtailcore.site", "wagtailcore.locale", "wagtailcore.pageviewrestriction"}
        or (kwargs.get("signal") is post_delete and issubclass(sender, Page))
    ):
        invalidate_fragments()
