"""Admin hooks that keep a partner's editors and moderators inside their partner's content.

Wagtail already limits the explorer, page search, workflow reports and the dashboard's review
panels to pages a user has permissions on, and images and documents to collections the user has
permissions on. What it does not limit is filled in here:

- the page chooser lists every page of the site (Wagtail allows linking anywhere); partner users
  do not see another partner's pages there;
- the explorer gets the same filter as a second line of defence;
- helplines and emergency numbers are registered with country-scoped viewsets (snippets.py);
- the users listing's "Assign role" bulk action hands out no more than the user holds (users.py);
- the Georgian admin is never upper-cased (Mtavruli, which the admin fonts lack, shows as boxes).
"""

from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

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
