"""What another partner's editors and moderators may see and do in the admin, over real requests.

The explorer and the reports must not show another partner's draft titles (issues 17.8, 19.9),
and regional administrators must not hand out more power than they hold (19.8).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import PageLogEntry

from core.partners import REGIONAL_ADMINS_GROUP
from tests.partner_world import login, partner, world_fixture  # noqa: F401 (`world`)
from tests.utils import admin_text, refused, soup

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


# Regional administrators hand out no more than they hold (19.8).

NEW_PASSWORD = "a long passphrase of 2026"


def user_form(username="new-editor", groups=(), **fields):
    data = {
        "username": username,
        "email": f"{username}@example.org",
        "first_name": "New",
        "last_name": "Person",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "is_active": "on",
        "groups": [str(group.pk) for group in groups],
    }
    data.update(fields)
    return data


def edit_form(user, groups=None, **fields):
    data = user_form(
        user.username,
        groups=user.groups.all() if groups is None else groups,
        password1="",
        password2="",
        email=user.email,
        first_name=user.first_name or "Some",
        last_name=user.last_name or "One",
    )
    data.update(fields)
    return data


def group(name):
    return Group.objects.get(name=name)


def page_shows(response, user, message):
    return admin_text(user, message) in response.content.decode()


def test_regional_administrator_cannot_create_a_superuser(client, world):
    admin = world["users"]["regional-admin"]
    login(client, admin)
    response = client.post(reverse("wagtailusers_users:add"), user_form(is_superuser="on"))
    assert response.status_code == 200
    assert page_shows(response, admin, "Only an administrator can make a user an administrator.")
    assert not get_user_model().objects.filter(username="new-editor").exists()

    # The box is not offered, and an ordinary partner editor is created as before.
    form = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' not in form
    response = client.post(
        reverse("wagtailusers_users:add"),
        user_form(groups=[group(partner("man").editors_group)]),
    )
    assert response.status_code == 302
    created = get_user_model().objects.get(username="new-editor")
    assert not created.is_superuser
    assert [g.name for g in created.groups.all()] == [partner("man").editors_group]


def test_regional_administrator_cannot_promote_or_edit_a_superuser(client, world):
    admin = world["users"]["regional-admin"]
    editor = world["users"]["man-editor"]
    login(client, admin)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]), edit_form(editor, is_superuser="on")
    )
    assert response.status_code == 200
    assert page_shows(response, admin, "Only an administrator can make a user an administrator.")
    editor.refresh_from_db()
    assert not editor.is_superuser

    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    before = superuser.password
    for response in (
        client.get(reverse("wagtailusers_users:edit", args=[superuser.pk])),
        client.post(
            reverse("wagtailusers_users:edit", args=[superuser.pk]),
            edit_form(superuser, password1=NEW_PASSWORD, password2=NEW_PASSWORD),
        ),
    ):
        assert refused(response)
    superuser.refresh_from_db()
    assert superuser.password == before
    assert superuser.email == "root@example.org"


def test_regional_administrator_cannot_add_groups_to_their_own_account(client, world):
    admin = world["users"]["regional-admin"]
    login(client, admin)
    moderators = group(partner("sapari").moderators_group)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[admin.pk]),
        edit_form(admin, groups=[*admin.groups.all(), moderators]),
    )
    assert response.status_code == 200
    assert page_shows(response, admin, "You cannot add groups to your own account.")
    assert list(admin.groups.values_list("name", flat=True)) == [REGIONAL_ADMINS_GROUP]

    # Nor through the users listing's "Assign role".
    response = client.post(
        reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"]) + f"?id={admin.pk}",
        {"role": str(moderators.pk)},
    )
    assert refused(response)
    assert list(admin.groups.values_list("name", flat=True)) == [REGIONAL_ADMINS_GROUP]


def test_regional_administrator_cannot_give_a_group_with_more_rights(client, world):
    admin = world["users"]["regional-admin"]
    editor = world["users"]["man-editor"]
    powerful = Group.objects.create(name="Group managers")
    powerful.permissions.add(Permission.objects.get(codename="change_group"))
    login(client, admin)

    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]),
        edit_form(editor, groups=[*editor.groups.all(), powerful]),
    )
    assert response.status_code == 200
    assert page_shows(
        response, admin, "Select a valid choice. %(value)s is not one of the available choices."
    )
    assert not editor.groups.filter(pk=powerful.pk).exists()
    form = client.get(reverse("wagtailusers_users:edit", args=[editor.pk])).content.decode()
    assert partner("man").moderators_group in form
    assert "Group managers" not in form

    response = client.post(
        reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"]) + f"?id={editor.pk}",
        {"role": str(powerful.pk)},
    )
    assert refused(response)
    assert not editor.groups.filter(pk=powerful.pk).exists()

    # A partner group is theirs to give, and a superuser may give anything.
    response = client.post(
        reverse("wagtail_bulk_action", args=["auth", "user", "assign_role"]) + f"?id={editor.pk}",
        {"role": str(group(partner("man").moderators_group).pk)},
    )
    assert response.status_code == 302
    assert editor.groups.filter(name=partner("man").moderators_group).exists()
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    login(client, superuser)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[editor.pk]),
        edit_form(editor, groups=[*editor.groups.all(), powerful], is_superuser="on"),
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.is_superuser and editor.groups.filter(pk=powerful.pk).exists()


def test_regional_administrators_do_not_manage_groups(client, world):
    admin = world["users"]["regional-admin"]
    regional = group(REGIONAL_ADMINS_GROUP)
    assert not regional.permissions.filter(codename__in=["add_group", "change_group"]).exists()
    login(client, admin)
    before = set(regional.permissions.values_list("pk", flat=True))
    response = client.post(
        reverse("wagtailusers_groups:edit", args=[regional.pk]),
        {
            "name": REGIONAL_ADMINS_GROUP,
            "permissions": [str(p.pk) for p in Permission.objects.all()],
        },
    )
    assert refused(response)
    assert set(regional.permissions.values_list("pk", flat=True)) == before


def test_the_georgian_admin_is_not_upper_cased(client, world):
    from pathlib import Path

    from django.contrib.staticfiles import finders
    from wagtail.users.models import UserProfile

    editor = world["users"]["sapari-editor"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ka"
    profile.save()
    login(client, editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert '<html lang="ka"' in response.content.decode()
    stylesheet = soup(response).find("link", href=lambda href: href and "admin-georgian" in href)
    assert stylesheet is not None
    css = Path(finders.find("partner_access/admin-georgian.css")).read_text(encoding="utf-8")
    assert 'html[lang="ka"] *' in css and "text-transform: none !important" in css


def test_a_user_without_names_can_choose_the_admin_language(client, world):
    from wagtail.users.models import UserProfile

    editor = world["users"]["sapari-editor"]
    assert not editor.first_name and not editor.last_name
    login(client, editor)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "",
            "name_email-last_name": "",
            "name_email-email": editor.email,
            "locale-preferred_language": "ka",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_clipboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert UserProfile.get_for_user(editor).preferred_language == "ka"
