"""Tell a partner's shared moderators inbox (`moderator_email` in partners.toml) about new reviews.

Wagtail already e-mails every member of the moderators group when a page reaches their approval
task, each in the language of their admin profile (wagtail.admin.mail.EmailNotificationMixin).
A shared inbox has no admin profile, so it gets the same message in the partner's main language
(or the site's default language when the admin is not offered in it).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier, send_mail
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from core.partners import partner_for_group


def admin_language_for(partner) -> str:
    permitted = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
    return partner.main_locale if partner.main_locale in permitted else settings.LANGUAGE_CODE


class SharedInbox:
    """Stands in for the user the notification templates greet."""

    def __init__(self, name):
        self.name = name

    def get_short_name(self):
        return self.name

    def get_username(self):
        return self.name


class PartnerInboxNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def partners_of(self, task_state):
        partners = []
        for group in task_state.task.specific.groups.all():
            partner = partner_for_group(group.name)
            if partner is not None and partner.moderator_email and partner not in partners:
                partners.append(partner)
        return partners

    def __call__(self, instance=None, **kwargs):
        if not self.can_handle(instance, **kwargs):
            return False
        template_set = self.get_template_set(instance, **kwargs)
        context = self.get_context(instance, **kwargs)
        for partner in self.partners_of(instance):
            context["user"] = SharedInbox(partner.moderators_group)
            with override(admin_language_for(partner)):
                subject = render_to_string(template_set["subject"], context).strip()
                body = render_to_string(template_set["text"], context).strip()
            send_mail(subject, body, [partner.moderator_email])
        return True


partner_inbox_notifier = PartnerInboxNotifier()


def connect():
    task_submitted.connect(
        partner_inbox_notifier,
        sender=TaskState,
        dispatch_uid="partner_access_moderators_inbox_notification",
    )
