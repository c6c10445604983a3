"""The question box's data: readers' questions (encrypted) and the pages that answer them.

- `Question`: one reader's question to one partner, in the language he asked in. Its text is
  encrypted at rest (questions.crypto) and wiped when the answer is published or the question is
  rejected; the row itself goes 30 days after it arrived unless answered (`expire_questions`).
  Only a keyed digest of the reader's reference is kept (questions.references). No address,
  no time of day (only the date), no device: nothing else ties him to it.
- `QuestionIndexPage`: "Questions and answers" under each partner, one per language.
- `AnswerPage`: an answered question as moderators edited it (names, places, schools removed),
  never the reader's raw text, with the answer and its topics; published through the partner's
  review workflow like any page of the partner's subtree.
"""

from django import forms
from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models import BasePage
from core.reader_listings import without_restricted
from questions import crypto

QUESTION_MAX_LENGTH = 2000
QUESTION_MIN_LENGTH = 10


def ask_url(partner_slug: str) -> str:
    """The question form of a partner in the active language; '' where it takes none there."""
    from django.urls import reverse
    from django.utils import translation

    from questions.access import partner_by_slug

    partner = partner_by_slug(partner_slug)
    if partner is None or translation.get_language() not in partner.all_locales:
        return ""
    return reverse("questions:ask", args=[partner_slug])


class Question(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ANSWERING = "answering", _("Being answered")
        ANSWERED = "answered", _("Answered")
        REJECTED = "rejected", _("Rejected")

    partner_slug = models.SlugField(_("partner"), max_length=64, db_index=True)
    language_code = models.CharField(_("language"), max_length=8)
    # A keyed digest of the reader's reference, never the reference (questions.references).
    reference_digest = models.CharField(max_length=64, unique=True, editable=False)
    # Fernet token of the reader's text (questions.crypto); empty once answered or rejected.
    text_encrypted = models.BinaryField(editable=False, blank=True, default=b"")
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    mentions_crisis = models.BooleanField(_("mentions a crisis"), default=False)
    # The date only: a time of day could be matched with something else the reader did.
    received_on = models.DateField(_("received on"), default=timezone.localdate, db_index=True)
    closed_on = models.DateField(_("answered or rejected on"), null=True, blank=True)
    answer_page = models.ForeignKey(
        "questions.AnswerPage",
        verbose_name=_("answer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )

    class Meta:
        verbose_name = _("reader's question")
        verbose_name_plural = _("readers' questions")
        ordering = ["received_on", "pk"]
        permissions = [("moderate_question", "Can read and answer readers' questions")]

    def __str__(self):
        # Never the text: this is what logs, error reports and the admin's history show.
        return f"Question {self.pk} ({self.partner_slug}, {self.language_code})"

    __repr__ = __str__

    @property
    def text(self) -> str:
        return crypto.decrypt(self.text_encrypted)

    @text.setter
    def text(self, value: str) -> None:
        self.text_encrypted = crypto.encrypt(value) if value else b""

    @property
    def has_text(self) -> bool:
        return bool(self.text_encrypted)

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.NEW, self.Status.ANSWERING)

    def close(self, status) -> None:
        """Answered or rejected: the reader's text is deleted, the state stays for his lookup."""
        self.status = status
        self.text_encrypted = b""
        self.closed_on = timezone.localdate()
        self.save(update_fields=["status", "text_encrypted", "closed_on"])


class QuestionIndexPage(BasePage):
    """A partner's answered questions in one language, newest first."""

    PAGE_SIZE = 20

    intro = models.TextField(_("intro"), max_length=600, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]

    parent_page_types = ["countries.PartnerPage"]
    subpage_types = ["questions.AnswerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("questions and answers page")

    def add_content_context(self, context, request):
        answers = (
            without_restricted(AnswerPage.objects.live())
            .child_of(self)
            .order_by("-first_published_at", "-pk")
        )
        try:
            context["page_obj"] = Paginator(answers, self.PAGE_SIZE).page(
                request.GET.get("page", 1)
            )
        except InvalidPage as error:
            raise Http404 from error
        from django.urls import reverse

        partner_page = next((p for p in context["breadcrumbs"] if p.depth == self.depth - 1), None)
        context["partner_page"] = partner_page
        context["ask_url"] = ask_url(partner_page.slug) if partner_page else ""
        context["lookup_url"] = reverse("questions:lookup")


class AnswerPage(BasePage):
    """One answered question: the question as moderators edited it, and the answer."""

    question = models.TextField(
        _("question"),
        max_length=QUESTION_MAX_LENGTH,
        help_text=_(
            "As readers will see it: remove names, places, schools and anything else that "
            "could tell who asked."
        ),
    )
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ul", "ol"])
    topics = ParentalManyToManyField(
        "articles.Topic",
        related_name="answers",
        blank=True,
        # The English topic is the identity in every locale, as for articles.
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        verbose_name=_("topics"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.FilterField("locale_id"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("question"),
        TranslatableField("answer"),
        SynchronizedField("topics"),
    ]

    parent_page_types = ["questions.QuestionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("answered question")
        verbose_name_plural = _("answered questions")

    @cached_property
    def summary_text(self):
        text = self.search_description or self.question
        return text if len(text) <= 300 else text[:297].rstrip() + "…"

    def add_content_context(self, context, request):
        from articles.models import TopicPage
        from support.models import SupportPage

        context["topic_pages"] = (
            without_restricted(TopicPage.objects.live())
            .filter(locale_id=self.locale_id, topic__in=self.topics.all())
            .order_by("title")
        )
        partner_page = next((p for p in context["breadcrumbs"] if p.depth == self.depth - 2), None)
        context["partner_page"] = partner_page
        context["ask_url"] = ask_url(partner_page.slug) if partner_page else ""
        context["support_page"] = (
            without_restricted(SupportPage.objects.live()).child_of(partner_page).first()
            if partner_page is not None
            else None
        )
