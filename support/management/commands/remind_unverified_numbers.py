"""Mail each country's moderators the helplines and emergency numbers nobody has confirmed lately.

For cron (daily or weekly): the same list the moderators' dashboard shows (support.verification),
one e-mail per moderator in the language of their admin profile, and one to the partner's shared
moderators inbox (`moderator_email` in partners.toml) in the partner's language, as review
notifications are (core.notifications). A country with nothing overdue gets nothing.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.admin.mail import send_mail
from wagtail.users.models import UserProfile

from core.notifications import admin_language_for
from core.partners import load_partners
from support.number_review import VERIFICATION_INTERVAL_DAYS
from support.verification import moderators_of_country, overdue_numbers


def render_reminder(entries, country_code, language):
    context = {
        "entries": entries,
        "days": VERIFICATION_INTERVAL_DAYS,
        "dashboard_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/",
    }
    with override(language):
        from countries.models import COUNTRY_CHOICES

        context["country"] = str(dict(COUNTRY_CHOICES).get(country_code, country_code))
        subject = render_to_string("support/emails/unverified_numbers_subject.txt", context)
        body = render_to_string("support/emails/unverified_numbers.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


class Command(BaseCommand):
    help = "E-mail moderators the helplines and emergency numbers not verified for 180 days."

    def handle(self, *args, **options):
        sent = 0
        countries = sorted({partner.country for partner in load_partners()})
        for country_code in countries:
            entries = overdue_numbers({country_code})
            if not entries:
                continue
            for user in moderators_of_country(country_code):
                language = UserProfile.get_for_user(user).get_preferred_language()
                subject, body = render_reminder(entries, country_code, language)
                send_mail(subject, body, [user.email])
                sent += 1
            for partner in load_partners():
                if partner.country == country_code and partner.moderator_email:
                    subject, body = render_reminder(
                        entries, country_code, admin_language_for(partner)
                    )
                    send_mail(subject, body, [partner.moderator_email])
                    sent += 1
        self.stdout.write(f"{sent} reminders sent.")
