"""When an answer page is published, its question is answered and the reader's text deleted."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from questions.models import AnswerPage, Question


@receiver(page_published)
def close_answered_questions(sender, instance, **kwargs):
    if not isinstance(instance, AnswerPage):
        return
    for question in Question.objects.filter(answer_page_id=instance.pk).exclude(
        status=Question.Status.ANSWERED
    ):
        question.close(Question.Status.ANSWERED)


@receiver(post_delete, sender=AnswerPage)
def reopen_when_answer_deleted(sender, instance, **kwargs):
    # The draft answer was deleted before it went live: the question waits again.
    Question.objects.filter(status=Question.Status.ANSWERING, answer_page__isnull=True).update(
        status=Question.Status.NEW
    )
