"""Route a request to its page with one lookup instead of two queries per tree level.

Wagtail's `Page.route` walks the tree one slug at a time, querying each child and then its
specific model (upstream discussion: wagtail/wagtail#11625, "Optimize Page Routing by Caching
Parent Instance", closed without a change to the walk). On an article four levels down that is
eight queries before the page is even rendered. Every page already stores its full `url_path`,
so the home page of a locale can look the target up directly.

Anything the direct lookup does not find (a route handled by a routable page, or a 404) falls
back to Wagtail's own walk, so behaviour is unchanged. Remove this mixin once upstream routes
deep pages in a constant number of queries.
"""

from wagtail.models import Page


class DirectPathRoutingMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        page = Page.objects.filter(path__startswith=self.path, url_path=url_path).specific().first()
        if page is None:
            return super().route(request, path_components)
        return page.route(request, [])


class CachedRouteMiddleware:
    """Find a reader page's Site and route in the cache instead of five to six queries.

    For every page, Wagtail's `serve` view looks the Site up by hostname (a query), then the
    locale, the localized home page and its specific row (two or three more), before the home
    page routes to the target (two more, see DirectPathRoutingMixin). Upstream caches none of it
    across requests (`Site.find_for_request` and `Page.route_for_request` cache only on the
    request object; caching the Site lookup was proposed in wagtail/wagtail#4142 and closed
    unmerged). Both of those return what they find on the request when it is already there, so
    this middleware puts it there: the Site and the page's id and content type come from the
    cache, and the page itself is loaded in one query.

    Cached under the fragment version (core.signals), which every publish, unpublish, move, slug
    change, page deletion and Site or Locale change increments; a cached page is still checked
    for being live by its own `route`, as Wagtail does. Only plain page routes are cached
    (no routable-page arguments, no 404s). Remove once Wagtail caches routes itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail.views import serve

        if view_func is not serve or request.method not in ("GET", "HEAD"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        cached_route_for_request(request, path)
        return None


def _route_key(request, path) -> str:
    import hashlib

    from django.utils import translation

    from core.signals import fragment_version

    raw = f"{request._get_raw_host()}|{request.get_port()}|{translation.get_language()}|{path}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"route:{fragment_version()}:{digest}"


def cached_route_for_request(request, path) -> None:
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.http import Http404
    from wagtail.models import Site

    key = _route_key(request, path)
    entry = cache.get(key)
    if entry is not None:
        site, page_id, content_type_id = entry
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = None
        if model is not None:
            # With the images of the page's <head> (Open Graph), which every request shows.
            related = getattr(model, "head_select_related", ())
            # get(), not first(): no ORDER BY to compile (Page orders by path).
            page = model.objects.select_related(*related).filter(pk=page_id)
            try:
                page = page.get()
            except model.DoesNotExist:
                page = None
        if page is not None:
            request._wagtail_site = site
            try:
                request._wagtail_route_for_request = page.route(request, [])
            except Http404:
                request._wagtail_route_for_request = None
            return
    result = Page.route_for_request(request, path)  # Wagtail's own walk, cached on the request
    if result is None or result.args or result.kwargs:
        return
    site = Site.find_for_request(request)
    cache.set(key, (site, result.page.pk, result.page.content_type_id), 60 * 60)
