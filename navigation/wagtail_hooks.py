"""The menu and footer snippets' admin: scoped so that translators change only their locale's."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.scoped_snippets import ScopedSnippetViewSet
from localization.translator_snippets import TranslatorScopedPermissionPolicy
from navigation.models import Footer, NavigationMenu


class NavigationMenuViewSet(ScopedSnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"


class FooterViewSet(ScopedSnippetViewSet):
    model = Footer
    icon = "doc-full"


for model in (NavigationMenu, Footer):
    register_permission_policy(model, TranslatorScopedPermissionPolicy(model))
register_snippet(NavigationMenuViewSet)
register_snippet(FooterViewSet)
