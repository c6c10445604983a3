"""Refuse deleting an image or document that a live page uses, for everyone (issue 19.3).

Upstream behaviour worked around (checked on Wagtail 8.0.1, with wagtail-localize 1.14.5
installed): Wagtail's delete views for images and documents (the delete view, the bulk delete
action, the multiple-upload page's delete) look the object up in the reference index
(`ReferenceIndex.get_grouped_references_to`) but refuse only when a reference's `on_delete` is
`PROTECT` (`ReferenceGroups.is_protected`). Image fields here are `SET_NULL` and StreamField and
rich-text references have no `on_delete` at all, so an image on a live article could be deleted
and the article would lose it at once. There is no hook before these deletes.

Here the same views are subclassed and put in place of Wagtail's:

- the delete view and the bulk delete confirmation mark an object used by a live page as
  protected (Wagtail then offers no "Yes, delete" button) and say where it is used;
- their POST, and the multiple-upload delete, refuse it: the delete view and bulk action
  redirect with that error message, the multiple-upload delete answers 409 with it; nothing is
  deleted.

The single and multiple-upload delete URLs are registered under Wagtail's own paths, ahead of
Wagtail's (`register_admin_urls`, order -100), and the bulk actions replace Wagtail's in the
bulk action registry (`register_bulk_action`, order 100); see `partner_access.wagtail_hooks`.
Who may delete at all is `partner_access.media_permissions`; it is asked first, so a user who
may not delete learns nothing about where an object is used.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.documents.views import documents as document_views
from wagtail.documents.views import multiple as document_multiple_views
from wagtail.documents.views.bulk_actions.delete import (
    DeleteBulkAction as DocumentDeleteBulkAction,
)
from wagtail.images.views import images as image_views
from wagtail.images.views import multiple as image_multiple_views
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDeleteBulkAction
from wagtail.models import Page, ReferenceIndex

from partner_access.scope import user_can_see_page

# Enough to find them; the usage page lists them all.
NAMED_PAGES = 5


def live_pages_using(obj) -> list[Page]:
    """The live pages that use `obj` (in a field, a StreamField block or a rich-text link).

    The reference index records a page's own row, which holds its live content; what is only in
    a draft is not counted, since readers do not see it.
    """
    pages = []
    for source, _references in ReferenceIndex.get_grouped_references_to(obj):
        if isinstance(source, Page) and source.live:
            pages.append(source)
    return pages


def in_use_message(obj, pages, user) -> str:
    visible = [page for page in pages if user_can_see_page(user, page)]
    names = [
        f"“{page.get_admin_display_title()}” ({page.locale.language_code})"
        for page in visible[:NAMED_PAGES]
    ]
    if len(visible) > NAMED_PAGES:
        names.append("…")
    if len(visible) < len(pages):
        names.append(_("pages of other partners"))
    return _(
        "“%(title)s” cannot be deleted: it is used on live pages: %(pages)s. Remove it from "
        "those pages and publish them, then delete it."
    ) % {"title": obj.title, "pages": ", ".join(names)}


class RefuseDeletingInUseMixin:
    """For Wagtail's generic DeleteView: its permission check runs first (dispatch)."""

    edit_url_name = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = live_pages_using(self.object)
        if pages:
            # Wagtail's template then shows no "Yes, delete" button.
            context["is_protected"] = True
            messages.error(self.request, in_use_message(self.object, pages, self.request.user))
        return context

    def post(self, request, *args, **kwargs):
        pages = live_pages_using(self.object)
        if pages:
            messages.error(request, in_use_message(self.object, pages, request.user))
            return redirect(reverse(self.edit_url_name, args=[self.object.pk]))
        return super().post(request, *args, **kwargs)


class ImageDeleteView(RefuseDeletingInUseMixin, image_views.DeleteView):
    edit_url_name = "wagtailimages:edit"


class DocumentDeleteView(RefuseDeletingInUseMixin, document_views.DeleteView):
    edit_url_name = "wagtaildocs:edit"


class RefuseDeletingInUseFromUploadsMixin:
    """For the multiple-upload page's delete (JSON): permission first, then use."""

    def post(self, request, *args, **kwargs):
        self.model = self.get_model()
        obj = get_object_or_404(self.model, pk=kwargs[self.pk_url_kwarg])
        if not self.permission_policy.user_has_permission_for_instance(request.user, "delete", obj):
            raise PermissionDenied
        pages = live_pages_using(obj)
        if pages:
            return JsonResponse(
                {"success": False, "error_message": in_use_message(obj, pages, request.user)},
                status=409,
            )
        return super().post(request, *args, **kwargs)


class ImageUploadsDeleteView(RefuseDeletingInUseFromUploadsMixin, image_multiple_views.DeleteView):
    pass


class DocumentUploadsDeleteView(
    RefuseDeletingInUseFromUploadsMixin, document_multiple_views.DeleteView
):
    pass


class RefuseDeletingInUseInBulkMixin:
    """For Wagtail's bulk delete actions: objects the user may not delete are already set aside
    (`check_perm`); of the rest, any that a live page uses stops the whole action."""

    def annotate_items(self, items):
        items = super().annotate_items(items)
        self.in_use = {}
        for item in items:
            pages = live_pages_using(item)
            if pages:
                self.in_use[item.pk] = in_use_message(item, pages, self.request.user)
        if self.in_use:
            self.is_protected = True
        return items

    def object_context(self, item):
        context = super().object_context(item)
        if item.pk in self.in_use:
            context["is_protected"] = True
        return context

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for message in self.in_use.values():
            messages.error(self.request, message)
        return context

    def prepare_action(self, objects, objects_without_access):
        if self.in_use:
            for message in self.in_use.values():
                messages.error(self.request, message)
            messages.error(self.request, _("Nothing was deleted."))
            return redirect(self.next_url)
        return super().prepare_action(objects, objects_without_access)


class ImagesDeleteBulkAction(RefuseDeletingInUseInBulkMixin, ImageDeleteBulkAction):
    pass


class DocumentsDeleteBulkAction(RefuseDeletingInUseInBulkMixin, DocumentDeleteBulkAction):
    pass


def delete_urls():
    """Wagtail's own paths (wagtail/images/admin_urls.py, wagtail/documents/admin_urls.py), so
    that `reverse("wagtailimages:delete", ...)` and the admin's buttons reach these views."""
    return [
        path("images/<int:image_id>/delete/", ImageDeleteView.as_view()),
        path("images/multiple/<int:image_id>/delete/", ImageUploadsDeleteView.as_view()),
        path("documents/delete/<int:document_id>/", DocumentDeleteView.as_view()),
        path("documents/multiple/<int:doc_id>/delete/", DocumentUploadsDeleteView.as_view()),
    ]
