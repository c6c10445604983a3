"""The topic snippet's admin: scoped so that translators change only their locale's topics."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from articles.models import Topic
from core.scoped_snippets import ScopedSnippetViewSet
from localization.translator_snippets import TranslatorScopedPermissionPolicy


class TopicViewSet(ScopedSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]


register_permission_policy(Topic, TranslatorScopedPermissionPolicy(Topic))
register_snippet(TopicViewSet)
