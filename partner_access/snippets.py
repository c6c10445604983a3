"""Helplines and emergency numbers: model-wide snippets in Wagtail, limited here to a country.

A partner's editors and moderators may list, create, edit, copy, delete and see the history of
the entries of their partner's country only. The limit is enforced on the server in three places
(three, because Wagtail's generic views check model-wide permissions only, not the policy's
per-instance methods: https://github.com/wagtail/wagtail/issues/13314; once that is fixed the
per-object wrapper below can go):

- the permission policy (used by Wagtail's per-object checks, bulk actions and by
  `localize_snippet_permissions` for wagtail-localize's translation editor),
- the viewset: its listing shows only the user's countries, and every per-object view (edit,
  delete, copy, history, revisions, usage, inspect, preview, unpublish...) refuses a foreign
  entry with 403 before Wagtail's view runs,
- the form, so an entry cannot be created for, or moved to, another country.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from partner_access.scope import allowed_countries
from support.models import EmergencyNumber, Helpline


class CountryScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, further limited to the countries of the user's partners."""

    def _in_users_countries(self, user, instance) -> bool:
        countries = allowed_countries(user)
        return countries is None or instance.country_code in countries

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_users_countries(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._in_users_countries(
            user, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        countries = allowed_countries(user)
        if countries is None:
            return instances
        return instances.filter(country_code__in=countries)


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


def refuse_foreign_entries(model, view):
    """Wrap a per-object admin view so that it answers 403 for another country's entry."""

    @wraps(view)
    def scoped_view(request, *args, **kwargs):
        countries = allowed_countries(request.user)
        if countries is not None and "pk" in kwargs:
            entry = model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            if entry is not None and entry.country_code not in countries:
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return scoped_view


class CountryScopedSnippetViewSet(SnippetViewSet):
    """Lists and finds only the entries of the user's countries; see the module docstring."""

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = refuse_foreign_entries(self.model, pattern.callback)
        return patterns

    def get_queryset(self, request):
        queryset = self.model._default_manager.all()
        countries = allowed_countries(request.user)
        if countries is not None:
            queryset = queryset.filter(country_code__in=countries)
        return queryset

    def get_edit_handler(self):
        return ObjectList(
            self.model.panels, base_form_class=CountryScopedSnippetForm
        ).bind_to_model(self.model)


class HelplineViewSet(CountryScopedSnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    list_display = ["name", "phone_number", "country_code", "locale"]
    list_filter = ["country_code", "locale"]


class EmergencyNumberViewSet(CountryScopedSnippetViewSet):
    model = EmergencyNumber
    icon = "warning"
    list_display = ["label", "number", "country_code", "locale"]
    list_filter = ["country_code", "locale"]
