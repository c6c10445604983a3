"""The mirror list's admin: scoped like the footer, so translators change only their locale's."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.scoped_snippets import ScopedSnippetViewSet
from localization.translator_snippets import TranslatorScopedPermissionPolicy
from mirrors.models import MirrorList


class MirrorListViewSet(ScopedSnippetViewSet):
    model = MirrorList
    icon = "site"


register_permission_policy(MirrorList, TranslatorScopedPermissionPolicy(MirrorList))
register_snippet(MirrorListViewSet)
