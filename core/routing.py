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
