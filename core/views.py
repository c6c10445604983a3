"""Views outside the page tree: health check, robots.txt and the error pages."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.quick_exit import default_destination

logger = logging.getLogger(__name__)


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "down"
        logger.warning("health check: database unavailable", exc_info=True)
        return False


def _cache_ok() -> bool:
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.warning("health check: cache unavailable", exc_info=True)
        return False


@never_cache
@require_GET
def healthz(request):
    """JSON status of the database and cache: 200 when both answer, 503 otherwise."""
    database = _database_ok()
    cache_status = _cache_ok()
    healthy = database and cache_status
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            "database": "ok" if database else "unavailable",
            "cache": "ok" if cache_status else "unavailable",
        },
        status=200 if healthy else 503,
    )


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Render without a request context: whatever failed must not fail again here.
    from django.template import loader

    template = loader.get_template("500.html")
    # The database may be what failed, so the quick exit uses the configured default.
    context = {"quick_exit_url": default_destination()}
    return HttpResponse(template.render(context), status=500)
