"""Make wagtail-localize's translation editor respect per-instance snippet permission policies.

wagtail-localize 1.14 decides whether a user may edit a snippet's translation with
`wagtail_localize.views.edit_translation.user_can_edit_instance`, which only asks whether the
user can edit *the snippet type* (`user_can_edit_snippet_type`). A partner editor allowed to edit
their own country's helplines could therefore edit another country's helpline translations
through /admin/localize/. Wagtail's own generic views share the limitation of checking model-wide
permissions only: https://github.com/wagtail/wagtail/issues/13314 ("Use instance-aware methods of
the permission policy in generic views").

This module replaces that function with one that also asks the model's registered permission
policy about the instance (partner_access.snippets.CountryScopedPermissionPolicy for helplines
and emergency numbers). Remove it once wagtail-localize checks
`permission_policy.user_has_permission_for_instance` itself (test:
tests/test_permission_matrix.py::test_foreign_helpline_translation_is_refused).
"""

from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.views import edit_translation

wagtail_localize_user_can_edit_instance = edit_translation.user_can_edit_instance


def user_can_edit_instance(user, instance):
    if not wagtail_localize_user_can_edit_instance(user, instance):
        return False
    if isinstance(instance, Page):
        return True
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def install():
    edit_translation.user_can_edit_instance = user_can_edit_instance
