"""URL routing.

Reader URLs are all locale-prefixed (`i18n_patterns`): `/` redirects to the best locale for the
browser. Health, robots and the sitemap sit outside the prefix; the admin too.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import page_unlock
from core import views as core_views
from core.sitemaps import LocalizedSitemap
from mirrors import views as mirror_views
from search import views as search_views
from support import views as support_views

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    # Two-step verification pages (admin_2fa), inside the admin's URL space.
    path("admin/2fa/", include("admin_2fa.urls")),
    # Explorer and page-types report scoped to the user's pages (partner_access/admin_views.py);
    # these shadow Wagtail's URLs of the same paths, so they must come first.
    path("admin/", include("partner_access.admin_views")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Local media for `make run` and `make serve`; production uses object storage or a web server.
    # Documents are sent only by Wagtail's serve view, which asks the collection's privacy.
    from django.urls import re_path

    from partner_access.document_downloads import serve_media

    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", serve_media))

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Where the header's "Talk to someone" leads from a page without a country (support.help_entry).
    path("get-help/", support_views.get_help, name="get_help"),
    # "If this site is blocked": the mirrors and the onion address (mirrors.views).
    path("if-blocked/", mirror_views.mirror_list, name="mirror_list"),
    # The password form of a protected page posts here, without a cookie (core.page_unlock).
    path(
        "_unlock/<int:restriction_id>/<int:page_id>/",
        page_unlock.unlock_page,
        name="unlock_page",
    ),
    # The partners' question box (questions.views): cookie-less forms, never cached.
    path("questions/", include("questions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
