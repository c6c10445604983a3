"""The partners' anonymous question box (issue 13): readers ask, moderators answer in public.

Its own app, not part of `support` or `articles`, because it holds what no other app may: readers'
own words, encrypted at rest (questions.crypto), readable only by the asked partner's moderators
(questions.access), deleted on answer or after 30 days (`expire_questions`), and it has its own
cookie-less, rate-limited form (questions.views, questions.abuse). Keeping it apart keeps that
data, its permissions and its retention in one place that can be audited on its own.

Must not: store or log the reader's address, set a cookie, put the reader's text anywhere but the
encrypted column (no log, no e-mail, no page revision, no cache), or load anything from a third
party.
"""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = _("Questions from readers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from questions import checks, signals  # noqa: F401 (registers checks and receivers)
