"""The reader's side of the question box: ask a partner, get a reference, look the answer up.

Both forms post without a CSRF cookie (readers get no cookies): like the password form of a
protected page (core.page_unlock, whose origin check and referrer policy are reused here), each
carries a signed, expiring token (questions.abuse) and is accepted only when the browser says it
was sent from this site. A question's token works once. Every response here is
`Cache-Control: private, no-store`: the form holds a token, the reply a reference, neither may
go into the page cache or the browser's.

Refusals are 4xx with a translated message, never a 500, and change nothing that is stored:
too big a body (413), not a form post (415), text that is not UTF-8 (400), a foreign origin
(403), an old, forged or reused token (400), the honeypot filled (400), text too short or long or
with markup (400), too many questions from one address in an hour (429). The reader's text is
kept in the form he gets back whenever it was read, so nothing he wrote is lost.

Nothing here logs, and `sensitive_post_parameters` keeps the text and the reference out of
Django's error reports.
"""

from urllib.parse import parse_qsl

from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from core.page_unlock import FORM_REFERRER_POLICY, sent_from_this_site
from questions import abuse, crypto, references
from questions.access import partner_by_slug
from questions.crisis import mentions_crisis
from questions.forms import LookupForm, QuestionForm
from questions.models import AnswerPage, Question, QuestionIndexPage

