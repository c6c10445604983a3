"""What a takedown removes from the page cache and the CDN.

When to invalidate is decided in one place, `core.signals`, for every cache; every cached page is
keyed by the content generation it raises, so nothing here bumps anything. This module acts on
`core.signals.content_withdrawn` (a page unpublished, deleted, moved, renamed or made private,
and its descendants): it deletes the last good copies of every address that page had, on every
Site and in every locale, and purges those addresses from the CDN (`FRONTEND_CACHE_*`), so
that a page taken down is gone from every copy, not just from the current generation.

Wagtail's frontend cache purges on publish and unpublish itself; moves, renames and privacy
changes are purged here (the old addresses), and purging twice is harmless.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core.signals import content_withdrawn
from page_cache import store


@receiver(content_withdrawn, dispatch_uid="page-cache-withdrawn")
def remove_withdrawn_copies(sender, addresses, **kwargs):
    if not addresses:
        return
    store.page_cache().delete_many(
        [store.last_good_key(site_id, path) for site_id, _root_url, path in addresses]
    )
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache([root_url.rstrip("/") + path for _id, root_url, path in addresses])


@receiver(post_save, dispatch_uid="page-cache-site-saved")
@receiver(post_delete, dispatch_uid="page-cache-site-deleted")
def forget_sites(sender, **kwargs):
    from wagtail.models import Site

    if issubclass(sender, Site):
        # Which Site answers which host is cached (page_cache.store.site_id_for).
        store.forget_sites()
