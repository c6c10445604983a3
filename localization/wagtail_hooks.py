"""Admin hooks of the localization app: the review submission URL, the translator edit guard,
the snippet listing's "Translate" button and the "To translate" listing with its menu item.
(The page-action and sync guards register their hooks in `page_actions` and `sync_guard`.)"""

from django.contrib.admin.utils import quote
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import review, snippet_review, to_translate
from .translator_locales import translatable_language_codes
from .translator_snippets import snippet_language_codes


@hooks.register("register_admin_urls")
def register_review_url():
    return [
        path(
            "localization/pages/<int:page_id>/submit-for-review/",
            review.submit_translation_for_review,
            name="localization_submit_translation_for_review",
        ),
        path(
            "localization/to-translate/",
            to_translate.to_translate,
            name="localization_to_translate",
        ),
        path(
            "localization/translations/<int:translation_id>/update-from-source/",
            to_translate.update_from_source,
            name="localization_update_from_source",
        ),
        path(
            "localization/snippets/<str:app_label>/<str:model_name>/<str:pk>/submit-for-review/",
            snippet_review.submit_snippet_translation_for_review,
            name="localization_submit_snippet_translation_for_review",
        ),
    ]


class ToTranslateMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def register_to_translate_menu_item():
    return ToTranslateMenuItem(
        gettext_lazy("To translate"),
        reverse("localization_to_translate"),
        name="to-translate",
        icon_name="wagtail-localize-language",
        order=250,
    )


# Before wagtail-localize's own hook (order 0), which would open the translation editor.
hooks.register("before_edit_page", review.refuse_translator_editing_originals, order=-1)


@hooks.register("construct_snippet_listing_buttons")
def offer_translate_only_where_the_user_may(buttons, snippet, user):
    """wagtail-localize offers "Translate" while any locale lacks a translation; keep it only when
    one of the locales this user may translate the entry into still lacks one."""
    if not isinstance(snippet, TranslatableMixin):
        return
    meta = type(snippet)._meta
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(snippet.pk)],
    )
    # Asked once a listing row: remembered on the user object, which lives as long as the request.
    if "_translatable_language_codes" not in user.__dict__:
        user._translatable_language_codes = translatable_language_codes(user)
    codes = set(user._translatable_language_codes)
    if (languages := snippet_language_codes(snippet)) is not None:
        codes &= languages
    translated = set(
        snippet.get_translations(inclusive=True).values_list("locale__language_code", flat=True)
    )
    if not codes - translated:
        buttons[:] = [button for button in buttons if getattr(button, "url", None) != url]
