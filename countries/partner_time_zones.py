"""A partner's staff see and enter the admin's dates and times in the partner's time zone.

Wagtail shows and reads every date and time in the admin (go-live and expiry times, history,
workflow) in the user's profile time zone (`UserProfile.current_time_zone`, *Account →
Preferences*), and in TIME_ZONE, UTC, while it is empty: an editor in Tbilisi who typed 10:00
for a go-live meant her morning, and the page went live at 14:00 Tbilisi time. So a user who
belongs to a partner's editors or moderators group and has not chosen a zone gets the partner's
`time_zone` from site_config/partners.toml: when added to the group (the `m2m_changed` receiver
below), and for users who already exist, with `apply_partner_time_zones()` (which
`setup_partners` can call). A zone the user chose is never changed. The zones offered in the
account settings are WAGTAIL_USER_TIME_ZONES.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from wagtail.users.models import UserProfile

from core.partners import load_partners


def partner_time_zone(group_names) -> str:
    """The time zone of the first partner (in partners.toml order) whose staff groups these are."""
    names = set(group_names)
    for partner in load_partners():
        if {partner.editors_group, partner.moderators_group} & names:
            return partner.time_zone
    return ""


def give_partner_time_zone(user) -> bool:
    """Set the user's partner's time zone if the user has none yet; whether it was set."""
    zone = partner_time_zone(user.groups.values_list("name", flat=True))
    if not zone:
        return False
    profile = UserProfile.get_for_user(user)
    if profile.current_time_zone:
        return False
    profile.current_time_zone = zone
    profile.save(update_fields=["current_time_zone"])
    return True


def apply_partner_time_zones() -> int:
    """Give every partner's user without a time zone the partner's; how many were given one."""
    users = get_user_model().objects.filter(groups__isnull=False).distinct()
    return sum(give_partner_time_zone(user) for user in users)


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="partner-time-zone")
def on_groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add":
        return
    if not reverse:
        give_partner_time_zone(instance)
        return
    # Users added from the group's side: instance is the group, pk_set the users.
    for user in get_user_model().objects.filter(pk__in=pk_set or ()):
        give_partner_time_zone(user)
