"""`manage.py setup_partners`: configuration as code, idempotent, and additive."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.partners import PARTNERS_FILE, REGIONAL_ADMINS_GROUP, load_partners
from countries.models import PartnerPage
from tests import factories

LUND_BOYS = """
[[partner]]
slug = "lund-boys"
name = "Lund Boys"
country = "SE"
time_zone = "Europe/Stockholm"
locales = ["sv", "en"]
moderator_email = "moderators+lund@redefine.invalid"
"""


def add_lund_boys(config):
    """A new partner added to the configuration, as an administrator would."""
    config.write_text(config.read_text(encoding="utf-8") + LUND_BOYS, encoding="utf-8")


def run(*args):
    out = StringIO()
    call_command("setup_partners", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Group,
            GroupPagePermission,
            GroupCollectionPermission,
            Collection,
            Workflow,
            GroupApprovalTask,
            WorkflowTask,
            WorkflowPage,
            PartnerPage,
        )
    } | {"group permissions": Group.permissions.through.objects.count()}


def test_second_run_changes_nothing(tree):
    first = run()
    assert "(0 changes)" not in first
    before = counts()

    assert "(0 changes)" in run()
    assert counts() == before


def test_groups_permissions_collections_and_workflow_of_a_partner(tree):
    run()
    man = next(p for p in load_partners() if p.slug == "man")
    editors = Group.objects.get(name=man.editors_group)
    moderators = Group.objects.get(name=man.moderators_group)

    # Page permissions on the partner's root in both of its locales.
    roots = set(PartnerPage.objects.filter(slug="man"))
    assert {tree["partner"], tree["partner_sv"]} <= {root.specific for root in roots}
    for root in roots:
        editor_codenames = set(
            GroupPagePermission.objects.filter(group=editors, page=root).values_list(
                "permission__codename", flat=True
            )
        )
        assert editor_codenames == {"add_page", "change_page"}
        assert "publish_page" in GroupPagePermission.objects.filter(
            group=moderators, page=root
        ).values_list("permission__codename", flat=True)
        assert WorkflowPage.objects.get(page=root).workflow.name == man.workflow_name

    # A collection of its own, with permissions there only.
    collection = Collection.objects.get(name=man.collection_name)
    assert set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("collection", flat=True)
    ) == {collection.pk}
    assert not GroupCollectionPermission.objects.filter(
        group=editors, permission__codename="delete_image"
    ).exists()

    # Moderators approve.
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow__name=man.workflow_name)
    assert list(task.groups.all()) == [moderators]

    # Helplines are editable (limited to their country by partner_access).
    assert editors.permissions.filter(codename="change_helpline").exists()
    assert moderators.permissions.filter(codename="delete_emergencynumber").exists()


def test_chat_settings_permission_goes_to_moderators_only(tree):
    output = run()
    chat = Permission.objects.filter(codename="change_chat_settings").first()
    if chat is None:
        assert "support.change_chat_settings does not exist yet" in output
        pytest.skip("the support app's chat settings permission is not migrated yet")
    for partner in load_partners():
        assert (
            Group.objects.get(name=partner.moderators_group).permissions.filter(pk=chat.pk).exists()
        )
        assert (
            not Group.objects.get(name=partner.editors_group)
            .permissions.filter(pk=chat.pk)
            .exists()
        )


def test_adding_a_partner_to_the_file_adds_exactly_that_partner(tree, tmp_path):
    config = tmp_path / "partners.toml"
    config.write_text(PARTNERS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    run("--config", str(config))
    before = counts()
    groups_before = set(Group.objects.values_list("name", flat=True))

    add_lund_boys(config)
    output = run("--config", str(config))
    assert "(0 changes)" not in output

    assert set(Group.objects.values_list("name", flat=True)) - groups_before == {
        "Lund Boys editors",
        "Lund Boys moderators",
    }
    after = counts()
    assert after["Collection"] == before["Collection"] + 1
    assert after["Workflow"] == before["Workflow"] + 1
    # Its partner page, under Sweden in English and Sverige in Swedish, as drafts.
    pages = PartnerPage.objects.filter(slug="lund-boys").select_related("locale")
    assert {page.locale.language_code: page.get_parent().pk for page in pages} == {
        "en": tree["country"].pk,
        "sv": tree["country_sv"].pk,
    }
    assert not any(page.live for page in pages)
    # The two are translations of each other.
    assert len({page.translation_key for page in pages}) == 1
    assert after["PartnerPage"] == before["PartnerPage"] + 2
    assert after["WorkflowPage"] == before["WorkflowPage"] + 2

    # And running it again changes nothing.
    assert "(0 changes)" in run("--config", str(config))
    assert counts() == after


def test_a_partner_whose_country_page_is_missing_is_reported(tree):
    output = run()
    # There is no Georgian country page in the test tree.
    assert "Sapari: no GE country page in 'ka'" in output
    assert not PartnerPage.objects.filter(slug="sapari").exists()

    georgia = factories.CountryPageFactory(
        parent=tree["home"], title="Georgia", slug="georgia", country_code="GE"
    )
    run()
    assert PartnerPage.objects.get(slug="sapari").get_parent().pk == georgia.pk


def test_missing_config_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="No partner configuration"):
        run("--config", str(tmp_path / "missing.toml"))


def test_wagtail_default_groups_lose_their_rights_over_every_partner(tree):
    # Wagtail's migrations create these with rights at the root; make sure they have some.
    root, collection_root = Page.get_first_root_node(), Collection.get_first_root_node()
    access_admin = Permission.objects.get(codename="access_admin")
    for name in ("Editors", "Moderators"):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename="change_page")
        )
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection_root,
            permission=Permission.objects.get(codename="add_image"),
        )
    editor = get_user_model().objects.create_user("old-editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))

    run()
    for name in ("Editors", "Moderators"):
        group = Group.objects.get(name=name)
        assert not group.permissions.exists()
        assert not GroupPagePermission.objects.filter(group=group).exists()
        assert not GroupCollectionPermission.objects.filter(group=group).exists()
    assert not Page.objects.get(pk=tree["article"].pk).permissions_for_user(editor).can_edit()
    assert "(0 changes)" in run()


def test_regional_administrators_manage_users_but_not_groups(tree):
    run()
    regional = Group.objects.get(name=REGIONAL_ADMINS_GROUP)
    codenames = set(regional.permissions.values_list("codename", flat=True))
    assert {"add_user", "change_user", "delete_user"} <= codenames
    assert not {"add_group", "change_group", "delete_group", "change_permission"} & codenames

    # An installation set up before this rule loses the group rights on the next run.
    regional.permissions.add(Permission.objects.get(codename="change_group"))
    assert "(0 changes)" not in run()
    assert not regional.permissions.filter(codename="change_group").exists()


def test_a_partner_added_while_the_site_runs_gets_its_inbox_mail(tree, tmp_path, monkeypatch):
    from django.core import mail

    from core import partners as partners_module

    config = tmp_path / "partners.toml"
    config.write_text(PARTNERS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(partners_module, "PARTNERS_FILE", config)
    run("--config", str(config))
    # The running process has read the configuration (as the first notification would).
    assert partners_module.partner_for_group("MÄN moderators") is not None

    add_lund_boys(config)
    run("--config", str(config))
    root = PartnerPage.objects.get(slug="lund-boys", locale__language_code="en")
    editor = get_user_model().objects.create_user("lund-editor", password="x")
    root.save_revision(user=editor)
    mail.outbox.clear()
    root.get_workflow().start(root, editor)
    assert [m.to for m in mail.outbox if "moderators+lund@redefine.invalid" in m.to]
