"""The "Chat and opening hours" admin screen: one record per partner, moderators only.

A user may see and change a partner's `PartnerChatSettings` when they have the model permission
`support.change_chat_settings` (the partner setup gives it to moderators) *and* may publish the
partner's pages (in any of its languages): a partner's moderators reach their own partner's
chat, regional administrators every partner's, editors none. Records are never added or deleted
by hand: a partner's first support page brings its record (`SupportPage.save`), and "No chat"
switches a chat off.

The per-instance rule is a `core.scoped_snippets` scope, so every per-object view refuses
another partner's record with 403 (Wagtail's generic views check model permissions only:
wagtail/wagtail#13314).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.scoped_snippets import ScopedPermissionPolicy, ScopedSnippetViewSet
from support.models import CHAT_SETTINGS_PERMISSION, PartnerChatSettings

EDITABLE_ACTIONS = {"change", "view"}


def partner_keys_user_may_publish(user) -> set | None:
    """translation_keys of the partner pages the user may publish; None means every partner."""
    from countries.models import PartnerPage

    if user.is_superuser:
        return None
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "publish")
    return set(
        PartnerPage.objects.filter(pk__in=pages.values("pk")).values_list(
            "translation_key", flat=True
        )
    )


class PartnerScope:
    """Only the partners whose pages the user may publish."""

    def instance_in_scope(self, user, action, instance) -> bool:
        keys = partner_keys_user_may_publish(user)
        in_partner = keys is None or instance.partner_key in keys
        return in_partner and super().instance_in_scope(user, action, instance)

    def scope_queryset(self, user, actions, queryset):
        keys = partner_keys_user_may_publish(user)
        if keys is not None:
            queryset = queryset.filter(partner_key__in=keys)
        return super().scope_queryset(user, actions, queryset)


class ChatSettingsPermissionPolicy(PartnerScope, ScopedPermissionPolicy):
    """View and change with `support.change_chat_settings`; add and delete for nobody."""

    def user_has_permission(self, user, action):
        if action not in EDITABLE_ACTIONS or not user.is_active:
            return False
        return user.is_superuser or user.has_perm(CHAT_SETTINGS_PERMISSION)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        if not EDITABLE_ACTIONS & set(actions):
            return self._get_users_with_any_permission_codenames([])
        return self._get_users_with_any_permission_codenames(["change_chat_settings"])


def chat_settings_edit_url(user, chat_settings) -> str:
    """The edit view of a partner's chat settings, or "" if the user may not change them."""
    from wagtail.permissions import policy_registry

    if chat_settings is None:
        return ""
    policy = policy_registry.get_by_type(PartnerChatSettings)
    if not policy.user_has_permission_for_instance(user, "change", chat_settings):
        return ""
    return reverse(ChatSettingsViewSet.edit_url_name_for_reverse, args=(chat_settings.pk,))


class ChatSettingsViewSet(ScopedSnippetViewSet):
    model = PartnerChatSettings
    icon = "comment"
    menu_label = _("Chat and opening hours")
    add_to_admin_menu = True
    menu_order = 250
    url_prefix = "chat-settings"
    list_display = [
        Column("partner", label=_("partner"), accessor="__str__"),
        "chat_kind",
    ]
    edit_url_name_for_reverse = "wagtailsnippets_support_partnerchatsettings:edit"
