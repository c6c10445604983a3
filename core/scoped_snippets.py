"""Snippet permissions that depend on the instance, enforced in every snippet admin view.

Wagtail's snippet permissions are per model: whoever may change one helpline may change them all,
in every country and every language. Redefine needs two narrower scopes, each defined where it
belongs and combined here:

- partner users manage the helplines and emergency numbers of their own country only
  (`partner_access.snippets.CountryScope`),
- translators change only translations into their own locale, never the originals
  (`localization.translator_snippets.TranslatorLocaleScope`).

A scope is a mixin with `instance_in_scope(user, action, instance)` and
`scope_queryset(user, actions, queryset)`; `ScopedPermissionPolicy` combines them with the model
permissions. Wagtail's generic views only ask the policy about the model, not the instance
(https://github.com/wagtail/wagtail/issues/13314, "Use instance-aware methods of the permission
policy in generic views"), so `ScopedSnippetViewSet` also

- answers 403 on every per-object view (edit, delete, copy, history, usage, revisions, preview,
  workflow...) of an instance out of the user's scope, before Wagtail's view runs,
- lists only instances the user may at least see, and links a row to its edit view only when
  the user may change that instance.

Remove the view wrapping (not the scopes) once Wagtail's generic views check the instance.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

# Per-object snippet views, by URL name, and the action each needs on the instance. Anything not
# listed needs "change": a new Wagtail view is refused rather than silently allowed.
READ_ONLY_VIEWS = {
    "history",
    "history_results",
    "usage",
    "usage_results",
    "inspect",
    "revisions_view",
    "revisions_compare",
    "workflow_history",
    "workflow_history_detail",
}
VIEW_ACTIONS = {"delete": "delete", "copy": "add", **dict.fromkeys(READ_ONLY_VIEWS, "view")}


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per instance by the scope mixins placed before this class."""

    def instance_in_scope(self, user, action, instance) -> bool:
        return True

    def scope_queryset(self, user, actions, queryset):
        return queryset

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.instance_in_scope(
            user, action, instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        return self.scope_queryset(user, actions, instances)


def scoped_policy(model) -> ScopedPermissionPolicy | None:
    policy = policy_registry.get_by_type(model)
    return policy if isinstance(policy, ScopedPermissionPolicy) else None


def refuse_out_of_scope(model, view, action):
    """Wrap a per-object admin view so that it answers 403 for an instance out of scope."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        policy = scoped_policy(model)
        if policy is not None and "pk" in kwargs:
            instance = model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            if instance is not None and not policy.instance_in_scope(
                request.user, action, instance
            ):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return scoped_view


class ScopedIndexView(IndexView):
    """Links a row to its edit, delete or copy view only when the user may do that to it."""

    def _in_scope(self, action, instance) -> bool:
        policy = scoped_policy(self.model)
        return policy is None or policy.instance_in_scope(self.request.user, action, instance)

    def get_edit_url(self, instance):
        return super().get_edit_url(instance) if self._in_scope("change", instance) else None

    def get_delete_url(self, instance):
        return super().get_delete_url(instance) if self._in_scope("delete", instance) else None

    def get_copy_url(self, instance):
        return super().get_copy_url(instance) if self._in_scope("add", instance) else None


class ScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset that enforces the model's ScopedPermissionPolicy on every view."""

    index_view_class = ScopedIndexView

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            if "pk" in pattern.pattern.regex.groupindex:
                action = VIEW_ACTIONS.get(pattern.name, "change")
                pattern.callback = refuse_out_of_scope(self.model, pattern.callback, action)
        return patterns

    def get_queryset(self, request):
        queryset = self.model._default_manager.all()
        policy = scoped_policy(self.model)
        if policy is not None:
            queryset = policy.scope_queryset(request.user, ["view"], queryset)
        return queryset
