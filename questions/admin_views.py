"""The moderators' question queue in the admin: read, answer (as a page), or reject.

Only the asked partner's moderators and regional administrators get here (questions.access);
anyone else is refused, and so is a moderator asking for another partner's question, in the
same way as for one that does not exist.

"Write the answer" creates a draft `AnswerPage` under the partner's "Questions and answers" page
in the reader's language, with the question *as the moderator edited it* (never the raw text,
which stays in the encrypted column only), and opens it in the page editor. From there it goes
through the partner's review workflow like any page; when it is published, the question is
answered and its text deleted (questions.signals). "Reject" deletes the text at once.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from wagtail.log_actions import log
from wagtail.models import Locale

from questions import access
from questions.crypto import QuestionUnreadable
from questions.models import QUESTION_MAX_LENGTH, AnswerPage, Question, QuestionIndexPage

FILTERS = {
    "open": (Question.Status.NEW, Question.Status.ANSWERING),
    "new": (Question.Status.NEW,),
    "answering": (Question.Status.ANSWERING,),
    "answered": (Question.Status.ANSWERED,),
    "rejected": (Question.Status.REJECTED,),
}
REJECT_ACTION = "redefine.reject_question"
ANSWER_ACTION = "redefine.start_answer"


class AnswerStartForm(forms.Form):
    title = forms.CharField(
        label=gettext_lazy("Title of the answer"),
        max_length=120,
        help_text=gettext_lazy("A short heading, in the reader's language."),
    )
    question = forms.CharField(
        label=gettext_lazy("The question as readers will see it"),
        max_length=QUESTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "Remove names, places, schools and anything else that could tell who asked."
        ),
    )


def require_moderator(request):
    if not access.may_moderate(request.user):
        raise PermissionDenied


def readable_text(question) -> str:
    try:
        return question.text
    except QuestionUnreadable:
        return ""


def index(request):
    require_moderator(request)
    selected = request.GET.get("status", "open")
    if selected not in FILTERS:
        selected = "open"
    questions = list(
        access.questions_for(request.user)
        .filter(status__in=FILTERS[selected])
        .select_related("answer_page")
        .order_by("-mentions_crisis", "received_on", "pk")[:200]
    )
    languages = dict(_languages())
    rows = []
    for question in questions:
        text = readable_text(question)
        partner = access.partner_by_slug(question.partner_slug)
        rows.append(
            {
                "question": question,
                "excerpt": text[:140] + ("…" if len(text) > 140 else ""),
                "partner": partner.name if partner else question.partner_slug,
                "language": languages.get(question.language_code, question.language_code),
            }
        )
    filters = [(key, label) for key, label in _filter_labels()]
    return TemplateResponse(
        request,
        "questions/admin/index.html",
        {"rows": rows, "filters": filters, "selected": selected},
    )


def _languages():
    from django.conf import settings

    return settings.LANGUAGES


def _filter_labels():
    return [
        ("open", _("Waiting")),
        ("new", Question.Status.NEW.label),
        ("answering", Question.Status.ANSWERING.label),
        ("answered", Question.Status.ANSWERED.label),
        ("rejected", Question.Status.REJECTED.label),
    ]


def question_for(request, pk):
    """The question, when it is one the user reads; refused alike when it is another
    partner's or does not exist, so that nothing tells which."""
    require_moderator(request)
    question = access.questions_for(request.user).filter(pk=pk).first()
    if question is None:
        raise PermissionDenied
    return question


@sensitive_post_parameters("question")
@sensitive_variables("text")
def detail(request, pk):
    question = question_for(request, pk)
    partner = access.partner_by_slug(question.partner_slug)
    text = readable_text(question)
    form = None
    if question.is_open and not question.answer_page_id:
        form = AnswerStartForm(initial={"question": text})
    if request.method == "POST" and question.is_open:
        action = request.POST.get("action")
        if action == "reject":
            question.close(Question.Status.REJECTED)
            log(instance=question, action=REJECT_ACTION, user=request.user)
            messages.success(request, _("The question was rejected and its text deleted."))
            return redirect("questions_admin:index")
        if action == "answer" and not question.answer_page_id:
            form = AnswerStartForm(request.POST)
            if form.is_valid():
                page = start_answer(question, partner, form.cleaned_data, request.user)
                if page is None:
                    messages.error(
                        request,
                        _("There is no page of this partner in the question's language yet."),
                    )
                else:
                    return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "questions/admin/detail.html",
        {
            "question": question,
            "text": text,
            "partner": partner,
            "language": dict(_languages()).get(question.language_code, question.language_code),
            "form": form,
        },
    )


def questions_index_page(partner_slug, language_code, user):
    """The partner's "Questions and answers" page in a language, made (and published) if missing."""
    from countries.models import PartnerPage

    locale = Locale.objects.filter(language_code=language_code).first()
    partner_page = PartnerPage.objects.filter(slug=partner_slug, locale=locale).first()
    if partner_page is None:
        return None
    existing = QuestionIndexPage.objects.child_of(partner_page).first()
    if existing is not None:
        return existing
    source = None
    for other in PartnerPage.objects.filter(translation_key=partner_page.translation_key):
        source = QuestionIndexPage.objects.child_of(other).first()
        if source is not None:
            break
    with override(language_code):
        title = _("Questions and answers")
    if source is not None:
        page = source.copy_for_translation(locale).specific
        page.title, page.slug = title, "questions"
        page.save()
    else:
        page = partner_page.add_child(instance=QuestionIndexPage(title=title, slug="questions"))
    page.save_revision(user=user).publish(user=user)
    return page


@transaction.atomic
def start_answer(question, partner, data, user):
    parent = questions_index_page(question.partner_slug, question.language_code, user)
    if parent is None:
        return None
    slug = slugify(data["title"], allow_unicode=True)[:60] or "answer"
    taken = set(parent.get_children().values_list("slug", flat=True))
    base, number = slug, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    page = parent.add_child(
        instance=AnswerPage(
            title=data["title"],
            slug=slug,
            question=data["question"],
            # Not empty, so that the draft saves; the editor shows it empty and requires it.
            answer="<p></p>",
            live=False,
        )
    )
    page.save_revision(user=user, log_action=True)
    question.answer_page = page
    question.status = Question.Status.ANSWERING
    question.save(update_fields=["answer_page", "status"])
    log(instance=question, action=ANSWER_ACTION, user=user)
    return page


app_name = "questions_admin"
urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/", detail, name="detail"),
]


def queue_url():
    return reverse("questions_admin:index")
