"""The search page at /<locale>/search/.

Queries are never stored: Wagtail's query logging (`Query.get(...).add_hit()`) is deliberately not
called, search promotions are looked up without creating a Query row, and nothing here logs the
query. Each language is searched with its own back end (search.locale_backends); where that back
end cannot stem the language, the query's stems are searched as well (core.word_forms).

Help comes first: a query with a crisis word (search.crisis) shows the helplines and emergency
numbers of the reader's country (`?country=`), or of every country of the locale, above the
results; a query that names a helpline or emergency number shows it; a search that finds
nothing always shows them, and on PostgreSQL suggests the closest known words
(search.vocabulary).
"""

from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from articles.models import ArticlePage, TopicPage
from core.fragments import cached
from core.reader_listings import readers_pages, without_restricted
from core.search_backends import backend_name_for
from core.translated_lookup import active_locale
from core.word_forms import own_stems_needed, with_stems
from countries.models import CountryPage
from home.models import StandardPage
from search import vocabulary
from search.crisis import is_crisis_query, matching_entries
from search.forms import MAX_QUERY_LENGTH, SearchForm
from support.country_help import help_for
from support.help_entry import COUNTRY_DEPTH, ancestor_path
from support.models import SupportPage

PAGE_SIZE = 10
# Answered questions by label: the question box reads this app's crisis words, so `questions`
# sits above `search` in the layers (pyproject.toml) and search never imports it.
AnswerPage = apps.get_model("questions", "AnswerPage")
SEARCHED_PAGE_TYPES = (ArticlePage, TopicPage, SupportPage, StandardPage, AnswerPage)


def filter_choices(language_code: str) -> tuple[list, list]:
    """The countries and topic pages a reader may filter by in a language: the same for every
    search, so built once per content generation (core.fragments)."""

    def build():
        countries = list(readers_pages(CountryPage, language_code))
        topic_pages = list(readers_pages(TopicPage, language_code).select_related("topic"))
        return countries, topic_pages

    return cached("search-filters", build, language_code)


def search(request):
    locale = active_locale()
    countries, topic_pages = filter_choices(locale.language_code)
    form = SearchForm(request.GET, countries=countries, topic_pages=topic_pages)
    country = next((c for c in countries if c.country_code == form.selected("country")), None)
    topic_page = next((t for t in topic_pages if t.topic.slug == form.selected("topic")), None)
    context = {
        "form": form,
        "search_query": form.query,
        "query_was_trimmed": form.query_was_trimmed,
        "max_query_length": MAX_QUERY_LENGTH,
        "filter_errors": [error for errors in form.errors.values() for error in errors],
        "selected_country": country,
        "selected_topic_page": topic_page,
        "topic_pages": topic_pages,
        "promotions": [],
        "results": [],
        "page_obj": None,
        "error": "",
        "crisis_help": [],
        "named_help": [],
        "help_by_country": [],
    }
    status = 200
    if form.query:
        language = locale.language_code
        help_countries = [country] if country is not None else countries
        help_by_country = help_for(help_countries, language)
        if is_crisis_query(form.query, language):
            context["crisis_help"] = help_by_country
        else:
            context["named_help"] = matching_entries(form.query, help_by_country)
        filtered = country is not None or topic_page is not None
        first_page = request.GET.get("page", "1") == "1"
        promotions = promoted_pages(form.query, locale) if first_page and not filtered else []
        pages = searchable_pages(locale, country, topic_page).exclude(
            pk__in=[page.pk for page, _description in promotions]
        )
        backend = backend_name_for(
            locale.language_code, settings.WAGTAILSEARCH_BACKENDS, settings.LANGUAGE_CODE
        )
        searched = with_stems(form.query, language) if own_stems_needed(language) else form.query
        paginator = Paginator(pages.search(searched, operator="or", backend=backend), PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except InvalidPage:
            status = 400
            context["error"] = _("There is no such page of results.")
        else:
            context["page_obj"] = page_obj
            context["results"] = describe(page_obj.object_list, countries, topic_pages)
        context["promotions"] = describe_promotions(promotions, countries)
        context["result_count"] = paginator.count + len(promotions)
        context["filter_query"] = urlencode(
            {
                name: value
                for name, value in (
                    ("q", form.query),
                    ("country", country.country_code if country else ""),
                    ("topic", topic_page.topic.slug if topic_page else ""),
                )
                if value
            }
        )
        nothing_found = not context["results"] and not context["promotions"] and status == 200
        if context["crisis_help"] or nothing_found:
            context["support_pages"] = support_pages(locale, country, countries)
        if context["crisis_help"]:
            add_support_pages(context["crisis_help"], context["support_pages"])
        if nothing_found:
            # Always where to call, unless the crisis box above shows it already.
            context["help_by_country"] = [] if context["crisis_help"] else help_by_country
            context["named_help"] = []
            suggestion = vocabulary.suggest(
                form.query, searchable_pages(locale, country, topic_page)
            )
            if suggestion:
                context["suggestion"] = suggestion
                context["suggestion_query"] = urlencode(
                    {"q": suggestion, **({"country": country.country_code} if country else {})}
                )
                if not context["crisis_help"] and is_crisis_query(suggestion, language):
                    context["crisis_help"] = help_by_country
                    context["help_by_country"] = []
                    add_support_pages(help_by_country, context["support_pages"])
    return render(request, "search/search.html", context, status=status)


def searchable_pages(locale, country, topic_page):
    """Live, unrestricted, non-alias pages of the locale that readers search, filtered."""
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).values_list(
        "pk", flat=True
    )
    pages = (
        without_restricted(Page.objects.live())
        .type(*SEARCHED_PAGE_TYPES)
        .filter(locale=locale)
        .exclude(pk__in=aliases)
    )
    if country is not None:
        pages = pages.descendant_of(country)
    if topic_page is not None:
        on_topic = list(
            ArticlePage.objects.filter(locale=locale, topics=topic_page.topic_id).values_list(
                "pk", flat=True
            )
        )
        # Answered questions (questions app) on the topic too.
        on_topic += AnswerPage.objects.filter(
            locale=locale, topics=topic_page.topic_id
        ).values_list("pk", flat=True)
        pages = pages.filter(pk__in=[topic_page.pk, *on_topic])
    return pages.specific()


