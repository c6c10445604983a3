"""The "Translate" form offers, and accepts, only what the user may translate.

Works around wagtail-localize's submit view (`wagtail_localize.views.submit_translations`), which
checks only the global `submit_translation` permission and then creates translations into any
locale, and with "Include subtree" every descendant too (wagtail/wagtail-localize#108: one
permission for all translation access). The rules are in `translator_locales` (pages) and
`translator_snippets` (snippets). A crafted POST is
refused server-side: nothing is created, and the user is sent back to the form with the reason.
Remove when wagtail-localize checks per-locale and per-page rights in that view.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.views.submit_translations import SubmitTranslationView

from .translator_locales import refusal_for_page, translatable_language_codes
from .translator_snippets import refusal_for_snippet, snippet_language_codes

_wagtail_localize_get_form = SubmitTranslationView.get_form
_wagtail_localize_post = SubmitTranslationView.post


def get_form(self):
    form = _wagtail_localize_get_form(self)
    codes = translatable_language_codes(self.request.user)
    field = form.fields["locales"]
    if (
        not isinstance(self.object, Page)
        and (languages := snippet_language_codes(self.object)) is not None
    ):
        codes &= languages
    field.queryset = field.queryset.filter(language_code__in=codes)
    return form


def refusal(user, instance, locales, include_subtree: bool) -> str | None:
    """The first reason the submission may not go ahead, or None."""
    codes = translatable_language_codes(user)
    for locale in locales:
        if locale.language_code not in codes:
            return _("You may not translate into %(language)s.") % {
                "language": locale.get_display_name()
            }
        if not isinstance(instance, Page):
            reason = refusal_for_snippet(instance, locale)
            if reason:
                return reason
            continue
        pages = [instance]
        if include_subtree:
            pages += list(instance.get_descendants())
        for page in pages:
            reason = refusal_for_page(user, page, locale)
            if reason:
                return reason
    return None


def post(self, request, **kwargs):
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    locales = list(Locale.objects.filter(pk__in=ids))
    include_subtree = request.POST.get("include_subtree") in {"on", "true", "True", "1"}
    reason = refusal(request.user, self.object, locales, include_subtree)
    if reason:
        messages.error(request, reason)
        return redirect(request.get_full_path())
    return _wagtail_localize_post(self, request, **kwargs)


SubmitTranslationView.get_form = get_form
SubmitTranslationView.post = post
