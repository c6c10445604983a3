"""A translation goes through the owning partner's review workflow before it is live.

Works around wagtail-localize's translation editor, which offers only "Publish in <language>"
(to users who may publish) and no "Submit for moderation": a translator without publish rights
could save strings but never send the page to the partner's moderators (the editor and Wagtail's
workflows are not connected: wagtail/wagtail-localize#676). `submit_translation_for_review`
saves the translated strings as a new draft revision of the target page, without touching what
readers see, and starts the workflow that applies to the page (the partner's "… review", attached
to the partner page in every locale); the moderator's approval publishes it. A translator who also
has publish rights there may still publish directly, as in Wagtail.

Also here: translators may edit translations only. Their `change_page` on the locale's tree
(`translator_permissions`) would otherwise let them rewrite pages written in that language by a
partner. Remove this module when the translation editor can submit to a workflow upstream.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation

from .translator_locales import page_rights_only_as_translator


def translation_of(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target is `page`."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def review_blocker(page: Page, user) -> str | None:
    """Why `page` cannot be submitted for review by `user` now, or None."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return _("You may not edit this page.")
    if permissions.page_locked():
        return _("This page is locked.")
    if page.get_workflow() is None:
        return _("This page has no review workflow. Ask a regional administrator.")
    if page.workflow_in_progress:
        return _("This page is already waiting for review.")
    return None


def save_draft_keeping_live_content(translation: Translation, page: Page, user):
    """Save the translation as a draft revision; readers keep seeing the published version.

    wagtail-localize 1.14's `save_target(publish=False)` writes the translated fields to the page
    row before saving the revision, and for a live page that row is what readers see (checked:
    the live title changed without publishing). Put the live content back. Upstream's draft
    handling is wagtail/wagtail-localize#655 and #463.
    """
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    page.refresh_from_db()
    if live_revision is not None:
        latest_revision = page.latest_revision
        draft_title = page.draft_title
        live_object = live_revision.as_object()
        live_object.latest_revision = latest_revision
        live_object.draft_title = draft_title
        live_object.has_unpublished_changes = True
        live_object.save(clean=False)
        page.refresh_from_db()
    return page


@require_POST
def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_of(page)
    if translation is None or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = redirect("wagtailadmin_pages:edit", page.pk)
    blocker = review_blocker(page, request.user)
    if blocker:
        messages.error(request, blocker)
        return edit_url
    try:
        with transaction.atomic():
            page = save_draft_keeping_live_content(translation, page, request.user)
            page.get_workflow().start(page, request.user)
    except ValidationError:
        messages.error(
            request,
            _("The translation could not be saved: fix the errors shown in the editor first."),
        )
        return edit_url
    messages.success(
        request,
        _("'%(page)s' was submitted for review.") % {"page": page.get_admin_display_title()},
    )
    return edit_url


def changes_only_as_translator(user, page: Page) -> bool:
    """True when `user`'s right to change `page` comes from translator groups alone."""
    return page_rights_only_as_translator(user, page)


def refuse_translator_editing_originals(request, page):
    """`before_edit_page` hook: a translator opens only translations in the editor."""
    if changes_only_as_translator(request.user, page) and translation_of(page) is None:
        messages.error(
            request,
            _("'%(page)s' is not a translation: only its authors may edit it.")
            % {"page": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None