def promoted_pages(query, locale):
    """(page, description) that editors promoted for this query in this locale, in their order.

    Looked up by the normalised query string; `Query.get()` is not used because it would store
    the reader's query.
    """
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page__locale=locale,
            page__live=True,
            page__alias_of__isnull=True,
        )
        .order_by("sort_order", "pk")
        .values_list("page_id", "description")
    )
    if not promotions:
        return []
    pages = without_restricted(Page.objects.filter(pk__in=[pk for pk, _d in promotions]))
    pages = pages.specific()
    by_pk = {page.pk: page for page in pages}
    return [(by_pk[pk], description) for pk, description in promotions if pk in by_pk]


def country_of(page, countries_by_path):
    return countries_by_path.get(ancestor_path(page.path, COUNTRY_DEPTH))


def describe(pages, countries, topic_pages):
    """What a result shows: the page, its summary, its country and its topics (one query)."""
    countries_by_path = {country.path: country for country in countries}
    topic_page_by_topic = {topic_page.topic_id: topic_page for topic_page in topic_pages}
    article_ids = [page.pk for page in pages if isinstance(page, ArticlePage)]
    topics_by_article = {}
    if article_ids:
        links = ArticlePage.topics.through.objects.filter(articlepage_id__in=article_ids)
        for article_id, topic_id in links.values_list("articlepage_id", "topic_id"):
            if topic_id in topic_page_by_topic:
                topics_by_article.setdefault(article_id, []).append(topic_page_by_topic[topic_id])
    return [
        {
            "page": page,
            "summary": page.summary_text,
            "country": country_of(page, countries_by_path),
            "topic_pages": sorted(topics_by_article.get(page.pk, []), key=lambda t: t.path),
        }
        for page in pages
    ]


def describe_promotions(promotions, countries):
    countries_by_path = {country.path: country for country in countries}
    return [
        {
            "page": page,
            "summary": description or page.summary_text,
            "country": country_of(page, countries_by_path),
            "topic_pages": [],
        }
        for page, description in promotions
    ]


def support_pages(locale, country, countries):
    """Where to talk to someone: the country's support pages, or every one in the locale."""
    pages = without_restricted(SupportPage.objects.live()).filter(
        locale=locale, alias_of__isnull=True
    )
    if country is not None:
        pages = pages.descendant_of(country)
    countries_by_path = {c.path: c for c in countries}
    return [
        {"page": page, "country": country_of(page, countries_by_path)}
        for page in pages.select_related(None).order_by("path")
    ]


def add_support_pages(help_by_country, support) -> None:
    """Give each country's help its support pages (from `support_pages`), to chat from there."""
    by_country = {}
    for entry in support:
        if entry["country"] is not None:
            by_country.setdefault(entry["country"].pk, []).append(entry["page"])
    for country_help in help_by_country:
        country_help.support_pages = by_country.get(country_help.country.pk, [])
