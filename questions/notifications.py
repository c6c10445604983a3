"""Tell a partner's moderators that a question is waiting, as they are told of workflow tasks.

One e-mail per moderator in the language of their admin profile (else their partner's main
language, core.notification_language), and one to the partner's shared inbox
(`moderator_email`) in the partner's language. The mail says only that a question arrived, for
which partner and in which language, and links the queue: never the reader's text, which must
not leave the encrypted column (e-mail is neither encrypted nor deleted after 30 days).

A mail server that fails loses no question: the question is stored first, and the failure is
logged without anything of the question.
"""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override
from wagtail.admin.mail import send_mail
from wagtail.users.models import UserProfile

from core.notification_language import fallback_language
from core.notifications import admin_language_for
from questions.access import moderators_of

logger = logging.getLogger(__name__)


def render_notice(question, partner, language):
    queue = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("questions_admin:index")
    with override(language):
        languages = dict(settings.LANGUAGES)
        context = {
            "partner": partner.name,
            "language": languages.get(question.language_code, question.language_code),
            "queue_url": queue,
            "crisis": question.mentions_crisis,
        }
        subject = render_to_string("questions/emails/new_question_subject.txt", context)
        body = render_to_string("questions/emails/new_question.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def notify_moderators(question, partner) -> int:
    sent = 0
    recipients = []
    for user in moderators_of(partner):
        profile = UserProfile.get_for_user(user)
        recipients.append((user.email, profile.preferred_language or fallback_language(user)))
    if partner.moderator_email:
        recipients.append((partner.moderator_email, admin_language_for(partner)))
    for address, language in recipients:
        subject, body = render_notice(question, partner, language)
        try:
            send_mail(subject, body, [address])
        except Exception as error:  # noqa: BLE001 - a mail failure must not lose the question
            logger.warning("New-question notice not sent (%s).", type(error).__name__)
            continue
        sent += 1
    return sent
