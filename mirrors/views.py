"""The "If this site is blocked" page at /<locale>/if-blocked/: every address the site is read at.

Linked from the footer of every page, on the site and on every mirror (a mirror exports this page
too). Nothing here is asked of another site: the addresses are plain links.
"""

from django.conf import settings
from django.shortcuts import render
from wagtail.models import Site

from mirrors.models import MirrorList


def main_site_url(request=None) -> str:
    """The main site's address: MIRROR_MAIN_SITE_URL, else the default Wagtail Site's."""
    if settings.MIRROR_MAIN_SITE_URL:
        return settings.MIRROR_MAIN_SITE_URL.rstrip("/") + "/"
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") + "/" if site else ""


def mirror_list(request):
    item = MirrorList.for_locale()
    context = {
        "advice": item.advice if item else "",
        "onion_address": item.onion_address if item else "",
        "mirrors": item.mirror_urls() if item else [],
        "main_address": main_site_url(request),
    }
    return render(request, "mirrors/mirror_list.html", context)
