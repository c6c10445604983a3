"""Create or update every partner's pages, groups, permissions, collection and review workflow.

Reads site_config/partners.toml (or the file given with `--config`). Idempotent: running it twice
changes nothing, and a partner added to the file is added alone. It never removes anything an
administrator added by hand, with two exceptions that keep partners inside their boundaries:

- Wagtail's default "Editors" and "Moderators" groups (created by its migrations) lose every
  permission: they hold page and collection rights at the root, over every partner's content.
  The groups stay, empty of rights, so that nobody's account changes shape unnoticed.
- Regional administrators do not manage groups or permissions (`auth.add_group`, ...): groups
  and their rights come from this command, and whoever may edit a group's permissions may give
  their own group anything.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from core.partners import (
    PARTNERS_FILE,
    REGIONAL_ADMINS_GROUP,
    read_partners,
    translators_group,
)
from countries.models import CountryPage, PartnerPage
from countries.partner_time_zones import apply_partner_time_zones
from localization.translator_snippets import translator_snippet_permissions
from support.number_review import CountryModeratorApprovalTask

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
# Model-wide in Django, but partner_access.snippets limits them to the partner's country.
COUNTRY_SNIPPET_PERMISSIONS = [
    ("support", f"{action}_{model}")
    for model in ("helpline", "emergencynumber")
    for action in ("add", "change", "delete")
]
# Added by the support app's migrations; moderators (never editors) change a support page's chat.
# Publishing a helpline or emergency number (Wagtail adds the permission after migrating) is the
# moderators' too: editors' and translators' changes wait for them (support.number_review).
MODERATOR_MODEL_PERMISSIONS = [
    ("support", "change_chat_settings"),
    ("support", "publish_helpline"),
    ("support", "publish_emergencynumber"),
    # Readers' questions to the partner (questions.access: the group says which partner's).
    ("questions", "moderate_question"),
]
NUMBER_REVIEW_WORKFLOW = "Helplines and emergency numbers review"
NUMBER_REVIEW_TASK = "Moderators of the entry's country: approval"
NUMBER_REVIEW_MODELS = ("helpline", "emergencynumber")
# Wagtail's migrations create these with rights over the whole tree and every collection.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
# Regional administrators manage users, but groups and permissions only come from this command.
REGIONAL_ADMINS_WITHHELD = [
    ("auth", f"{action}_{model}")
    for model in ("group", "permission")
    for action in ("add", "change", "delete")
]
# Regional administrators manage everything that is not a partner's own content.
REGIONAL_APPS = [
    "articles",
    "navigation",
    "support",
    "site_search",
    "questions",
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
    help = "Create or update partner pages, groups, permissions, collections and workflows."

    def add_arguments(self, parser):
        parser.add_argument(
            "--config",
            type=Path,
            default=PARTNERS_FILE,
            help="The partner configuration to apply (default: site_config/partners.toml).",
        )

    def handle(self, *args, **options):
        path = options["config"]
        if not path.is_file():
            raise CommandError(f"No partner configuration at {path}.")
        self.changes = 0
        with transaction.atomic():
            access_admin = permission("wagtailadmin", "access_admin")
            for partner in read_partners(path):
                self.setup_partner(partner, access_admin)
            self.setup_translators(access_admin)
            self.setup_regional_admins(access_admin)
            self.setup_number_review()
            self.strip_wagtail_default_groups()
            # Users who joined a partner before times were shown in the partner's zone.
            self.changes += apply_partner_time_zones()
        self.stdout.write(self.style.SUCCESS(f"Partners set up ({self.changes} changes)."))

    def group(self, name: str, access_admin: Permission) -> Group:
        group, created = Group.objects.get_or_create(name=name)
        self.changes += created
        self.grant_model(group, [access_admin])
        return group

    def grant_model(self, group, permissions):
        missing = [p for p in permissions if not group.permissions.filter(pk=p.pk).exists()]
        if missing:
            group.permissions.add(*missing)
            self.changes += len(missing)

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

    def ensure_partner_pages(self, partner) -> list[PartnerPage]:
        """The partner's subtree root in each of its locales whose country page exists.

        A missing root is created as a draft (a translation of an existing root where there is
        one, so wagtail-localize keeps them together); moderators publish it after review.
        """
        roots = {page.locale.language_code: page for page in self.partner_roots(partner)}
        for code in partner.all_locales:
            if code in roots:
                continue
            locale = Locale.objects.filter(language_code=code).first()
            country = CountryPage.objects.filter(
                country_code=partner.country, locale=locale
            ).first()
            if locale is None or country is None:
                self.stdout.write(
                    self.style.WARNING(
                        f"{partner.name}: no {partner.country} country page in '{code}'; "
                        "its partner page there is created once the country page exists."
                    )
                )
                continue
            source = next(iter(roots.values()), None)
            if source is not None:
                page = source.copy_for_translation(locale)
            else:
                page = country.add_child(
                    instance=PartnerPage(
                        title=partner.name, slug=partner.slug, intro=partner.name, live=False
                    )
                )
                page.save_revision(log_action=False)
            roots[code] = page
            self.changes += 1
        return list(roots.values())

    def partner_roots(self, partner):
        return PartnerPage.objects.filter(slug=partner.slug).select_related("locale")

    def setup_partner(self, partner, access_admin):
        editors = self.group(partner.editors_group, access_admin)
        moderators = self.group(partner.moderators_group, access_admin)

        roots = self.ensure_partner_pages(partner)
        self.grant_pages(editors, roots, EDITOR_PAGE_PERMISSIONS)
        self.grant_pages(moderators, roots, MODERATOR_PAGE_PERMISSIONS)

        snippet_permissions = [permission(*name) for name in COUNTRY_SNIPPET_PERMISSIONS]
        self.grant_model(editors, snippet_permissions)
        self.grant_model(moderators, snippet_permissions)
        for app_label, codename in MODERATOR_MODEL_PERMISSIONS:
            found = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if found is None:
                self.stdout.write(
                    self.style.WARNING(
                        f"Permission {app_label}.{codename} does not exist yet (migration not "
                        "applied?); moderators get it on the next run."
                    )
                )
                continue
            self.grant_model(moderators, [found])

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
            self.assign_workflow(WorkflowPage.objects, workflow, page=root)

    def setup_translators(self, access_admin):
        submit = permission("wagtail_localize", "submit_translation")
        for code, _name in settings.LANGUAGES:
            group = self.group(translators_group(code), access_admin)
            # View and change on the translatable snippets, narrowed to translations into their
            # own locale by localization.translator_snippets.
            self.grant_model(group, [submit, *translator_snippet_permissions()])

    def setup_regional_admins(self, access_admin):
        group = self.group(REGIONAL_ADMINS_GROUP, access_admin)
        withheld = [permission(*name) for name in REGIONAL_ADMINS_WITHHELD]
        wanted = Permission.objects.filter(content_type__app_label__in=REGIONAL_APPS).exclude(
            pk__in=[p.pk for p in withheld]
        )
        self.grant_model(group, list(wanted.exclude(pk__in=group.permissions.values("pk"))))
        revoked = group.permissions.filter(pk__in=[p.pk for p in withheld])
        if revoked.exists():
            self.changes += revoked.count()
            group.permissions.remove(*revoked)
        root = Page.get_first_root_node()
        self.grant_pages(group, [root], [*MODERATOR_PAGE_PERMISSIONS, "bulk_delete_page"])
        self.grant_collection(
            group, Collection.get_first_root_node(), MODERATOR_COLLECTION_PERMISSIONS
        )

    def setup_number_review(self):
        """One workflow for helplines and emergency numbers (Wagtail assigns snippet workflows per
        model); its task finds the reviewers from the entry's country (support.number_review)."""
        workflow, created = Workflow.objects.get_or_create(name=NUMBER_REVIEW_WORKFLOW)
        self.changes += created
        task = CountryModeratorApprovalTask.objects.filter(name=NUMBER_REVIEW_TASK).first()
        if task is None:
            task = CountryModeratorApprovalTask.objects.create(name=NUMBER_REVIEW_TASK)
            self.changes += 1
        _link, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        self.changes += created
        for model_name in NUMBER_REVIEW_MODELS:
            content_type = ContentType.objects.get(app_label="support", model=model_name)
            self.assign_workflow(WorkflowContentType.objects, workflow, content_type=content_type)

    def assign_workflow(self, assignments, workflow, **target):
        """Point `target` (a page subtree or a snippet model) at `workflow`, counting a change."""
        assignment = assignments.filter(**target).first()
        if assignment is None:
            assignments.create(workflow=workflow, **target)
            self.changes += 1
        elif assignment.workflow_id != workflow.pk:
            assignment.workflow = workflow
            assignment.save(update_fields=["workflow"])
            self.changes += 1

    def strip_wagtail_default_groups(self):
        for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
            for grants in (
                GroupPagePermission.objects.filter(group=group),
                GroupCollectionPermission.objects.filter(group=group),
                group.permissions.through.objects.filter(group=group),
            ):
                self.changes += grants.count()
                grants.delete()
