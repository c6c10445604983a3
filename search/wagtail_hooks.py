"""The crisis-words snippet's admin: regional administrators edit every language's list;
translators change only the list of their own locale (a translation of the English one)."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.scoped_snippets import ScopedSnippetViewSet
from localization.translator_snippets import TranslatorScopedPermissionPolicy
from search.models import CrisisWords


class CrisisWordsViewSet(ScopedSnippetViewSet):
    model = CrisisWords
    icon = "warning"
    list_display = ["__str__", "locale"]


register_permission_policy(CrisisWords, TranslatorScopedPermissionPolicy(CrisisWords))
register_snippet(CrisisWordsViewSet)
