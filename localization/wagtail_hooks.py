"""Admin hooks of the localization app: the review submission URL and the translator edit guard."""

from django.urls import path
from wagtail import hooks

from . import review


@hooks.register("register_admin_urls")
def register_review_url():
    return [
        path(
            "localization/pages/<int:page_id>/submit-for-review/",
            review.submit_translation_for_review,
            name="localization_submit_translation_for_review",
        )
    ]


# Before wagtail-localize's own hook (order 0), which would open the translation editor.
hooks.register("before_edit_page", review.refuse_translator_editing_originals, order=-1)
