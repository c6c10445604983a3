"""Create or update every partner's groups, permissions, collection and review workflow.

Reads site_config/partners.toml. Idempotent: running it twice changes nothing, and a partner added
to the file is added alone. It never removes anything an administrator added by hand.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from countries.models import PartnerPage
from countries.partners import REGIONAL_ADMINS_GROUP, load_partners, translators_group

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
MODERATOR_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]
# Regional administrators manage everything that is not a partner's own content.
REGIONAL_APPS = [
    "articles",
    "navigation",
    "support",
    "core",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtail_localize",
    "wagtailusers",
    "auth",
]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename: str) -> Permission:
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=codename
    )


class Command(BaseCommand):
    help = "Create or update partner groups, permissions, collections and workflows."

    def handle(self, *args, **options):
        self.changes = 0
        with transaction.atomic():
            access_admin = permission("wagtailadmin", "access_admin")
            for partner in load_partners():
                self.setup_partner(partner, access_admin)
            self.setup_translators(access_admin)
            self.setup_regional_admins(access_admin)
        self.stdout.write(self.style.SUCCESS(f"Partners set up ({self.changes} changes)."))

    def group(self, name: str, access_admin: Permission) -> Group:
        group, created = Group.objects.get_or_create(name=name)
        self.changes += created
        if not group.permissions.filter(pk=access_admin.pk).exists():
            group.permissions.add(access_admin)
            self.changes += 1
        return group

    def grant_pages(self, group, pages, codenames):
        for page in pages:
            for codename in codenames:
                _grant, created = GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=page_permission(codename)
                )
                self.changes += created

    def grant_collection(self, group, collection, permissions):
        for app_label, codename in permissions:
            _grant, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename)
            )
            self.changes += created

    def setup_partner(self, partner, access_admin):
        editors = self.group(partner.editors_group, access_admin)
        moderators = self.group(partner.moderators_group, access_admin)

        # The partner's subtree in every locale it exists in.
        roots = list(PartnerPage.objects.filter(slug=partner.slug))
        self.grant_pages(editors, roots, EDITOR_PAGE_PERMISSIONS)
        self.grant_pages(moderators, roots, MODERATOR_PAGE_PERMISSIONS)

        collection_root = Collection.get_first_root_node()
        collection = collection_root.get_children().filter(name=partner.collection_name).first()
        if collection is None:
            collection = collection_root.add_child(name=partner.collection_name)
            self.changes += 1
        self.grant_collection(editors, collection, EDITOR_COLLECTION_PERMISSIONS)
        self.grant_collection(moderators, collection, MODERATOR_COLLECTION_PERMISSIONS)

        workflow, created = Workflow.objects.get_or_create(name=partner.workflow_name)
        self.changes += created
        task, created = GroupApprovalTask.objects.get_or_create(
            name=f"{partner.name}: moderator approval"
        )
        self.changes += created
        if not task.groups.filter(pk=moderators.pk).exists():
            task.groups.add(moderators)
            self.changes += 1
        _link, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        self.changes += created
        for root in roots:
            _assignment, created = WorkflowPage.objects.update_or_create(
                page=root, defaults={"workflow": workflow}
            )
            self.changes += created

    def setup_translators(self, access_admin):
        submit = permission("wagtail_localize", "submit_translation")
        for code, _name in settings.LANGUAGES:
            group = self.group(translators_group(code), access_admin)
            if not group.permissions.filter(pk=submit.pk).exists():
                group.permissions.add(submit)
                self.changes += 1

    def setup_regional_admins(self, access_admin):
        group = self.group(REGIONAL_ADMINS_GROUP, access_admin)
        wanted = Permission.objects.filter(content_type__app_label__in=REGIONAL_APPS)
        wanted = wanted.exclude(pk__in=group.permissions.values("pk"))
        missing = list(wanted)
        if missing:
            group.permissions.add(*missing)
            self.changes += len(missing)
        root = Page.get_first_root_node()
        self.grant_pages(group, [root], [*MODERATOR_PAGE_PERMISSIONS, "bulk_delete_page"])
        self.grant_collection(
            group, Collection.get_first_root_node(), MODERATOR_COLLECTION_PERMISSIONS
        )
