"""The one rule for "what readers see has changed", for every cache: pages, fragments, the CDN.

Whatever a reader is served from a cache (whole pages, rendered content, menus, footers, helplines,
routes, settings) is keyed by the content generation (`core.generation`), and this module is
the only place that decides when it goes up:

- a page is published, unpublished, moved, renamed (slug) or deleted;
- any other model is saved or deleted, except the bookkeeping in `IGNORED_MODELS` that Wagtail,
  wagtail-localize and Django write on their own (some of it while a page is rendered, which
  would otherwise empty the caches on every miss), draft saves of pages, and settings created
  with their defaults halfway through rendering a page.

So an image or document whose file is replaced, a snippet, a setting, a Site, a Locale or a
view restriction all show at the next request, on every app process.

Some changes are also *takedowns*: a page unpublished, deleted, moved, renamed or made private,
a locale removed. They raise the generation as withdrawn (the database-down fallback then never
serves a copy stored before them) and send `content_withdrawn` with the addresses the page and
its descendants had, so that `page_cache` deletes their last good copies and the CDN purges them.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import Signal, receiver
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import generation

# Sent with `addresses`: a list of (site_id, root_url, path) that no longer show what they did.
content_withdrawn = Signal()

IGNORED_MODELS = {
    "admin.logentry",
    "axes.accessattempt",
    "axes.accessfailurelog",
    "axes.accesslog",
    "contenttypes.contenttype",
    "core.contentgeneration",
    "otp_totp.totpdevice",
    "otp_static.staticdevice",
    "otp_static.statictoken",
    "sessions.session",
    "site_search.indexedword",
    "auth.user",
    "auth.group",
    "auth.permission",
    "taggit.tag",
    "wagtailadmin.admin",
    "wagtailadmin.editingsession",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagelock",
    "wagtailcore.revision",
    "wagtailcore.referenceindex",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailsearch.query",
    "wagtailsearch.querydailyhits",
    "wagtailusers.userprofile",
    "wagtail_localize.stringtranslation",
    "wagtail_localize.translationlog",
    "wagtail_localize.overridablesegment",
    "wagtail_localize.stringsegment",
    "wagtail_localize.string",
    "wagtail_localize.translationcontext",
    "wagtail_localize.relatedobjectsegment",
    "wagtail_localize.templatesegment",
    "wagtail_localize.template",
    "wagtail_localize.segmentoverride",
    "wagtail_localize.translation",
    "wagtail_localize.translationsource",
}


def fragment_version() -> int:
    """The number fragment-cache keys carry (the content generation)."""
    return generation.current_value()


def invalidate(**kwargs) -> None:
    generation.raise_now_and_on_commit()


# Kept under its old name for callers that bump the fragments on purpose (bench/bench.py).
invalidate_fragments = invalidate


def readers_may_see(sender, signal, created=False) -> bool:
    """The rule: does a save or delete of `sender` change anything a reader can be shown?"""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    if sender._meta.label_lower in IGNORED_MODELS:
        return False
    if issubclass(sender, Page) and signal is post_save:
        # A draft save changes nothing a reader sees; publishing has its own signal.
        return False
    # Settings are created with their defaults the first time a page reads them, halfway
    # through rendering that page: nothing a reader saw has changed.
    return not (created and issubclass(sender, BaseGenericSetting | BaseSiteSetting))


@receiver(post_save, dispatch_uid="content-model-saved")
@receiver(post_delete, dispatch_uid="content-model-deleted")
def invalidate_on_model_change(sender, signal, created=False, **kwargs):
    if readers_may_see(sender, signal, created):
        invalidate()


page_published.connect(invalidate, dispatch_uid="content-page-published")


# Takedowns ---------------------------------------------------------------------------------


def addresses_under(url_path: str) -> list[tuple[int, str, str]]:
    """(site_id, root_url, path) of every address that shows `url_path` or a page below it.

    Every Site and every locale root the page sits under (a country domain and the regional
    site, each with its own language prefix), as Wagtail's own URL building finds them.
    """
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation
    from wagtail.models import Site

    addresses = []
    for site_id, root_path, root_url, language_code in Site.get_site_root_paths():
        if not url_path.startswith(root_path):
            continue
        with translation.override(language_code):
            try:
                path = reverse("wagtail_serve", args=(url_path[len(root_path) :],))
            except NoReverseMatch:
                continue
        addresses.append((site_id, root_url, path))
    return addresses


def addresses_of_subtree(page, url_path: str | None = None) -> list[tuple[int, str, str]]:
    """The addresses of `page` and its descendants, under `url_path` if the page had another."""
    from wagtail.models import Page

    old_prefix = url_path or page.url_path
    paths = [old_prefix]
    for descendant_path in Page.objects.descendant_of(page).values_list("url_path", flat=True):
        # After a move or slug change the descendants carry the new prefix: map them back.
        paths.append(old_prefix + descendant_path[len(page.url_path) :])
    found = []
    for path in paths:
        found.extend(addresses_under(path))
    return found


def withdraw(addresses) -> None:
    """A takedown: raise the generation as withdrawn and tell the caches which addresses went."""
    addresses = list(dict.fromkeys(addresses))
    generation.raise_now_and_on_commit(withdrawn=True)
    content_withdrawn.send(sender=None, addresses=addresses)
    # Once more after the commit: a copy stored between the two from the old rows goes too.
    transaction.on_commit(lambda: content_withdrawn.send(sender=None, addresses=addresses))


@receiver(page_unpublished, dispatch_uid="content-page-unpublished")
def withdraw_unpublished(sender, instance, **kwargs):
    # Unpublishing with descendants, and deleting (Wagtail unpublishes first), send this for
    # every page that goes.
    withdraw(addresses_under(instance.url_path))


@receiver(pre_delete, dispatch_uid="content-locale-deleted")
def withdraw_deleted_locale(sender, instance, **kwargs):
    from wagtail.models import Locale

    # A deleted page needs nothing here: Wagtail unpublishes every live page it deletes, and
    # page_unpublished withdraws it (withdraw_unpublished). A lifted view restriction is an
    # ordinary change (invalidate_on_model_change).
    if isinstance(instance, Locale):
        # A locale's pages are deleted before it (Page.locale is protected), each withdrawn on
        # its own; the locale's root addresses go with it.
        withdraw([])


@receiver(post_page_move, dispatch_uid="content-page-moved")
def withdraw_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before != url_path_after:
        withdraw(addresses_of_subtree(instance, url_path_before))
    else:
        invalidate()


@receiver(page_slug_changed, dispatch_uid="content-slug-changed")
def withdraw_renamed(sender, instance, instance_before, **kwargs):
    withdraw(addresses_of_subtree(instance, instance_before.url_path))


@receiver(post_save, dispatch_uid="content-page-made-private")
def withdraw_made_private(sender, instance, **kwargs):
    from wagtail.models import PageViewRestriction

    if isinstance(instance, PageViewRestriction):
        # The full page must not be served from any copy kept from when it was public.
        withdraw(addresses_of_subtree(instance.page))
