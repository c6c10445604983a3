"""Who belongs to which partner, and which pages and countries that lets them see.

A user is *partner-scoped* when they belong to a partner's editors or moderators group and are
neither a superuser nor a regional administrator. Only partner-scoped users are filtered here;
everyone else keeps Wagtail's normal behaviour.
"""

from django.db.models import Q
from wagtail.models import Page

from core.partners import REGIONAL_ADMINS_GROUP, partners_of_user
from countries.models import PartnerPage


def is_partner_scoped(user) -> bool:
    if not user.is_authenticated or user.is_superuser:
        return False
    if user.groups.filter(name=REGIONAL_ADMINS_GROUP).exists():
        return False
    return bool(partners_of_user(user))


def own_partner_slugs(user) -> set[str]:
    return {partner.slug for partner in partners_of_user(user)}


def allowed_countries(user) -> set[str] | None:
    """The country codes whose snippets the user may manage; None means every country."""
    if not is_partner_scoped(user):
        return None
    return {partner.country for partner in partners_of_user(user)}


def foreign_partner_pages(user) -> Q:
    """A filter matching the pages of every partner the user does not belong to.

    Pages outside any partner's subtree (home, countries, topics) stay visible so that editors
    can still link to shared content.
    """
    foreign_roots = PartnerPage.objects.exclude(slug__in=own_partner_slugs(user))
    match = Q(pk__in=[])
    for path in foreign_roots.values_list("path", flat=True):
        match |= Q(path__startswith=path)
    return match


def hide_foreign_partner_pages(pages, user):
    if not is_partner_scoped(user):
        return pages
    return pages.exclude(foreign_partner_pages(user))


def user_can_see_page(user, page) -> bool:
    if not is_partner_scoped(user):
        return True
    return not Page.objects.filter(pk=page.pk).filter(foreign_partner_pages(user)).exists()