# A question of 2,000 characters in Georgian or Armenian is at most 6 kB as UTF-8, three times
# that percent-encoded; anything much bigger is not a question.
MAX_BODY_BYTES = 24 * 1024
# What a browser sends for a form (the second only with enctype, which these forms do not set).
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def private(response):
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def body_problem(request) -> tuple[int, str] | None:
    """A post this app will not read at all: (status, message), or None."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return 413, _(
            "That was far too much text to send. Questions can be up to 2,000 characters."
        )
    if request.content_type not in FORM_CONTENT_TYPES:
        return 415, _("This form could not be read. Send it from the page on this site.")
    try:
        if request.content_type == "multipart/form-data":
            # No file is ever asked for: the whole body must be text.
            request.body.decode("utf-8", errors="strict")
        else:
            parse_qsl(request.body.decode("ascii"), encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        return 400, _("This form could not be read: it contained characters that are not text.")
    return None


def partner_context(partner_slug):
    """The partner asked and its page in the active language; 404 where it takes no questions."""
    from countries.models import PartnerPage

    partner = partner_by_slug(partner_slug)
    language = translation.get_language()
    if partner is None or language not in partner.all_locales:
        raise Http404
    partner_page = (
        PartnerPage.objects.live()
        .filter(slug=partner.slug, locale__language_code=language)
        .select_related(None)
        .first()
    )
    if partner_page is None:
        raise Http404
    return partner, partner_page


def render_ask(request, partner, partner_page, form=None, error="", status=200):
    from support.models import SupportPage

    language = translation.get_language()
    context = {
        "support_page": SupportPage.objects.live().child_of(partner_page).first(),
        "partner": partner,
        "partner_page": partner_page,
        "form": form or QuestionForm(),
        "token": abuse.form_token("ask", p=partner.slug, l=language),
        "error": error,
        "box_open": crypto.box_is_open(),
    }
    return private(TemplateResponse(request, "questions/ask.html", context, status=status))


@csrf_exempt
@sensitive_post_parameters("question", "website")
def ask(request, partner_slug):
    partner, partner_page = partner_context(partner_slug)
    if not crypto.box_is_open():
        return render_ask(request, partner, partner_page, status=503)
    if request.method in ("GET", "HEAD"):
        return render_ask(request, partner, partner_page)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    problem = body_problem(request)
    if problem is not None:
        status, message = problem
        return render_ask(request, partner, partner_page, error=message, status=status)
    form = QuestionForm(request.POST)
    if not sent_from_this_site(request):
        return render_ask(
            request,
            partner,
            partner_page,
            form=form,
            error=_("This form was not sent from this site. Send your question from here."),
            status=403,
        )
    token = abuse.read_token(
        request.POST.get("token", ""), "ask", p=partner.slug, l=translation.get_language()
    )
    if token is None:
        return render_ask(
            request,
            partner,
            partner_page,
            form=form,
            error=_("This form was out of date. Your question is still here: send it again."),
            status=400,
        )
    if request.POST.get("website"):
        return render_ask(
            request,
            partner,
            partner_page,
            error=_(
                "This form could not be sent. If you are a person, leave the last field empty."
            ),
            status=400,
        )
    if not form.is_valid():
        return render_ask(request, partner, partner_page, form=form, status=400)
    if abuse.over_limit("ask", request):
        return render_ask(
            request,
            partner,
            partner_page,
            form=form,
            error=_(
                "Too many questions have been sent from your connection in the last hour. "
                "Please try again later. If you need to talk now, use the helplines below."
            ),
            status=429,
        )
    if not abuse.use_nonce(token["nonce"]):
        return render_ask(
            request,
            partner,
            partner_page,
            error=_(
                "This question was already sent. If you noted your reference, look up the "
                "answer with it."
            ),
            status=400,
        )
    reference, question = store_question(form.cleaned_data["question"], partner)
    abuse.count("ask", request)
    context = {
        "partner": partner,
        "partner_page": partner_page,
        "reference": reference,
        "crisis": question.mentions_crisis,
    }
    if question.mentions_crisis:
        context.update(crisis_help(partner, partner_page))
    return private(TemplateResponse(request, "questions/sent.html", context))


@sensitive_variables("text")
def store_question(text, partner):
    from questions.notifications import notify_moderators

    language = translation.get_language()
    reference = references.new_reference()
    question = Question(
        partner_slug=partner.slug,
        language_code=language,
        reference_digest=references.digest(reference),
        mentions_crisis=mentions_crisis(text, language),
    )
    question.text = text
    with transaction.atomic():
        question.save()
        transaction.on_commit(lambda: notify_moderators(question, partner))
    return reference, question


def crisis_help(partner, partner_page):
    """What the support page offers at once: the chat, other open chats, helplines, emergency."""
    from support.models import EmergencyNumber, Helpline, SupportPage, prefetch_chat_settings
    from support.opening_hours import describe_status

    context = {
        "helplines": Helpline.for_country(partner.country),
        "emergency_numbers": EmergencyNumber.for_country(partner.country),
        "other_chats": [],
    }
    support_page = SupportPage.objects.live().child_of(partner_page).first()
    now = timezone.now()
    if support_page is not None:
        prefetch_chat_settings([support_page], parents=[partner_page])
        offer = support_page.chat_offer(now)
        context["support_page"] = support_page
        context["offer"] = offer
        if offer["status"] is not None:
            context["status_text"] = describe_status(
                offer["status"], support_page.schedule.zone, now
            )
        context["other_chats"] = [
            other
            for other in support_page.other_chats(now)
            if other["status"] and other["status"].is_open
        ]
    return context


def render_lookup(request, form=None, error="", status=200, **extra):
    context = {
        "form": form or LookupForm(),
        "token": abuse.form_token("lookup", l=translation.get_language()),
        "error": error,
        "found": None,
        **extra,
    }
    return private(TemplateResponse(request, "questions/lookup.html", context, status=status))


@csrf_exempt
@sensitive_post_parameters("reference")
def lookup(request):
    """The state of a question, found by its reference, and nothing else about it."""
    if request.method in ("GET", "HEAD"):
        return render_lookup(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    problem = body_problem(request)
    if problem is not None:
        status, message = problem
        return render_lookup(request, error=message, status=status)
    if not sent_from_this_site(request):
        return render_lookup(
            request,
            error=_("This form was not sent from this site. Look your answer up from here."),
            status=403,
        )
    form = LookupForm(request.POST)
    token = abuse.read_token(request.POST.get("token", ""), "lookup", l=translation.get_language())
    if token is None:
        return render_lookup(
            request, form=form, error=_("This form was out of date. Send it again."), status=400
        )
    if not form.is_valid():
        return render_lookup(request, form=form, status=400)
    if abuse.over_limit("lookup", request):
        return render_lookup(
            request,
            form=form,
            error=_("Too many look-ups from your connection in the last hour. Try again later."),
            status=429,
        )
    abuse.count("lookup", request)
    normalised = references.normalise(form.cleaned_data["reference"])
    if not normalised:
        return render_lookup(
            request,
            form=form,
            error=_("That is not a reference from us. It looks like K7-4QX-91M."),
            status=400,
        )
    question = (
        Question.objects.filter(reference_digest=references.digest(normalised))
        .only("status", "answer_page_id")
        .first()
    )
    if question is None:
        return render_lookup(request, form=LookupForm(), found=False, status=404)
    answer = None
    if question.status == Question.Status.ANSWERED and question.answer_page_id:
        answer = AnswerPage.objects.live().filter(pk=question.answer_page_id).first()
    return render_lookup(
        request, form=LookupForm(), found=True, state=question.status, answer=answer
    )


def questions_index_for(partner_page):
    return QuestionIndexPage.objects.live().child_of(partner_page).first()
