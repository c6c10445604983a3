"""A translation of a snippet with drafts (helplines, emergency numbers) goes to review.

Works around wagtail-localize 1.14's translation editor (checked with 1.14.5 on Wagtail 8.0.1),
which for a `DraftStateMixin` snippet offers only "Publish", and answers 403 to anyone without
the model's publish permission: a translator could save strings but never send them to the
country's moderators (wagtail-localize and workflows are not connected:
wagtail/wagtail-localize#676). As for pages (`localization.review`), "Submit translation for
review" here saves the translated strings as a draft revision and starts the model's workflow
(support.number_review).

`Translation.save_target(publish=False)` does not keep the live version either: for a
`DraftStateMixin` snippet it writes the draft into the row and sets `live = False`
(wagtail_localize.models.TranslationSource.create_or_update_translation), so readers would lose
the live translation until approval. The live row is put back from its live revision; the draft
stays in the latest revision (upstream's draft handling: wagtail/wagtail-localize#655, #463).
Remove when the translation editor can submit snippets to a workflow upstream.
"""

from django.apps import apps
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import DraftStateMixin, TranslatableMixin, WorkflowMixin
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation


def reviewed_snippet(instance) -> bool:
    """Whether `instance` is a translatable snippet whose changes go through a workflow."""
    return (
        isinstance(instance, DraftStateMixin)
        and isinstance(instance, WorkflowMixin)
        and isinstance(instance, TranslatableMixin)
        and not hasattr(instance, "get_parent")  # pages have localization.review
    )


def translation_of_snippet(instance) -> Translation | None:
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )


def snippet_review_blocker(instance, user) -> str | None:
    """Why `instance` cannot be submitted for review by `user` now, or None."""
    policy = policy_registry.get_by_type(type(instance))
    if not policy.user_has_permission_for_instance(user, "change", instance):
        return _("You may not change this entry.")
    if instance.get_workflow() is None:
        return _("This entry has no review workflow. Ask a regional administrator.")
    if instance.workflow_in_progress:
        return _("This entry is already waiting for review.")
    return None


def snippet_review_url(instance) -> str:
    meta = instance._meta
    return reverse(
        "localization_submit_snippet_translation_for_review",
        args=[meta.app_label, meta.model_name, instance.pk],
    )


def save_snippet_draft_keeping_live_content(translation, instance, user):
    """Save the translation as a draft revision; readers keep the live version (docstring)."""
    live_revision = instance.live_revision if instance.live else None
    translation.save_target(user=user, publish=False)
    instance.refresh_from_db()
    if live_revision is not None:
        live_object = live_revision.as_object()
        live_object.live = True
        live_object.has_unpublished_changes = True
        live_object.live_revision = live_revision
        live_object.latest_revision = instance.latest_revision
        live_object.save()
        instance.refresh_from_db()
    return instance


@require_POST
def submit_snippet_translation_for_review(request, app_label, model_name, pk):
    model = apps.get_model(app_label, model_name)
    instance = get_object_or_404(model, pk=pk)
    translation = translation_of_snippet(instance)
    if not reviewed_snippet(instance) or translation is None:
        raise PermissionDenied
    # The snippet's edit view opens wagtail-localize's translation editor for a translation.
    editor_url = redirect(f"wagtailsnippets_{app_label}_{model_name}:edit", quote(instance.pk))
    blocker = snippet_review_blocker(instance, request.user)
    if blocker:
        messages.error(request, blocker)
        return editor_url
    try:
        with transaction.atomic():
            instance = save_snippet_draft_keeping_live_content(translation, instance, request.user)
            instance.get_workflow().start(instance, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
        return editor_url
    messages.success(request, _("'%(entry)s' was submitted for review.") % {"entry": instance})
    return editor_url
