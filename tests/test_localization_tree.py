"""Translating a page with its subtree through the admin keeps the page tree intact.

wagtail-localize #773 leaves `numchild` wrong after "Include subtree"; localization.tree_repair
recounts it. Wagtail's own tree checks (treebeard's find_problems) must find nothing.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from localization.tree_repair import repair_numchild


def tree_problems():
    evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild = Page.find_problems()
    return {
        "orphans": list(orphans),
        "wrong_depth": list(wrong_depth),
        "wrong_numchild": list(wrong_numchild),
        "bad": list(evil_chars) + list(bad_steplen),
    }


def test_translating_a_subtree_in_the_admin_keeps_the_tree_intact(client, tree, locales):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 12)
    client.force_login(admin)
    home = tree["home"]
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[home.pk]),
        {"locales": [locales["ka"].pk], "include_subtree": "on"},
    )
    assert response.status_code == 302
    home_ka = home.get_translation(locales["ka"])
    assert home_ka.get_descendants().count() == home.get_descendants().count()
    assert tree_problems() == {"orphans": [], "wrong_depth": [], "wrong_numchild": [], "bad": []}
    # The explorer lists the translated children.
    explore = client.get(reverse("wagtailadmin_explore", args=[home_ka.pk]))
    assert explore.status_code == 200
    assert tree["country"].get_translation(locales["ka"]).title in explore.content.decode()


def test_repair_corrects_a_wrong_count(tree):
    country = Page.objects.get(pk=tree["country"].pk)
    Page.objects.filter(pk=country.pk).update(numchild=0)
    country.refresh_from_db()
    assert repair_numchild([country]) == 1
    country.refresh_from_db()
    assert country.numchild == 1
    assert tree_problems()["wrong_numchild"] == []
