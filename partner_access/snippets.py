"""Helplines and emergency numbers: model-wide snippets in Wagtail, limited here to a country.

A partner's editors and moderators may list, create, edit, copy, delete and see the history of
the entries of their partner's country only. The limit is enforced on the server in three places:

- the permission policy's `CountryScope` (used by Wagtail's per-object checks, bulk actions and by
  `localize_snippet_permissions` for wagtail-localize's translation editor),
- the viewset (`core.scoped_snippets.ScopedSnippetViewSet`): its listing shows only the user's
  countries, and every per-object view refuses a foreign entry with 403 before Wagtail's view runs
  (Wagtail's generic views check model-wide permissions only:
  https://github.com/wagtail/wagtail/issues/13314),
- the form, so an entry cannot be created for, or moved to, another country.

Translators of a locale may also translate these entries into their locale
(`localization.translator_snippets.TranslatorLocaleScope`); both scopes apply.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList

from core.scoped_snippets import ScopedPermissionPolicy, ScopedSnippetViewSet
from localization.translator_snippets import TranslatorLocaleScope
from partner_access.scope import allowed_countries
from support.models import EmergencyNumber, Helpline


class CountryScope:
    """Partner users reach only the entries of their partners' countries."""

    def instance_in_scope(self, user, action, instance) -> bool:
        countries = allowed_countries(user)
        in_country = countries is None or instance.country_code in countries
        return in_country and super().instance_in_scope(user, action, instance)

    def scope_queryset(self, user, actions, queryset):
        countries = allowed_countries(user)
        if countries is not None:
            queryset = queryset.filter(country_code__in=countries)
        return super().scope_queryset(user, actions, queryset)


class CountryScopedPermissionPolicy(CountryScope, TranslatorLocaleScope, ScopedPermissionPolicy):
    """Model permissions, limited to the user's countries and, for translators, their locale."""


class CountryScopedSnippetForm(WagtailAdminModelForm):
    """Refuses a country the user's partners do not work in."""

    def clean_country_code(self):
        country_code = self.cleaned_data.get("country_code")
        countries = allowed_countries(self.for_user) if self.for_user else None
        if countries is not None and country_code not in countries:
            raise ValidationError(
                _("You can only manage entries for the countries your organisation works in.")
            )
        return country_code


class CountryScopedSnippetViewSet(ScopedSnippetViewSet):
    """Checks the country on every view (see the module docstring) and in the form."""

    def get_edit_handler(self):
        return ObjectList(
            self.model.panels, base_form_class=CountryScopedSnippetForm
        ).bind_to_model(self.model)


class HelplineViewSet(CountryScopedSnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    list_display = ["name", "phone_number", "country_code", "locale", "last_verified_at"]
    list_filter = ["country_code", "locale"]


class EmergencyNumberViewSet(CountryScopedSnippetViewSet):
    model = EmergencyNumber
    icon = "warning"
    list_display = ["label", "number", "country_code", "locale", "last_verified_at"]
    list_filter = ["country_code", "locale"]
