"""Translators translate pages; they never delete, move, copy, alias, convert or unpublish them.

Translator groups hold Wagtail's `change_page` on their locale's tree, because wagtail-localize's
translation editor is Wagtail's page edit view (`translator_permissions`). In Wagtail 8.0.x
"change" is worth more than editing: `PagePermissionTester.can_delete()` lets a change-holder
delete a page that is not live (another partner's draft included), `can_move()` follows
`can_delete()` and `can_copy()` follows `can_edit()` (copying is also how Wagtail makes an alias).
wagtail-localize 1.14.x adds three actions guarded by `can_edit()` alone:
`wagtail_localize:convert_to_alias` (replaces the translated page with the source's content and
makes it an alias, live at once: issue 19.1, where an approved Georgian article became the English
one with no review), `wagtail_localize:stop_translation` (detaches the translation from its source)
and, in the translation editor, the "Convert to alias page" and "Delete" buttons. Wagtail's own
"Convert to ordinary page" of an alias also checks `can_edit()` only.

So, for a user whose rights on the page come from translator groups alone
(`translator_locales.page_rights_only_as_translator`: partners and regional administrators keep
theirs):

- `can_delete`, `can_move`, `can_copy` and `can_unpublish` of Wagtail's `PagePermissionTester`
  answer False, which refuses the delete, move, copy (and alias) and unpublish views, their bulk
  actions, and hides their buttons in the explorer, the page header and the action menu;
- the convert-to-alias, stop-translation and convert-alias views answer with a refusal and
  change nothing;
- the translation editor loses its "Convert to alias page" link (its props) and the footer
  actions that are all refused for them (`templates/wagtail_localize/admin/edit_translation.html`).

Remove when Wagtail separates deleting from changing pages and wagtail-localize checks more than
`can_edit()` in these views (checked against Wagtail 8.0.1 and wagtail-localize 1.14.5; the
convert-to-alias view came with wagtail/wagtail-localize#515, guarded by `can_edit()` only).
"""

import json

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, PagePermissionTester
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from .translator_locales import page_rights_only_as_translator

REFUSED_TESTS = ("can_delete", "can_move", "can_copy", "can_unpublish")
EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


def refuse_to_translators(test_name):
    wagtail_test = getattr(PagePermissionTester, test_name)

    def test(self, *args, **kwargs):
        return wagtail_test(self, *args, **kwargs) and not page_rights_only_as_translator(
            self.user, self.page
        )

    test.__name__ = test_name
    test.__doc__ = wagtail_test.__doc__
    return test


for _name in REFUSED_TESTS:
    setattr(PagePermissionTester, _name, refuse_to_translators(_name))


def refusal_response(request, page):
    messages.error(
        request,
        _(
            "Translators may not delete, move, copy, convert or unpublish '%(page)s': "
            "ask the partner's moderators or a regional administrator."
        )
        % {"page": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


_wagtail_localize_convert_to_alias = convert.convert_to_alias


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if page_rights_only_as_translator(request.user, page):
        return refusal_response(request, page)
    return _wagtail_localize_convert_to_alias(request, page_id)


convert.convert_to_alias = convert_to_alias

_wagtail_localize_stop_translation = edit_translation.stop_translation


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if isinstance(target, Page) and page_rights_only_as_translator(request.user, target):
        return refusal_response(request, target)
    return _wagtail_localize_stop_translation(request, translation_id)


edit_translation.stop_translation = stop_translation


@hooks.register("before_convert_alias_page")
def refuse_converting_aliases(request, page):
    if page_rights_only_as_translator(request.user, page):
        return refusal_response(request, page)
    return None


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    page = context.get("page")
    if page is not None and page_rights_only_as_translator(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


_wagtail_localize_render = edit_translation.render


def render(request, template_name, context=None, *args, **kwargs):
    """The translation editor's render, without "Convert to alias page" for translators."""
    instance = (context or {}).get("instance")
    if (
        template_name == EDITOR_TEMPLATE
        and isinstance(instance, Page)
        and page_rights_only_as_translator(request.user, instance)
    ):
        props = json.loads(context["props"])
        props["links"]["convertToAliasUrl"] = None
        props["perms"]["canDelete"] = False
        context["props"] = json.dumps(props)
    return _wagtail_localize_render(request, template_name, context, *args, **kwargs)


edit_translation.render = render
