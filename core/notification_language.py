"""Workflow e-mails to a user with no admin language: the partner's main language, not the sender's.

Upstream behaviour (checked with Wagtail 8.0.1): the workflow notifiers
(wagtail.admin.mail, connected in wagtail.admin.signal_handlers) render each e-mail in
`UserProfile.get_preferred_language()`, which for a user who never chose a language is the
language active in the request that triggered the mail. A Georgian moderator would get a review
request in Swedish because a Swedish colleague submitted it, or in English from a translator.

The notifiers here are Wagtail's, with one change: a recipient without a preferred language gets
the main language of their partner (partners.toml `locales[0]`, when the admin is offered in it),
else the site's default language. Nothing is saved to their profile. `connect()` takes Wagtail's
dispatch_uids, so whichever app connects first, each notification is sent once.
"""

from django.conf import settings
from wagtail.admin import mail as wagtail_mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

from core.partners import partners_of_user


def fallback_language(user) -> str:
    permitted = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
    for partner in partners_of_user(user):
        if partner.main_locale in permitted:
            return partner.main_locale
    return settings.LANGUAGE_CODE


class PartnerLanguageMixin:
    def get_valid_recipients(self, instance, **kwargs):
        recipients = super().get_valid_recipients(instance, **kwargs)
        for recipient in recipients:
            profile = UserProfile.get_for_user(recipient)
            if not profile.preferred_language:
                # In memory only: send_emails reads recipient.wagtail_userprofile.
                profile.preferred_language = fallback_language(recipient)
            recipient.wagtail_userprofile = profile
        return recipients


def notifier(base):
    return type(base.__name__, (PartnerLanguageMixin, base), {})()


NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        notifier(wagtail_mail.GroupApprovalTaskStateSubmissionEmailNotifier),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        notifier(wagtail_mail.WorkflowStateSubmissionEmailNotifier),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        notifier(wagtail_mail.WorkflowStateRejectionEmailNotifier),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        notifier(wagtail_mail.WorkflowStateApprovalEmailNotifier),
    ),
]


def connect():
    for signal, sender, dispatch_uid, receiver in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(receiver, sender=sender, dispatch_uid=dispatch_uid)
