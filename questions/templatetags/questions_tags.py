"""Where readers find the question box: "Ask a question" on support and country pages, and
answered questions on the article and topic pages of the same topics.

Each tag costs at most one query and sits inside the page's `{% block content %}`, which is kept
in the fragment cache (core.fragments) and rebuilt on every publish: a new answer shows at once.
"""

from django import template
from django.db.models import Q
from django.urls import reverse

from core.fragments import cached
from core.reader_listings import without_restricted
from questions.models import ask_url

register = template.Library()


def index_pages_for(partner_pages) -> dict:
    from questions.models import QuestionIndexPage

    paths = [page.path for page in partner_pages]
    if not paths:
        return {}
    found = {}
    under = Q()
    for path in paths:
        under |= Q(path__startswith=path)
    indexes = without_restricted(QuestionIndexPage.objects.live()).filter(
        under, depth=partner_pages[0].depth + 1
    )
    for index_page in indexes.select_related(None):
        found[index_page.path[: -index_page.steplen]] = index_page
    return found


@register.inclusion_tag("questions/includes/ask_question.html")
def ask_question(page, breadcrumbs, chat=None):
    """On a support page: ask its partner (the parent, from the breadcrumbs: no query).

    `chat` is the page's chat offer, if the partner has one: the box is the alternative to it,
    and a partner without a chat never mentions one.

    The support page is rendered for every request (its "open now"), so the address of the
    partner's "Questions and answers" is kept in the cache until the next publish.
    """
    partner_page = next((p for p in breadcrumbs if p.depth == page.depth - 1), None)
    if partner_page is None:
        return {"url": ""}

    def index_url():
        index_page = index_pages_for([partner_page]).get(partner_page.path)
        return index_page.get_url() if index_page is not None else ""

    return {
        "url": ask_url(partner_page.slug),
        "has_chat": bool(chat),
        "index_url": cached("questions-index-url", index_url, partner_page.pk),
        "lookup_url": reverse("questions:lookup"),
    }


@register.inclusion_tag("questions/includes/ask_partners.html")
def ask_partners(partner_pages):
    """On a country page: ask each of its partners that answers in this language."""
    partner_pages = list(partner_pages)
    indexes = index_pages_for(partner_pages)
    offers = []
    for partner_page in partner_pages:
        url = ask_url(partner_page.slug)
        if url:
            offers.append(
                {"partner": partner_page, "url": url, "index_page": indexes.get(partner_page.path)}
            )
    return {"offers": offers, "lookup_url": reverse("questions:lookup")}


@register.inclusion_tag("questions/includes/answers_on_topics.html")
def answers_on_topics(page, limit=3):
    """Answered questions in the page's language on its topics (an article's, a topic page's)."""
    from questions.models import AnswerPage

    topic_id = getattr(page, "topic_id", None)
    answers = without_restricted(AnswerPage.objects.live()).filter(locale_id=page.locale_id)
    if topic_id is not None:
        answers = answers.filter(topics=topic_id)
    else:
        answers = answers.filter(topics__in=page.topics.all())
    answers = answers.distinct().order_by("-first_published_at", "-pk").select_related(None)
    return {"answers": list(answers[:limit])}
