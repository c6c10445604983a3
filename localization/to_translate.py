"""The translator's "To translate" listing: what is waiting for them in their locale.

Translators work in their locale's tree; the English pages they translate are outside it, and the
page explorer (kept to their permissions and partners by `partner_access`) does not show them, so
without this listing they found a page to translate only by typing its admin URL (issue 19.6).
For each locale the user translates into (`translator_locales`), it lists

- live pages with no page yet in that locale which the user may translate there
  (`translator_locales.refusal_for_page`: the partner's languages, and the user's edit rights
  where the translation would go), each linking to wagtail-localize's "Translate" form. Only
  live pages, and only their published titles: nobody's drafts appear here;
- translatable snippets (topics, menus, footers, helplines, emergency numbers) in the default
  language with no entry in that locale, which may go there (`translator_snippets`);
- translations into that locale that are out of date: the source page was published after the
  translation was last synced from it. Each offers "Update from source" (`update_from_source`),
  which refreshes the source strings of that translation only (wagtail-localize's shared
  source; no translated content changes in any locale) and opens the translation editor.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from .sync_guard import may_change
from .translator_locales import refusal_for_page, translatable_language_codes
from .translator_snippets import TRANSLATABLE_SNIPPETS, snippet_language_codes


@dataclass
class LocaleWork:
    locale: Locale
    pages: list = field(default_factory=list)
    snippets: list = field(default_factory=list)
    out_of_date: list = field(default_factory=list)


def untranslated_pages(user, locale) -> list[Page]:
    """Live source pages without a page in `locale` that `user` may translate into it."""
    in_locale = Page.objects.filter(locale=locale).values("translation_key")
    translation_targets = Translation.objects.filter(
        enabled=True,
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
    )
    candidates = (
        Page.objects.live()
        .filter(depth__gt=1, alias_of__isnull=True)
        .exclude(locale=locale)
        .exclude(translation_key__in=in_locale)
        .exclude(Exists(translation_targets))
        .select_related("locale")
        .order_by("path")
    )
    by_key = {}
    for page in candidates:
        # A page that exists in several languages is offered once, from the default language.
        if (
            page.translation_key not in by_key
            or page.locale.language_code == settings.LANGUAGE_CODE
        ):
            by_key[page.translation_key] = page
    pages = sorted(by_key.values(), key=lambda page: page.path)
    return [page for page in pages if refusal_for_page(user, page, locale) is None]


def untranslated_snippets(locale) -> list:
    """(model's verbose name, entry) of default-language snippets with no entry in `locale`."""
    found = []
    for label in TRANSLATABLE_SNIPPETS:
        model = apps.get_model(label)
        in_locale = model.objects.filter(locale=locale).values("translation_key")
        entries = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
            translation_key__in=in_locale
        )
        for entry in entries.order_by("pk"):
            languages = snippet_language_codes(entry)
            if languages is None or locale.language_code in languages:
                found.append((model._meta.verbose_name, entry))
    return found


def submit_snippet_url(entry) -> str:
    meta = entry._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(entry.pk)],
    )


def out_of_date_translations(user, locale) -> list:
    """(translation, target page, source page) whose source was published after the last sync."""
    stale = []
    translations = Translation.objects.filter(target_locale=locale, enabled=True).select_related(
        "source"
    )
    for translation in translations:
        try:
            source_page = translation.source.get_source_instance()
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue
        if not isinstance(source_page, Page) or source_page.last_published_at is None:
            continue
        if source_page.last_published_at <= translation.source.last_updated_at:
            continue
        if may_change(user, target):
            stale.append((translation, target, source_page))
    return stale


def work_for(user) -> list[LocaleWork]:
    codes = translatable_language_codes(user)
    work = []
    for locale in Locale.objects.filter(language_code__in=codes).order_by("language_code"):
        if locale.language_code == settings.LANGUAGE_CODE and len(codes) > 1:
            continue  # the default language is the source, not a translation
        item = LocaleWork(locale)
        item.pages = [(page, page.title) for page in untranslated_pages(user, locale)]
        item.snippets = [
            (name, entry, submit_snippet_url(entry))
            for name, entry in untranslated_snippets(locale)
        ]
        item.out_of_date = out_of_date_translations(user, locale)
        work.append(item)
    return work


def to_translate(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "localization/to_translate.html",
        {"work": work_for(request.user), "page_title": _("To translate")},
    )


@require_POST
def update_from_source(request, translation_id):
    """Refresh the source strings of one out-of-date translation, then open its editor."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error
    if not isinstance(target, Page):
        raise Http404
    if translation.target_locale.language_code not in translatable_language_codes(
        request.user
    ) or not may_change(request.user, target):
        raise PermissionDenied
    try:
        translation.source.update_from_db()
    except ObjectDoesNotExist:
        messages.error(request, _("The source of this translation no longer exists."))
        return redirect("localization_to_translate")
    messages.success(
        request,
        _(
            "The translation now shows the latest '%(source)s': translate the new strings and "
            "submit it for review."
        )
        % {"source": translation.source.object_repr},
    )
    return redirect("wagtailadmin_pages:edit", target.pk)
