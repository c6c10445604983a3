"""When a helpline or emergency number was last checked, and who is told when it is overdue.

A number is *overdue* when it is live and nobody has confirmed it for `VERIFICATION_INTERVAL_DAYS`
(or ever). Its moderators (those of every partner in its country, see support.number_review)
see overdue numbers on their dashboard and confirm one with a single button; the
`remind_unverified_numbers` command (run daily from cron) mails them the same list. The number
is synchronised to every translation of the entry, so confirming it confirms them all, and the
list names each number once (its original entry).
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from support.number_review import VERIFICATION_INTERVAL_DAYS

VERIFY_ACTION = "redefine.verify_number"


def number_models():
    from support.models import EmergencyNumber, Helpline

    return (Helpline, EmergencyNumber)


def overdue_numbers(countries=None, now=None) -> list:
    """The live, overdue numbers of `countries` (None: all), one entry per number, in order."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=VERIFICATION_INTERVAL_DAYS)
    found = []
    for model in number_models():
        entries = model.objects.filter(live=True).select_related("last_verified_by", "locale")
        if countries is not None:
            entries = entries.filter(country_code__in=countries)
        originals = {}
        for entry in entries.order_by("pk"):
            # The first row of a translation_key is the original: translations come later.
            originals.setdefault(entry.translation_key, entry)
        found += [
            entry
            for entry in originals.values()
            if entry.last_verified_at is None or entry.last_verified_at < cutoff
        ]
    return sorted(
        found, key=lambda entry: (entry.country_code, entry._meta.model_name, entry.sort_order)
    )


@transaction.atomic
def verify_number(entry, user, now=None):
    """Record that `user` confirmed `entry`'s number now, on the entry and its translations.

    Written to the rows directly, not as a revision: confirming a number changes nothing a
    reader sees and needs no review (and it would otherwise wait behind a pending draft).
    """
    now = now or timezone.now()
    type(entry).objects.filter(translation_key=entry.translation_key).update(
        last_verified_at=now, last_verified_by=user
    )
    entry.last_verified_at, entry.last_verified_by = now, user
    log(instance=entry, action=VERIFY_ACTION, user=user, data={"number": entry.dialled_number})
    return entry


def moderators_of_country(country_code: str):
    """Active users with an e-mail address in the moderators group of a partner in the country."""
    from core.partners import load_partners

    groups = [p.moderators_group for p in load_partners() if p.country == country_code]
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=groups)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
