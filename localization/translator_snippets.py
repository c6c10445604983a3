"""Translators translate snippets into their own locale, and change nothing else.

Topics, the navigation menu, the footer, helplines, emergency numbers and the search's crisis
words are translatable snippets. Wagtail's snippet permissions are per model, and wagtail-localize
has one permission for all translation work (wagtail/wagtail-localize#108; see
`translator_locales`), so a translator group given `change_topic` could also rewrite the English
topics, or the Swedish ones. This module narrows that, as a scope of
`core.scoped_snippets.ScopedPermissionPolicy`:

- a user who holds a snippet model's permissions only through translator groups
  ("Translators: ka") may list and see every entry (they need the originals to press
  "Translate"), and may change an entry only when it is a translation into one of their locales
  (an enabled wagtail-localize translation targets it);
- they never add, copy or delete (they are not given those permissions);
- anyone with the permission through another group (partners, regional administrators) is not
  limited here.

`setup_partners` grants the translator groups view and change on `TRANSLATABLE_SNIPPETS`.
`submit_guard` limits the "Translate" form: into the user's locales only, and a helpline or
emergency number only into the languages of its country's partners. Topics, menus and footers
have no drafts: what a translator saves in the translation editor is what readers see
(docs/translations.md). Helplines and emergency numbers have drafts and go to review
(`localization.snippet_review`).
"""

from django.apps import apps
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.partners import load_partners
from core.scoped_snippets import ScopedPermissionPolicy

from .translator_locales import translator_group_codes

# app_label.model_name of every translatable snippet readers see.
TRANSLATABLE_SNIPPETS = (
    "articles.topic",
    "navigation.navigationmenu",
    "navigation.footer",
    "mirrors.mirrorlist",
    "support.helpline",
    "support.emergencynumber",
    "site_search.crisiswords",
)
TRANSLATOR_SNIPPET_ACTIONS = ("view", "change")


def translator_snippet_permissions() -> list[Permission]:
    """The permissions `setup_partners` gives every translator group."""
    wanted = []
    for label in TRANSLATABLE_SNIPPETS:
        model = apps.get_model(label)
        content_type = ContentType.objects.get_for_model(model)
        for action in TRANSLATOR_SNIPPET_ACTIONS:
            wanted.append(
                Permission.objects.get(
                    content_type=content_type,
                    codename=get_permission_codename(action, model._meta),
                )
            )
    return wanted


def translator_locale_ids(user, model) -> frozenset[int] | None:
    """The locales a translator-only user may change `model` entries in; None: not limited.

    Remembered on the user object, which lives as long as the request: a listing asks once per row.
    """
    remembered = user.__dict__.setdefault("_translator_snippet_locales", {})
    label = model._meta.label_lower
    if label not in remembered:
        remembered[label] = _translator_locale_ids(user, model)
    return remembered[label]


def _translator_locale_ids(user, model) -> frozenset[int] | None:
    if not user.is_authenticated:
        return None
    managing = Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        codename__in=[
            get_permission_codename(action, model._meta) for action in ("add", "change", "delete")
        ],
    )
    codes = translator_group_codes(user, managing)
    if codes is None:
        return None
    return frozenset(Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True))


def is_translation(instance) -> bool:
    """Whether an enabled wagtail-localize translation targets `instance` (not an original)."""
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).exists()


class TranslatorLocaleScope:
    """A scope for `core.scoped_snippets.ScopedPermissionPolicy`: see the module docstring."""

    def instance_in_scope(self, user, action, instance) -> bool:
        locale_ids = translator_locale_ids(user, self.model)
        limited = locale_ids is not None and action != "view"
        if limited and (instance.locale_id not in locale_ids or not is_translation(instance)):
            return False
        return super().instance_in_scope(user, action, instance)

    def scope_queryset(self, user, actions, queryset):
        locale_ids = translator_locale_ids(user, self.model)
        if locale_ids is not None and "view" not in actions:
            translations = Translation.objects.filter(
                enabled=True,
                source__object_id=OuterRef("translation_key"),
                target_locale_id=OuterRef("locale_id"),
            )
            queryset = queryset.filter(Exists(translations), locale_id__in=locale_ids)
        return super().scope_queryset(user, actions, queryset)


def snippet_language_codes(instance) -> set[str] | None:
    """The languages a country's entry may be translated into; None: any language.

    A helpline or emergency number is shown on the support pages of its country's partners, which
    exist only in those partners' languages (partners.toml).
    """
    country_code = getattr(instance, "country_code", None)
    if not country_code:
        return None
    return {
        code
        for partner in load_partners()
        if partner.country == country_code
        for code in partner.all_locales
    }


def refusal_for_snippet(instance, locale) -> str | None:
    """Why `instance` may not be translated into `locale`, or None when it may."""
    codes = snippet_language_codes(instance)
    if codes is not None and locale.language_code not in codes:
        return _(
            "This entry is shown only on the support pages of its country, which are not "
            "published in %(language)s."
        ) % {"language": locale.get_display_name()}
    return None


class TranslatorScopedPermissionPolicy(TranslatorLocaleScope, ScopedPermissionPolicy):
    """Model permissions; translators change only translations into their own locales."""
