"""The sitemap: every locale's pages, each with `xhtml:link` alternates for its translations."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.reader_listings import without_restricted


def real_pages():
    """Live, unrestricted pages that are not aliases: what the language switcher offers too."""
    return without_restricted(Page.objects.live()).filter(alias_of__isnull=True)


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap lists the descendants of the Site's root page, which is the English home;
    the other locales' homes are its siblings (docs/architecture.md), so their pages were missing,
    and it has no hreflang alternates. This one lists every live, public page under the root page
    and its translations, and gives each the alternates Django's sitemap template renders as
    `<xhtml:link rel="alternate" hreflang="…">` (Google's multilingual sitemap format)."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            real_pages()
            .filter(in_a_home)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_by_translation_key(pages)
        by_location = {}
        for item in pages:
            by_location[item.get_full_url(self.request)] = alternates[item.translation_key]
        for url_info in urls:
            found = by_location.get(url_info["location"], [])
            # A page with no other language has no alternates to announce.
            url_info["alternates"] = found if len(found) > 1 else []
        return urls

    def alternates_by_translation_key(self, pages):
        keys = {page.translation_key for page in pages}
        translations = (
            real_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__pk")
        )
        alternates = defaultdict(list)
        for translation in translations:
            url = translation.get_full_url(self.request)
            if url:
                alternates[translation.translation_key].append(
                    {"lang_code": translation.locale.language_code, "location": url}
                )
        return alternates
