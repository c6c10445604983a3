"""Delete readers' questions that are past keeping (for cron, daily: docs/operations.md).

- Unanswered (new, being answered) and rejected questions: deleted, row and all, once they are
  `QUESTIONS_KEEP_DAYS` (30) days old. Their reference then finds nothing.
- Answered questions: their text went when the answer was published; the row (state and the
  link to the answer, for the reader's lookup) goes `QUESTIONS_ANSWERED_KEEP_DAYS` (90) days
  after it arrived.

A draft answer page a moderator started is a page of the partner's, with only the edited
question, and stays for its editors to publish or delete.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from questions.models import Question


def expire(today=None) -> int:
    today = today or timezone.localdate()
    unanswered = Question.objects.exclude(status=Question.Status.ANSWERED).filter(
        received_on__lte=today - timedelta(days=settings.QUESTIONS_KEEP_DAYS)
    )
    answered = Question.objects.filter(
        status=Question.Status.ANSWERED,
        received_on__lte=today - timedelta(days=settings.QUESTIONS_ANSWERED_KEEP_DAYS),
    )
    deleted = unanswered.delete()[0] + answered.delete()[0]
    return deleted


class Command(BaseCommand):
    help = "Delete readers' questions unanswered for 30 days (and old answered ones' state)."

    def handle(self, *args, **options):
        self.stdout.write(f"{expire()} questions deleted.")
