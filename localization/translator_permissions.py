"""The page permissions a translator group needs, granted idempotently.

`setup_partners` creates the "Translators: <code>" groups with admin access and wagtail-localize's
`submit_translation`. To edit a translation in wagtail-localize's translation editor a translator
also needs Wagtail's "change" permission on the target page (the editor is reached through
Wagtail's page edit view, and its string, PO and machine-translation endpoints check
`can_edit()`). The least privilege that works is therefore `change_page` on their locale's home
page (the root of that locale's tree) and nothing else: no "add" (wagtail-localize creates the
translated pages itself, `submit_guard` decides where), no "publish" (a translation goes through
the partner's review workflow, `review`). Editing pages that are not translations is refused by
`review.refuse_translator_editing_originals`.

Granted on `post_migrate`, when a translator group is created, and when a locale's home page is
created, so the order in which locales, homes and groups appear does not matter.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page

from .translator_locales import TRANSLATOR_GROUP_PREFIX

TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
LOCALE_HOME_DEPTH = 2  # Root is depth 1; each locale's home page sits directly under it.


def grant_translator_page_permissions(groups=None) -> int:
    """Give each translator group change rights on its locale's home pages; returns grants made."""
    if groups is None:
        groups = Group.objects.filter(name__startswith=TRANSLATOR_GROUP_PREFIX)
    page_type = ContentType.objects.get_for_model(Page)
    permissions = list(
        Permission.objects.filter(content_type=page_type, codename__in=TRANSLATOR_PAGE_PERMISSIONS)
    )
    created = 0
    for group in groups:
        code = group.name.removeprefix(TRANSLATOR_GROUP_PREFIX)
        homes = Page.objects.filter(depth=LOCALE_HOME_DEPTH, locale__language_code=code)
        for home in homes:
            for permission in permissions:
                _grant, was_created = GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )
                created += was_created
    return created


@receiver(post_migrate)
def grant_after_migrate(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.name == "localization":
        grant_translator_page_permissions()


@receiver(post_save, sender=Group)
def grant_to_new_translator_group(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.name.startswith(TRANSLATOR_GROUP_PREFIX):
        grant_translator_page_permissions([instance])


@receiver(post_save)
def grant_on_new_locale_home(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance.depth == LOCALE_HOME_DEPTH:
        groups = Group.objects.filter(
            name=f"{TRANSLATOR_GROUP_PREFIX}{instance.locale.language_code}"
        )
        grant_translator_page_permissions(groups)
