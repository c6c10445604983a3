"""Template tags for the translation editor's additions."""

from django import template

from localization.review import review_blocker

register = template.Library()


@register.simple_tag(takes_context=True)
def can_submit_for_review(context, page) -> bool:
    """Whether to offer "Submit for review" under the translation editor."""
    return review_blocker(page, context["request"].user) is None
