"""Deleting images and documents needs the collection's *delete* permission, not *change*.

Upstream behaviour worked around (checked on Wagtail 8.0.1, with wagtail-localize 1.14.5
installed): the images' and documents' permission policy,
`wagtail.permission_policies.collections.CollectionOwnershipPermissionPolicy`, treats "delete"
as "change" ("'delete' is considered equivalent to 'change'"), and an uploader with only *add*
may change and so delete their own files. The `delete_image` / `delete_document` permissions
exist (Django creates them) but Wagtail never asks for them, and its Groups admin offers only
Add, Edit and Choose. DESIGN.md gives partner editors create/edit only: deleting media is for
the partner's moderators.

`DeleteNeedsDeletePermissionPolicy` keeps Wagtail's rules for add, change and choose and asks
for the collection's delete permission (`GroupCollectionPermission`, granted to moderators and
regional administrators by `setup_partners`) for delete. It is registered for the image and
document models in `partner_access.wagtail_hooks`, so every view that asks the policy (the
delete view, the bulk delete action, the multiple-upload delete, the edit page's Delete button)
follows it. The delete grants are kept when a group is saved in the Groups admin, which only
manages the permissions it shows.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

DELETE = "delete"


class DeleteNeedsDeletePermissionPolicy(CollectionOwnershipPermissionPolicy):
    def _without_delete(self, actions):
        return [action for action in actions if action != DELETE]

    def _nobody(self):
        return get_user_model().objects.none()

    def user_has_permission(self, user, action):
        if action == DELETE:
            return self._check_perm(user, [DELETE])
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def _either(self, users, deleters):
        return get_user_model().objects.filter(
            Q(pk__in=users.values("pk")) | Q(pk__in=deleters.values("pk"))
        )

    def users_with_any_permission(self, actions):
        others = self._without_delete(actions)
        users = super().users_with_any_permission(others) if others else self._nobody()
        if DELETE in actions:
            return self._either(users, self._users_with_perm([DELETE]))
        return users

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if DELETE in actions and self._check_perm(user, [DELETE], instance.collection):
            return True
        others = self._without_delete(actions)
        return bool(others) and super().user_has_any_permission_for_instance(user, others, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        others = self._without_delete(actions)
        instances = (
            super().instances_user_has_any_permission_for(user, others)
            if others
            else self.model._default_manager.none()
        )
        if DELETE not in actions:
            return instances
        if user.is_active and user.is_superuser:
            return self.model._default_manager.all()
        if not user.is_authenticated:
            return self.model._default_manager.none()
        deletable = Q(collection__in=self._collections_with_perm(user, [DELETE]))
        return self.model._default_manager.filter(Q(pk__in=instances.values("pk")) | deletable)

    def users_with_any_permission_for_instance(self, actions, instance):
        others = self._without_delete(actions)
        users = (
            super().users_with_any_permission_for_instance(others, instance)
            if others
            else self._nobody()
        )
        if DELETE in actions:
            deleters = self._users_with_perm([DELETE], collection=instance.collection)
            return self._either(users, deleters)
        return users

    def collections_user_has_any_permission_for(self, user, actions):
        others = self._without_delete(actions)
        collections = super().collections_user_has_any_permission_for(user, others)
        if DELETE in actions:
            if user.is_active and user.is_superuser:
                return collections.model.objects.all()
            if not user.is_authenticated:
                return collections
            collections = collections | self._collections_with_perm(user, [DELETE])
        return collections
