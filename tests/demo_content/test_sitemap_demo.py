"""sitemap.xml of the whole demo content: every page in all seven locales, with its alternates."""

from django.conf import settings
from wagtail.models import Page

from tests.test_sitemap import full, sitemap


def test_demo_content_has_alternates_in_all_seven_locales(client, demo):
    entries = sitemap(client)
    codes = {code for code, _name in settings.LANGUAGES}
    assert set().union(*entries.values()) == codes
    home = Page.objects.get(depth=2, locale__language_code="en")
    assert set(entries[full(home)]) == codes
    # Every alternate is itself listed, with the same set of alternates.
    for alternates in entries.values():
        for href in alternates.values():
            assert entries[href] == alternates
    live_pages = Page.objects.live().public().filter(alias_of__isnull=True, depth__gt=1)
    assert len(entries) == live_pages.count()
