"""What another partner's editors and moderators may see and do in the admin, over real requests.

The explorer and the reports must not show another partner's draft titles (issues 17.8, 19.9),
and regional administrators must not hand out more power than they hold (19.8).
"""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.utils import refused

SAPARI_DRAFT = "Sapari unpublished plan"
SAPARI_ROOT_DRAFT = "Sapari renamed in a draft"
GEORGIA_DRAFT = "Georgia, not yet published"


@pytest.fixture
def drafts(world):
    """Sapari's editor saves drafts (logged, as the editor does) of its article and partner page,
    and a regional administrator one of the Georgia country page."""
    sapari_editor = world["users"]["sapari-editor"]
    for page, title, user in (
        (world["sapari_article"], SAPARI_DRAFT, sapari_editor),
        (world["sapari"].specific, SAPARI_ROOT_DRAFT, sapari_editor),
        (world["georgia"].specific, GEORGIA_DRAFT, world["users"]["regional-admin"]),
    ):
        page.title = title
        page.save_revision(user=user, log_action=True)
    world["man_article_draft"] = world["article"].specific
    world["man_article_draft"].title = "MÄN own draft"
    world["man_article_draft"].save_revision(user=world["users"]["man-editor"], log_action=True)
    return world


def shows_a_foreign_draft(response) -> bool:
    text = response.content.decode()
    return any(title in text for title in (SAPARI_DRAFT, SAPARI_ROOT_DRAFT, GEORGIA_DRAFT))


def test_explorer_of_a_foreign_page_shows_no_draft_title(client, drafts):
    login(client, drafts["users"]["man-editor"])
    for page in (drafts["sapari_article"], drafts["sapari"], drafts["georgia"]):
        for name in ("wagtailadmin_explore", "wagtailadmin_explore_results"):
            response = client.get(reverse(name, args=[page.pk]))
            assert refused(response), (name, page.title, response.status_code)
            assert not shows_a_foreign_draft(response)

    # Their own pages and the shared pages above them still open.
    for page in (drafts["home"], drafts["country"], drafts["partner"]):
        response = client.get(reverse("wagtailadmin_explore", args=[page.pk]))
        assert response.status_code == 200
        assert not shows_a_foreign_draft(response)
    own = client.get(reverse("wagtailadmin_explore", args=[drafts["partner"].pk]))
    assert "MÄN own draft" in own.content.decode()
    searched = client.get(
        reverse("wagtailadmin_explore", args=[drafts["home"].pk]), {"q": "Sapari", "search_all": 1}
    )
    assert searched.status_code == 200
    assert not shows_a_foreign_draft(searched)


def test_regional_administrator_explores_every_partner(client, drafts):
    login(client, drafts["users"]["regional-admin"])
    response = client.get(reverse("wagtailadmin_explore", args=[drafts["sapari"].pk]))
    assert response.status_code == 200
    assert SAPARI_DRAFT in response.content.decode()


REPORTS = [
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:site_history",
]


def test_reports_show_no_foreign_draft_title(client, drafts):
    for role in ("man-editor", "man-moderator"):
        login(client, drafts["users"][role])
        for report in REPORTS:
            response = client.get(reverse(report))
            assert response.status_code in {200, 302}, (role, report)
            assert not shows_a_foreign_draft(response), (role, report)


def test_page_types_usage_names_only_the_users_pages(client, drafts):
    login(client, drafts["users"]["man-editor"])
    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
    assert "MÄN own draft" in response.content.decode()
    assert not shows_a_foreign_draft(response)

    # A regional administrator sees the whole site: the latest country page edited is Georgia.
    login(client, drafts["users"]["regional-admin"])
    response = client.get(reverse("wagtailadmin_reports:page_types_usage"))
    assert GEORGIA_DRAFT in response.content.decode()


def test_site_history_lists_only_own_pages(client, drafts):
    assert PageLogEntry.objects.filter(label=SAPARI_DRAFT).exists()
    login(client, drafts["users"]["man-moderator"])
    text = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "MÄN own draft" in text
    assert SAPARI_DRAFT not in text
