"""Helplines and emergency numbers go live only after the country's partner moderators approve.

What lives here:

- `ReviewedNumberMixin`: drafts, revisions and a review workflow (Wagtail's `DraftStateMixin`,
  `RevisionMixin`, `WorkflowMixin`) for a snippet holding a phone number, the check of that number
  with `phonenumbers` for the entry's country (on every form save, and again before any revision
  is published), and when and by whom the number was last verified;
- `CountryModeratorApprovalTask`: the review step. One workflow is assigned per snippet model
  (Wagtail's `WorkflowContentType`), but helplines belong to countries and some countries have
  several partners (Armenia: SACC and Armenian Progressive Youth). So the task has no fixed
  groups: an entry is reviewed by the moderators of every partner working in its country
  (site_config/partners.toml), by regional administrators and by superusers. A Swedish
  moderator never sees or approves a Georgian number.

`setup_partners` creates the workflow and assigns it to both models. `CountryModeratorsNotifier`
e-mails those moderators when something is submitted.
"""

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from phonenumbers import shortnumberinfo
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import (
    AbstractGroupApprovalTask,
    DraftStateMixin,
    RevisionMixin,
    Task,
    TaskState,
    WorkflowMixin,
)
from wagtail.signals import task_submitted

# A number unverified for longer than this is listed for its moderators (dashboard, e-mail).
VERIFICATION_INTERVAL_DAYS = 180


def number_problem(number: str, country_code: str) -> str | None:
    """Why `number` cannot be dialled as a helpline of `country_code`, or None when it can.

    A number written without "+" must be a valid full or short number (112, 116 111) of the
    country. One written with "+" may belong to another country: the Belarusian partner works
    in exile and its lines are Lithuanian.
    """
    try:
        parsed = phonenumbers.parse(number, country_code or None)
    except phonenumbers.NumberParseException:
        return _("This is not a phone number.")
    if number.strip().startswith("+"):
        if phonenumbers.is_valid_number(parsed):
            return None
        return _("This is not a valid international number. Check the country code and digits.")
    if phonenumbers.is_valid_number_for_region(
        parsed, country_code
    ) or shortnumberinfo.is_valid_short_number_for_region(parsed, country_code):
        return None
    return _(
        "This is not a valid number in the chosen country. Check the digits, or write the "
        "number with its country code (+…)."
    )


class ReviewedNumberMixin(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """Drafts, review and verification for a snippet whose `number_field` readers dial."""

    number_field = "phone_number"

    last_verified_at = models.DateTimeField(_("number last verified"), null=True, blank=True)
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("number verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions

    @property
    def dialled_number(self) -> str:
        return getattr(self, self.number_field)

    def clean(self):
        super().clean()
        problem = number_problem(self.dialled_number or "", self.country_code)
        if problem:
            raise ValidationError({self.number_field: problem})

    def publish(self, revision, *args, **kwargs):
        # Forms refuse a bad number already; this is the last line for a revision made some
        # other way (an import, older validation rules): it never reaches a reader.
        candidate = revision.as_object()
        problem = number_problem(candidate.dialled_number or "", candidate.country_code)
        if problem:
            raise ValidationError({self.number_field: problem})
        return super().publish(revision, *args, **kwargs)

    def with_content_json(self, content):
        # Verification belongs to the number, not to a revision: publishing an older draft
        # must not bring back an older "last verified".
        obj = super().with_content_json(content)
        obj.last_verified_at = self.last_verified_at
        obj.last_verified_by_id = self.last_verified_by_id
        return obj


def moderator_countries(user) -> set[str] | None:
    """The countries whose numbers `user` reviews and verifies; None: every country."""
    from core.partners import REGIONAL_ADMINS_GROUP, load_partners

    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser or user.groups.filter(name=REGIONAL_ADMINS_GROUP).exists():
        return None
    names = set(user.groups.values_list("name", flat=True))
    return {partner.country for partner in load_partners() if partner.moderators_group in names}


def user_moderates(user, instance) -> bool:
    countries = moderator_countries(user)
    return countries is None or instance.country_code in countries


class CountryModeratorApprovalTask(Task):
    """Approval by the moderators of the partners in the entry's country (module docstring)."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("country moderators' approval")
        verbose_name_plural = _("country moderators' approvals")

    @classmethod
    def get_description(cls):
        return _(
            "Moderators of the partners in the entry's country and regional administrators "
            "approve this task"
        )

    def user_can_access_editor(self, obj, user):
        return user_moderates(user, obj)

    def locked_for_user(self, obj, user):
        return not user_moderates(user, obj)

    def user_can_lock(self, obj, user):
        return user_moderates(user, obj)

    def _user_in_groups(self, user):
        # Lets Wagtail's group approval build the actions below (its labels and translations).
        return True

    def get_actions(self, obj, user):
        if not user_moderates(user, obj):
            return []
        actions = AbstractGroupApprovalTask.get_actions(self, obj, user)
        revision = obj.get_latest_revision()
        candidate = revision.as_object() if revision else obj
        # A number that fails the check is never approved, only sent back ("reject").
        if number_problem(candidate.dialled_number or "", candidate.country_code) is not None:
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from django.contrib.contenttypes.models import ContentType

        from support.models import EmergencyNumber, Helpline

        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        countries = moderator_countries(user)
        if countries is None:
            return states
        if not countries:
            return TaskState.objects.none()
        in_country = Q(pk__in=[])
        for model in (Helpline, EmergencyNumber):
            ids = [
                str(pk)
                for pk in model.objects.filter(country_code__in=countries).values_list(
                    "pk", flat=True
                )
            ]
            in_country |= Q(
                workflow_state__base_content_type=ContentType.objects.get_for_model(model),
                workflow_state__object_id__in=ids,
            )
        return states.filter(in_country)


class CountryModeratorsNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """E-mails the entry's country moderators (Wagtail's own message, each in their admin
    language) when a number is submitted: Wagtail's notifier knows group approval tasks only."""

    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, CountryModeratorApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        from support.verification import moderators_of_country

        entry = task_state.workflow_state.content_object
        recipients = moderators_of_country(entry.country_code)
        if (user := kwargs.get("user")) is not None:
            recipients = recipients.exclude(pk=user.pk)
        return recipients


country_moderators_notifier = CountryModeratorsNotifier()


def connect():
    task_submitted.connect(
        country_moderators_notifier,
        sender=TaskState,
        dispatch_uid="support_country_moderators_notification",
    )
