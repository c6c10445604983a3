"""The "Translate" form offers, and accepts, only what the user may translate.

Works around wagtail-localize's submit view (`wagtail_localize.views.submit_translations`), which
checks only the global `submit_translation` permission and then creates translations into any
locale, and with "Include subtree" every descendant too (wagtail/wagtail-localize#108: one
permission for all translation access). The rules are in `translator_locales` (pages) and
`translator_snippets` (snippets). A crafted POST is
refused server-side: nothing is created, and the user is sent back to the form with the reason.

The form shows the page's title (its latest draft title). For a page the user may translate into
none of their locales (another partner's page, say) the form is not shown at all, and a POST is
refused without naming it, so that no draft title leaks (issue 19.9); refusals about pages in a
subtree name an unpublished page by its ID only (`translator_locales.page_label`).
Remove when wagtail-localize checks per-locale and per-page rights in that view.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.views.submit_translations import SubmitTranslationView

from .translator_locales import refusal_for_page, translatable_language_codes, translatable_locales
from .translator_snippets import refusal_for_snippet, snippet_language_codes

_wagtail_localize_get_form = SubmitTranslationView.get_form
_wagtail_localize_post = SubmitTranslationView.post
_wagtail_localize_get = SubmitTranslationView.get


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


def may_translate_somewhere(user, page) -> bool:
    """Whether `user` may translate `page` into at least one of their locales."""
    return any(
        refusal_for_page(user, page, locale) is None for locale in translatable_locales(user)
    )


def refuse_unknown_page(request):
    messages.error(request, _("You may not translate this page into any of your languages."))
    return redirect("localization_to_translate")


def get(self, request, *args, **kwargs):
    if isinstance(self.object, Page) and not may_translate_somewhere(request.user, self.object):
        return refuse_unknown_page(request)
    return _wagtail_localize_get(self, request, *args, **kwargs)


def post(self, request, **kwargs):
    if isinstance(self.object, Page) and not may_translate_somewhere(request.user, self.object):
        return refuse_unknown_page(request)
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
SubmitTranslationView.get = get
