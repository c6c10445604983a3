"""The sitemap: every locale's pages, not only the default Site's tree."""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap lists the descendants of the Site's root page, which is the English home;
    the other locales' homes are its siblings (docs/architecture.md), so their pages were missing.
    This one lists every live, public page under the root page and its translations."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_a_home)
            .live()
            .public()
            # An alias repeats its original: like the language switcher, list only real pages.
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
