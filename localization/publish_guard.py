"""Syncing translations publishes only where the user may publish.

Works around wagtail-localize's "Sync translated pages" view
(`wagtail_localize.views.update_translations`): with "Publish immediately" ticked it publishes every
translation of the source live, checking only the global `submit_translation` permission, so it
skips each target tree's page permissions and its review workflow (the interaction of
wagtail-localize and workflows is wagtail/wagtail-localize#676; draft-only translation is #655).
Here that option is refused unless the user may publish every one of those translations, and
while a translation is in a review workflow nobody can publish it around the workflow.
Remove when upstream checks publish rights per target in that view.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.views.update_translations import UpdateTranslationsView

_wagtail_localize_form_valid = UpdateTranslationsView.form_valid


def unpublishable_target(user, translations):
    """The first translation target `user` may not publish, or None."""
    for translation in translations:
        target = translation.get_target_instance()
        if isinstance(target, Page):
            target = target.specific
            if not target.permissions_for_user(user).can_publish():
                return target
            if target.workflow_in_progress:
                return target
        elif isinstance(target, DraftStateMixin):
            opts = target._meta
            if not user.has_perm(f"{opts.app_label}.publish_{opts.model_name}"):
                return target
    return None


def form_valid(self, form):
    if form.cleaned_data.get("publish_translations"):
        enabled = self.object.translations.filter(enabled=True).select_related("target_locale")
        refused = unpublishable_target(self.request.user, enabled)
        if refused is not None:
            messages.error(
                self.request,
                _(
                    "You may not publish '%(object)s': save the translations without "
                    "publishing, and submit them for review."
                )
                % {"object": str(refused)},
            )
            return redirect(self.request.get_full_path())
    return _wagtail_localize_form_valid(self, form)


UpdateTranslationsView.form_valid = form_valid
