"""Admin registration of the partners' shared chat settings (see support.chat_settings_admin)."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from support.chat_settings_admin import ChatSettingsPermissionPolicy, ChatSettingsViewSet
from support.models import PartnerChatSettings

register_permission_policy(PartnerChatSettings, ChatSettingsPermissionPolicy(PartnerChatSettings))
register_snippet(ChatSettingsViewSet)
