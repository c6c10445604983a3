"""The search page at /<locale>/search/.

Queries are never stored: Wagtail's query logging (`Query.get(...).add_hit()`) is deliberately not
called, so nothing records what a reader looked for.
"""

from django.core.paginator import InvalidPage, Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 10


def search(request):
    raw_query = request.GET.get("q", "")
    query = " ".join(raw_query.split())
    trimmed = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    status = 200
    error = ""
    page_obj = None
    if query:
        # Aliases are excluded through their ids: the search back ends filter only on indexed
        # fields, and alias_of is not one of them.
        aliases = Page.objects.filter(alias_of__isnull=False).values("pk")
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale, depth__gt=2)
            .exclude(pk__in=aliases)
            .specific()
            .search(query, operator="or")
        )
        paginator = Paginator(pages, PAGE_SIZE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except InvalidPage:
            status = 400
            error = _("There is no such page of results.")
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "query_was_trimmed": trimmed,
            "page_obj": page_obj,
            "results": page_obj.object_list if page_obj else [],
            "error": error,
            "max_query_length": MAX_QUERY_LENGTH,
        },
        status=status,
    )
