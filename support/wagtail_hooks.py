"""Admin hooks of the support app.

The partners' shared chat settings (support.chat_settings_admin): their permission policy and
viewset. Helpline and emergency-number verification (support.verification): the dashboard panel
of overdue numbers (moderators of the number's country and regional administrators only), the
one-button "Confirm number" view, its listing button, and the log action that puts each
confirmation in the entry's history and the Site history report.
"""

from django.contrib.admin.utils import quote
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from support import verification_views
from support.chat_settings_admin import ChatSettingsPermissionPolicy, ChatSettingsViewSet
from support.models import PartnerChatSettings
from support.number_review import ReviewedNumberMixin, moderator_countries, user_moderates
from support.verification import VERIFY_ACTION, overdue_numbers

register_permission_policy(PartnerChatSettings, ChatSettingsPermissionPolicy(PartnerChatSettings))
register_snippet(ChatSettingsViewSet)


@hooks.register("register_admin_urls")
def register_verification_url():
    return [
        path(
            "support/verify/<str:model_name>/<str:pk>/",
            verification_views.confirm_number,
            name="support_confirm_number",
        )
    ]


@hooks.register("register_log_actions")
def register_verification_log_action(actions):
    actions.register_action(VERIFY_ACTION, _("Confirm number"), _("Number confirmed as correct"))


def confirm_url(entry) -> str:
    return reverse("support_confirm_number", args=[entry._meta.model_name, quote(entry.pk)])


class UnverifiedNumbersPanel(Component):
    name = "unverified_numbers"
    template_name = "support/admin/unverified_numbers_panel.html"
    order = 90  # above the review panels: a wrong number matters more

    def __init__(self, entries):
        self.entries = entries

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["entries"] = [(entry, confirm_url(entry)) for entry in self.entries]
        context["csrf_token"] = parent_context.get("csrf_token")
        context["request"] = parent_context.get("request")
        return context


@hooks.register("construct_homepage_panels")
def add_unverified_numbers_panel(request, panels):
    countries = moderator_countries(request.user)
    if countries is not None and not countries:
        return  # editors, translators: not theirs to confirm
    entries = overdue_numbers(countries)
    if entries:
        panels.append(UnverifiedNumbersPanel(entries))


@hooks.register("construct_snippet_listing_buttons")
def offer_confirm_number(buttons, snippet, user):
    if isinstance(snippet, ReviewedNumberMixin) and snippet.live and user_moderates(user, snippet):
        buttons.append(
            ListingButton(
                _("Confirm number"), url=confirm_url(snippet), icon_name="tick", priority=60
            )
        )
