"""Syncing translations changes only what the user may change, and publishes only where they may.

Works around wagtail-localize 1.14.x's update-translations view
(`wagtail_localize.views.update_translations.UpdateTranslationsView`, behind the "Sync translated
pages" and "Sync translated snippets" buttons). It checks only the global `submit_translation`
permission (wagtail/wagtail-localize#108) and then acts on every translation of the source: it
refreshes each one's view restrictions and machine translations, and with "Publish immediately"
it saves every target live, skipping each target's permissions and its review workflow
(wagtail/wagtail-localize#676; draft-only translation is #655). Issue 17.4: a Georgian translator
replaced the live topic descriptions in all seven languages with English that way (snippets have
no drafts, and the first version of this guard checked only models with drafts).

Here, for every user but superusers (checked against Wagtail 8.0.1 and wagtail-localize 1.14.5):

- the view (GET and POST) is refused, and nothing changes, unless the user may change every
  translation of the source: a page's `can_edit()`, a snippet's instance-aware permission policy
  (`core.scoped_snippets`), so a translator only ever syncs translations into their own locale
  (`translator_snippets`, `translator_permissions`);
- "Publish immediately" is refused unless the user may also publish every one of those
  translations, and nobody publishes a page around a review workflow in progress;
- the snippet listing's "Sync translated snippets" is offered only to users the view would
  accept. (The page explorer's "Sync translated pages" is on source pages, which translators
  do not see in the explorer: `partner_access` and their permissions keep them to their tree.)

Remove when upstream checks per-target rights in that view.
"""

from django.contrib import messages
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import DraftStateMixin, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsView

_wagtail_localize_dispatch = UpdateTranslationsView.dispatch
_wagtail_localize_form_valid = UpdateTranslationsView.form_valid


def translation_targets(source):
    """(locale, target instance) of every enabled translation of `source` that still exists."""
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            yield translation.target_locale, translation.get_target_instance()
        except ObjectDoesNotExist:
            continue


def may_change(user, target) -> bool:
    if isinstance(target, Page):
        return target.specific.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(target))
    return policy.user_has_permission_for_instance(user, "change", target)


def may_publish(user, target) -> bool:
    if isinstance(target, Page):
        target = target.specific
        return target.permissions_for_user(user).can_publish() and not target.workflow_in_progress
    if isinstance(target, DraftStateMixin):
        opts = target._meta
        return user.has_perm(f"{opts.app_label}.{get_permission_codename('publish', opts)}")
    return True


def unchangeable_locales(user, source) -> list:
    """The locales of `source`'s translations that `user` may not change (empty: may sync)."""
    if user.is_superuser:
        return []
    return [
        locale for locale, target in translation_targets(source) if not may_change(user, target)
    ]


def unpublishable_target(user, source):
    """The first translation target of `source` that `user` may not publish, or None."""
    for _locale, target in translation_targets(source):
        if not may_publish(user, target):
            return target
    return None


def dispatch(self, request, *args, **kwargs):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        refused = unchangeable_locales(request.user, source)
        if refused:
            messages.error(
                request,
                _(
                    "You may not update the translations of '%(object)s': it is also "
                    "translated into %(languages)s, which you may not change. Ask a regional "
                    "administrator."
                )
                % {
                    "object": source.object_repr,
                    "languages": ", ".join(locale.get_display_name() for locale in refused),
                },
            )
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return _wagtail_localize_dispatch(self, request, *args, **kwargs)


def form_valid(self, form):
    if form.cleaned_data.get("publish_translations"):
        refused = unpublishable_target(self.request.user, self.object)
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


UpdateTranslationsView.dispatch = dispatch
UpdateTranslationsView.form_valid = form_valid


def refused_sync_url(user, instance) -> str | None:
    """The update-translations URL of `instance` when `user` would be refused it, else None."""
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None or not unchangeable_locales(user, source):
        return None
    return reverse("wagtail_localize:update_translations", args=[source.pk])


@hooks.register("construct_snippet_listing_buttons")
def hide_refused_snippet_sync(buttons, snippet, user):
    refused_url = refused_sync_url(user, snippet)
    if refused_url:
        buttons[:] = [
            button for button in buttons if getattr(button, "url", "").split("?")[0] != refused_url
        ]
