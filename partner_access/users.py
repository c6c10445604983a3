"""Who may hand out which power in Settings → Users: nobody more than they hold themselves.

Upstream behaviour (checked with Wagtail 8.0.1): anyone with the `auth.add_user` or
`auth.change_user` permission (the regional administrators have them) gets Wagtail's user forms
with the "Administrator" (`is_superuser`) box and every group, so they can create a superuser,
make an existing user one, edit a superuser's e-mail or password (and so take the account over),
or tick more groups on their own account. Wagtail's forms are not told who is asking, and only
hide `is_superuser` when a user edits themselves.

`LimitedUserViewSet` (installed through `WagtailUsersConfig.user_viewset`, which replaces
`wagtail.users` in INSTALLED_APPS) passes the requesting user to forms that refuse, on the server,
for anyone who is not a superuser:

- making a user a superuser (the box is not shown, and a posted value is refused with a message);
- editing a superuser's account (refused like any other admin permission error; Wagtail already
  refuses deleting one);
- adding a group to their own account;
- adding a group to someone else that holds a permission they do not hold themselves (model
  permissions, and page and collection permission types).

Groups a user already has are kept or may be removed: taking power away is always allowed. The
same rules hold for the users listing's "Assign role" bulk action (`refuse_ungrantable_role`, a
`before_bulk_action` hook registered in wagtail_hooks.py).
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as user_views


def held_permissions(user) -> dict[str, set]:
    """Everything the user's groups (and own permissions) grant, by kind."""
    groups = user.groups.all()
    return {
        "model": set(Permission.objects.filter(group__in=groups).values_list("pk", flat=True))
        | set(user.user_permissions.values_list("pk", flat=True)),
        "page": set(
            GroupPagePermission.objects.filter(group__in=groups).values_list(
                "permission_id", flat=True
            )
        ),
        "collection": set(
            GroupCollectionPermission.objects.filter(group__in=groups).values_list(
                "permission_id", flat=True
            )
        ),
    }


def grantable_groups(user):
    """The groups `user` may give to someone else: those granting nothing `user` lacks."""
    if user.is_superuser:
        return Group.objects.all()
    held = held_permissions(user)
    exceeding = (
        set(
            Group.permissions.through.objects.exclude(permission_id__in=held["model"]).values_list(
                "group_id", flat=True
            )
        )
        | set(
            GroupPagePermission.objects.exclude(permission_id__in=held["page"]).values_list(
                "group_id", flat=True
            )
        )
        | set(
            GroupCollectionPermission.objects.exclude(
                permission_id__in=held["collection"]
            ).values_list("group_id", flat=True)
        )
    )
    return Group.objects.exclude(pk__in=exceeding)


class LimitedGrantsMixin:
    """For Wagtail's user forms: limit `is_superuser` and `groups` to what the requester holds."""

    superuser_refused = _("Only an administrator can make a user an administrator.")
    own_groups_refused = _("You cannot add groups to your own account.")
    group_refused = _(
        "You cannot give the group “%(group)s”: it has permissions that you do not have."
    )

    def __init__(self, *args, requester=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.requester = requester
        self.limited = requester is not None and not requester.is_superuser
        if not self.limited:
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            # Groups they may not give are not offered; posting one anyway is refused by the
            # field ("Select a valid choice").
            current = self.instance.groups.all() if self.instance.pk else Group.objects.none()
            self.fields["groups"].queryset = (
                grantable_groups(requester) | Group.objects.filter(pk__in=current)
            ).distinct()

    def clean(self):
        cleaned_data = super().clean()
        if not self.limited:
            return cleaned_data
        # The box is not shown, but a hand-made request may still send it.
        if forms.CheckboxInput().value_from_datadict(self.data, self.files, "is_superuser"):
            raise forms.ValidationError(self.superuser_refused, code="superuser_refused")
        if "groups" in cleaned_data:
            current = set(self.instance.groups.all()) if self.instance.pk else set()
            added = set(cleaned_data["groups"]) - current
            if added and self.instance.pk == self.requester.pk:
                self.add_error("groups", forms.ValidationError(self.own_groups_refused))
        return cleaned_data


class LimitedUserCreationForm(LimitedGrantsMixin, UserCreationForm):
    pass


class LimitedUserEditForm(LimitedGrantsMixin, UserEditForm):
    pass


class RequesterFormMixin:
    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["requester"] = self.request.user
        return kwargs


class RefuseSuperuserTargetMixin:
    """Only a superuser may change or delete a superuser's account."""

    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class CreateView(RequesterFormMixin, user_views.CreateView):
    pass


class EditView(RefuseSuperuserTargetMixin, RequesterFormMixin, user_views.EditView):
    pass


class LimitedUserViewSet(user_views.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return LimitedUserEditForm if for_update else LimitedUserCreationForm


def refuse_ungrantable_role(request, action_type, objects, action):
    """Refuse "Assign role" when it would add a group to oneself or grant more than one holds."""
    if action_type != "assign_role" or action.model is not get_user_model():
        return None
    if request.user.is_superuser:
        return None
    role = action.cleaned_form.cleaned_data["role"]
    if any(user.pk == request.user.pk for user in objects):
        message = LimitedGrantsMixin.own_groups_refused
    elif not grantable_groups(request.user).filter(pk=role.pk).exists():
        message = LimitedGrantsMixin.group_refused % {"group": role.name}
    else:
        return None
    messages.error(request, message)
    return redirect(action.next_url)
