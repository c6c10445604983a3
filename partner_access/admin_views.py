"""Admin views that Wagtail leaves open to another partner's draft titles, closed here.

Upstream behaviour (checked with Wagtail 8.0.1 and wagtail-localize 1.14.5):

- The explorer (`/admin/pages/<id>/`, `wagtailadmin_explore`) only checks that the page is a
  descendant of the user's *explorable root*, the first common ancestor of every page they have
  permissions on. A partner editor has permissions on their partner page in several locales, so
  that root is the tree's Root and every page id opens: the header, breadcrumbs and status panel
  then show the page's draft title (`Page.get_admin_display_title`) and its ancestors'.
  Wagtail filters the *children* listed by `explorable_instances` but not the page itself, and has
  no hook to refuse it (`construct_explorer_page_queryset` only filters the listing).
- Reports → Page types usage (`PageTypesUsageReportView`) shows, per page type, the most
  recently edited page of the whole site by its draft title, and counts every page, whoever the
  user is: it has no per-user scope at all.

The fix shadows those URLs (`urlpatterns` below, included in `site_config/urls.py` before
Wagtail's admin, so they resolve first while `reverse()` still builds the same paths from
Wagtail's names): the explorer refuses a page the user may not explore, as Wagtail's own views do
(a redirect to the dashboard with "Sorry, you do not have permission to access this area."), and
the page types report counts and names only pages the user may explore. The other reports are
already scoped upstream: locked pages and aging pages list pages the user may change or publish,
the workflow reports pages they may change, and site history the log entries of pages they may
explore (tests/test_admin_boundaries.py checks them all).

No upstream issue covers it (searched wagtail/wagtail for the explorable root and the page
types report). Remove when Wagtail's explorer checks the page itself and the report is scoped.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.utils.urlpatterns import decorate_urlpatterns

from partner_access.scope import hide_foreign_partner_pages


def explorable_pages(user):
    """The pages whose explorer, title and report entries the user may see."""
    pages = policy_registry.get_by_type(Page).explorable_instances(user)
    return hide_foreign_partner_pages(pages, user)


def may_explore(user, page_id) -> bool:
    if user.is_superuser:
        return True
    if not Page.objects.filter(pk=page_id).exists():
        return True  # Wagtail answers 404 itself.
    return explorable_pages(user).filter(pk=page_id).exists()


def refuse_foreign_pages(view):
    def explore(request, parent_page_id):
        if not may_explore(request.user, parent_page_id):
            return permission_denied(request)
        return view(request, parent_page_id=parent_page_id)

    return explore


explore = refuse_foreign_pages(
    page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id")
)
explore_results = refuse_foreign_pages(
    page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id")
)


class ScopedPageTypesUsageReportView(PageTypesUsageReportView):
    """Page types usage counted over the pages the user may explore (everything for admins)."""

    def get_queryset(self):
        # Upstream's get_queryset, with every page subquery limited to `visible`.
        queryset = ContentType.objects.filter(model__in=self.page_models)
        if not Page.objects.filter(
            depth__gt=1, content_type=ContentType.objects.get_for_model(Page)
        ).exists():
            queryset = queryset.exclude(id=ContentType.objects.get_for_model(Page).id)
        self.queryset = queryset
        queryset = self.filter_queryset(queryset)

        visible = explorable_pages(self.request.user)
        language_code = self.filters.form.cleaned_data.get("page_locale", None)
        site_root_path = self.filters.form.cleaned_data.get("site", None)
        if language_code:
            visible = visible.filter(locale__language_code=language_code)
        if site_root_path:
            visible = visible.filter(path__startswith=site_root_path)
        latest_edited = visible.filter(content_type=OuterRef("pk")).order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        )
        return queryset.annotate(
            count=Count("pages", filter=Q(pages__in=visible.values("pk"))),
            last_edited_page_id=Subquery(latest_edited.values("pk")[:1]),
        ).order_by("-count", "app_label", "model")


urlpatterns = [
    path("pages/<int:parent_page_id>/", explore),
    path("pages/<int:parent_page_id>/results/", explore_results),
    path("reports/page-types-usage/", ScopedPageTypesUsageReportView.as_view()),
    path(
        "reports/page-types-usage/results/",
        ScopedPageTypesUsageReportView.as_view(results_only=True),
    ),
]
# The same decorators as Wagtail's own admin URLs (wagtail/admin/urls/__init__.py).
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, display_custom_404)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
