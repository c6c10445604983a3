"""Invalidate every cached page when anything a reader can see changes.

One cache-wide version number is bumped (page_cache.store), rather than targeted keys: a publish
changes more than its own page (listings on the home, country and topic pages, the language
switcher of its translations, the navigation), and a snippet or setting appears on every page.
Editors publish a few times an hour; re-rendering the pages readers actually ask for afterwards
is cheap next to serving a stale one.

The version is bumped at once, and again when the surrounding transaction commits: between the
two, another process may render the page from the not-yet-committed database and cache it under
the new version; the second bump throws that copy away.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from page_cache.store import bump_version

# Models whose saves never change a rendered page: bookkeeping that Wagtail, wagtail-localize and
# Django write on their own, some of it while a page is being rendered (renditions), which would
# otherwise empty the cache on every cache miss.
IGNORED_MODELS = {
    "admin.logentry",
    "axes.accessattempt",
    "axes.accessfailurelog",
    "axes.accesslog",
    "contenttypes.contenttype",
    "otp_totp.totpdevice",
    "otp_static.staticdevice",
    "otp_static.statictoken",
    "sessions.session",
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


def invalidate_pages(**kwargs) -> None:
    bump_version()
    transaction.on_commit(bump_version)


def invalidate_on_model_change(sender, **kwargs) -> None:
    """Snippets, settings, images, documents, locales, sites and redirects; page deletions.

    Page saves are left to the publish/unpublish/move signals: a draft save changes nothing a
    reader sees. A page deletion has no Wagtail signal of its own, so post_delete covers it.
    """
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    if sender._meta.label_lower in IGNORED_MODELS:
        return
    if issubclass(sender, Page) and kwargs.get("signal") is post_save:
        return
    if kwargs.get("created") and issubclass(sender, BaseGenericSetting | BaseSiteSetting):
        # Settings are created with their defaults the first time a page reads them, halfway
        # through rendering that page: nothing a reader saw has changed.
        return
    invalidate_pages()


page_published.connect(invalidate_pages, dispatch_uid="page-cache-published")
page_unpublished.connect(invalidate_pages, dispatch_uid="page-cache-unpublished")
post_page_move.connect(invalidate_pages, dispatch_uid="page-cache-moved")
page_slug_changed.connect(invalidate_pages, dispatch_uid="page-cache-slug-changed")
post_save.connect(invalidate_on_model_change, dispatch_uid="page-cache-model-saved")
post_delete.connect(invalidate_on_model_change, dispatch_uid="page-cache-model-deleted")
