"""Template tags for the translation editor's additions."""

from django import template

from localization.review import review_blocker
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
