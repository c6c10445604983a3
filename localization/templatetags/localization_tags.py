"""Template tags for the translation editor's additions."""

from django import template

from localization.review import review_blocker
from localization.snippet_review import reviewed_snippet, snippet_review_blocker, snippet_review_url
from localization.translator_locales import page_rights_only_as_translator

register = template.Library()


@register.simple_tag(takes_context=True)
def can_submit_for_review(context, page) -> bool:
    """Whether to offer "Submit for review" under the translation editor."""
    return review_blocker(page, context["request"].user) is None


@register.simple_tag(takes_context=True)
def only_translating(context, page) -> bool:
    """Whether the user may only translate `page` (the editor's footer actions are not theirs)."""
    return page_rights_only_as_translator(context["request"].user, page)


@register.simple_tag(takes_context=True)
def snippet_review_action(context, instance) -> str:
    """The "Submit for review" address for a snippet with drafts, or "" when not offered."""
    if not reviewed_snippet(instance):
        return ""
    if snippet_review_blocker(instance, context["request"].user) is not None:
        return ""
    return snippet_review_url(instance)
