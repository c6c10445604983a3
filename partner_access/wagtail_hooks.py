"""Admin hooks that keep a partner's editors and moderators inside their partner's content.

Wagtail already limits the explorer, page search, workflow reports and the dashboard's review
panels to pages a user has permissions on, and images and documents to collections the user has
permissions on. What it does not limit is filled in here:

- the page chooser lists every page of the site (Wagtail allows linking anywhere); partner users
  do not see another partner's pages there;
- the explorer gets the same filter as a second line of defence;
- helplines and emergency numbers are registered with country-scoped viewsets (snippets.py);
- the admin API's images and documents endpoints list only what the choosers offer
  (media_api.py), deleting images and documents needs the collection's delete permission
  (media_permissions.py), and nobody deletes one that a live page uses (media_deletion.py);
- the users listing's "Assign role" bulk action hands out no more than the user holds (users.py);
- the Georgian admin is never upper-cased (Mtavruli, which the admin fonts lack, shows as boxes).
"""

from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from partner_access.media_api import register_scoped_media_endpoints
from partner_access.media_deletion import (
    DocumentsDeleteBulkAction,
    ImagesDeleteBulkAction,
    delete_urls,
)
from partner_access.media_permissions import DeleteNeedsDeletePermissionPolicy
from partner_access.scope import hide_foreign_partner_pages, user_can_see_page
from partner_access.snippets import (
    CountryScopedPermissionPolicy,
    EmergencyNumberViewSet,
    HelplineViewSet,
)
from partner_access.users import refuse_ungrantable_role
from support.models import EmergencyNumber, Helpline

register_permission_policy(Helpline, CountryScopedPermissionPolicy(Helpline))
register_permission_policy(EmergencyNumber, CountryScopedPermissionPolicy(EmergencyNumber))
register_snippet(HelplineViewSet)
register_snippet(EmergencyNumberViewSet)
# wagtail.images and wagtail.documents register their policies in their AppConfig.ready(), which
# may run after this module is imported; a policy for the exact class is looked up first.
for media_model, auth_model in (
    (get_image_model(), "wagtailimages.Image"),
    (get_document_model(), "wagtaildocs.Document"),
):
    register_permission_policy(
        media_model,
        DeleteNeedsDeletePermissionPolicy(
            media_model, auth_model=auth_model, owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )

# After wagtail.images' and wagtail.documents' own construct_admin_api hooks (order 0), so that
# these endpoints replace theirs.
hooks.register("construct_admin_api", register_scoped_media_endpoints, order=100)
# Media used by a live page is not deleted (media_deletion.py): these delete views go ahead of
# Wagtail's at the same paths, and these bulk actions replace Wagtail's (registered at order 0).
hooks.register("register_admin_urls", delete_urls, order=-100)
hooks.register("register_bulk_action", ImagesDeleteBulkAction, order=100)
hooks.register("register_bulk_action", DocumentsDeleteBulkAction, order=100)


@hooks.register("construct_page_chooser_queryset")
def hide_foreign_partner_pages_in_chooser(pages, request):
    return hide_foreign_partner_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_foreign_partner_pages_in_explorer(parent_page, pages, request):
    return hide_foreign_partner_pages(pages, request.user)


@hooks.register("before_copy_page")
def refuse_copying_foreign_pages(request, page):
    # Wagtail lets anyone who can edit a page copy it; this also stops copying a page the user
    # cannot see into their own subtree.
    if not user_can_see_page(request.user, page):
        raise PermissionDenied


hooks.register("before_bulk_action", refuse_ungrantable_role)


@hooks.register("insert_global_admin_css")
def georgian_admin_without_upper_case():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("partner_access/admin-georgian.css")
    )
