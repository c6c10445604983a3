"""Every role tries every action on its own and on another partner's content, over real admin HTTP.

"Own" is MÄN's content (Sweden) and "foreign" is Sapari's (Georgia); the regional administrator
has no partner, so for them both are simply content. A refused action answers 403 or redirects
with an error message, and leaves the database exactly as it was.
"""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from support.models import Helpline
from tests.partner_world import login, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_admin_editing import article_form
from tests.utils import refused

ROLES = ["man-editor", "man-moderator", "translator-sv", "regional-admin"]
ACTIONS = [
    "edit",
    "publish",
    "move",
    "copy",
    "delete",
    "unpublish",
    "image_edit",
    "image_delete",
    "helpline_edit",
    "revert",
    "approve",
    "reject",
]
EVERYTHING = {(action, target) for action in ACTIONS for target in ("own", "foreign")}
ALLOWED = {
    "man-editor": {
        ("edit", "own"),
        ("copy", "own"),
        ("image_edit", "own"),
        # Not ("image_delete", "own"): deleting media is for moderators
        # (partner_access.media_permissions), though Wagtail treats it as changing.
        ("helpline_edit", "own"),
        ("revert", "own"),
    },
    "man-moderator": {
        (action, "own")
        for action in ACTIONS
        # Moving to another partner needs permissions there too.
        if action != "move"
    },
    "translator-sv": set(),
    # Regional administrators manage everything, but only a partner's moderators review its
    # pages (GroupApprovalTask); they can publish directly instead.
    "regional-admin": {case for case in EVERYTHING if case[0] not in {"approve", "reject"}},
}


def snapshot():
    """Everything a refused action could have changed."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk", "path", "title", "slug", "live", "has_unpublished_changes", "locked"
            )
        ),
        "revisions": Revision.objects.count(),
        "images": list(
            get_image_model().objects.order_by("pk").values_list("pk", "title", "collection_id")
        ),
        "helplines": list(Helpline.objects.order_by("pk").values()),
        "workflow_states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "task_states": list(TaskState.objects.order_by("pk").values_list("pk", "status")),
        "page_log": PageLogEntry.objects.count(),
        "model_log": ModelLogEntry.objects.count(),
    }


def targets(world, target):
    own = target == "own"
    return {
        "article": world["article"] if own else world["sapari_article"],
        "home_root": world["partner"] if own else world["sapari"],
        "other_root": world["sapari"] if own else world["partner"],
        "image": world["images"]["man" if own else "sapari"],
        "helpline": world["swedish_helpline"] if own else world["georgian_helpline"],
        "moderator": world["users"]["man-moderator" if own else "sapari-moderator"],
        "editor": world["users"]["man-editor" if own else "sapari-editor"],
    }


def edit_data(world, article, **overrides):
    data = article_form(world, title="Changed title", slug=article.slug, topics=[], **overrides)
    data.pop("action-publish")
    return data


def start_review(article, editor):
    workflow = article.get_workflow()
    article.save_revision(user=editor)
    workflow.start(article, editor)
    return article.current_workflow_task_state


def perform(client, world, action, target):
    """Perform the action as the logged-in user; return the response."""
    t = targets(world, target)
    article = t["article"]
    if action == "edit":
        return client.post(
            reverse("wagtailadmin_pages:edit", args=[article.pk]), edit_data(world, article)
        )
    if action == "publish":
        data = edit_data(world, article)
        data["action-publish"] = "action-publish"
        return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
    if action == "move":
        return client.post(
            reverse("wagtailadmin_pages:move_confirm", args=[article.pk, t["other_root"].pk])
        )
    if action == "copy":
        return client.post(
            reverse("wagtailadmin_pages:copy", args=[article.pk]),
            {
                "new_title": "A copy",
                "new_slug": "a-copy",
                "new_parent_page": str(world["partner"].pk),
            },
        )
    if action == "delete":
        return client.post(reverse("wagtailadmin_pages:delete", args=[article.pk]))
    if action == "unpublish":
        return client.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]))
    if action == "image_edit":
        image = t["image"]
        return client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {
                "title": "Renamed",
                "collection": str(image.collection_id),
                "tags": "",
                "description": "",
                "focal_point_x": "",
                "focal_point_y": "",
                "focal_point_width": "",
                "focal_point_height": "",
            },
        )
    if action == "image_delete":
        return client.post(reverse("wagtailimages:delete", args=[t["image"].pk]))
    if action == "helpline_edit":
        helpline = t["helpline"]
        return client.post(
            reverse("wagtailsnippets_support_helpline:edit", args=[helpline.pk]),
            nested_form_data(
                {
                    "country_code": helpline.country_code,
                    "name": "Renamed helpline",
                    "phone_number": helpline.phone_number,
                    "hours": helpline.hours,
                    "free_of_charge": "on",
                    "audience": "",
                    "sort_order": "0",
                }
            ),
        )
    if action == "revert":
        # Wagtail's revert is two requests: the revert view opens the editor filled with the old
        # revision, and that editor's form posts back to the same address.
        revision = world["revert_to"][target]
        url = reverse("wagtailadmin_pages:revisions_revert", args=[article.pk, revision.pk])
        opened = client.get(url)
        if opened.status_code != 200:
            return opened
        data = edit_data(world, article)
        data["title"] = revision.as_object().title
        return client.post(url, data)
    if action in {"approve", "reject"}:
        task_state = world["review"][target]
        return client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, task_state.pk]),
            {"comment": "Checked."},
        )
    raise AssertionError(action)


def changed_as_intended(world, action, target, response):
    t = targets(world, target)
    article = Page.objects.filter(pk=t["article"].pk).first()
    if action == "edit":
        return article.specific.get_latest_revision_as_object().title == "Changed title"
    if action == "publish":
        return article.title == "Changed title" and article.live
    if action == "move":
        return article.get_parent().pk == t["other_root"].pk
    if action == "copy":
        return Page.objects.filter(slug="a-copy", title="A copy").exists()
    if action == "delete":
        return article is None
    if action == "unpublish":
        return not article.live
    if action == "image_edit":
        return get_image_model().objects.get(pk=t["image"].pk).title == "Renamed"
    if action == "image_delete":
        return not get_image_model().objects.filter(pk=t["image"].pk).exists()
    if action == "helpline_edit":
        # Saved as a draft: it waits for the country's moderators (support.number_review).
        helpline = Helpline.objects.get(pk=t["helpline"].pk)
        return helpline.get_latest_revision_as_object().name == "Renamed helpline"
    if action == "revert":
        reverted = world["revert_to"][target]
        latest = article.specific.get_latest_revision()
        return (
            latest.pk != reverted.pk
            and latest.as_object().title == reverted.as_object().title
            and PageLogEntry.objects.filter(
                action="wagtail.revert", page_id=article.pk, revision=latest
            ).exists()
        )
    if action == "approve":
        return TaskState.objects.get(pk=world["review"][target].pk).status == "approved"
    if action == "reject":
        return TaskState.objects.get(pk=world["review"][target].pk).status == "rejected"
    raise AssertionError(action)


def prepare_reverts(world):
    """Both articles with an older revision to go back to and a later draft that differs."""
    world["revert_to"] = {}
    for target in ("own", "foreign"):
        article = targets(world, target)["article"].specific
        world["revert_to"][target] = article.save_revision()
        article.title = "A later draft"
        article.save_revision()


def start_reviews(world):
    """Both articles waiting for their partner's moderators (who alone may edit them then)."""
    world["review"] = {
        target: start_review(targets(world, target)["article"], targets(world, target)["editor"])
        for target in ("own", "foreign")
    }


@pytest.mark.parametrize("target", ["own", "foreign"])
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role, action, target):
    if action in {"approve", "reject"}:
        start_reviews(world)
    if action == "revert":
        prepare_reverts(world)
    user = world["users"][role]
    login(client, user)
    before = snapshot()

    response = perform(client, world, action, target)

    if (action, target) in ALLOWED[role]:
        assert response.status_code == 302, response.content.decode()[-3000:]
        assert not refused(response)
        assert changed_as_intended(world, action, target, response), (role, action, target)
        # Every change is in the page history or the audit log, with who did it.
        assert (
            PageLogEntry.objects.filter(user=user).exists()
            or ModelLogEntry.objects.filter(user=user).exists()
        )
    elif role == "man-editor" and (action, target) == ("publish", "own"):
        # An editor's "publish" never goes live: at most a draft is saved.
        assert not changed_as_intended(world, action, target, response)
        live = Page.objects.get(pk=world["article"].pk)
        assert live.title == "When anger takes over"
        assert not PageLogEntry.objects.filter(action="wagtail.publish", user=user).exists()
    else:
        assert refused(response), (role, action, target, response.status_code)
        assert snapshot() == before


# What an editor sees: only their partner's pages, images and reviews.


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_editor_does_not_see_another_partners_pages(client, world):
    login(client, world["users"]["man-editor"])
    home, georgia, sapari = world["home"], world["georgia"], world["sapari"]

    explorer = page_text(client.get(reverse("wagtailadmin_explore", args=[home.pk])))
    assert "Sweden" in explorer
    assert "Georgia" not in explorer
    response = client.get(reverse("wagtailadmin_explore", args=[sapari.pk]))
    assert response.status_code in {302, 403, 404} or "Talking to your father" not in page_text(
        response
    )

    search = page_text(client.get(reverse("wagtailadmin_pages:search"), {"q": "father"}))
    assert "Talking to your father" not in search
    own = page_text(client.get(reverse("wagtailadmin_pages:search"), {"q": "anger"}))
    assert "When anger takes over" in own

    # The page chooser still offers shared pages (countries, topics) to link to ...
    chooser = page_text(client.get(reverse("wagtailadmin_choose_page_child", args=[home.pk])))
    assert "Georgia" in chooser
    assert "Topics" in chooser
    # ... but nothing of another partner, browsing or searching.
    chooser = page_text(client.get(reverse("wagtailadmin_choose_page_child", args=[georgia.pk])))
    assert "Sapari" not in chooser
    chooser_search = page_text(
        client.get(reverse("wagtailadmin_choose_page_search"), {"q": "father"})
    )
    assert "Talking to your father" not in chooser_search

    # A regional administrator sees everything.
    login(client, world["users"]["regional-admin"])
    chooser = page_text(client.get(reverse("wagtailadmin_choose_page_child", args=[georgia.pk])))
    assert "Sapari" in chooser


def test_editor_does_not_see_another_partners_images(client, world):
    login(client, world["users"]["man-editor"])
    for url in (reverse("wagtailimages_chooser:choose"), reverse("wagtailimages:index")):
        text = page_text(client.get(url))
        assert "man image" in text
        assert "sapari image" not in text


def test_dashboard_shows_only_the_partners_own_reviews(client, world):
    start_reviews(world)
    login(client, world["users"]["man-moderator"])
    dashboard = page_text(client.get(reverse("wagtailadmin_home")))
    assert "When anger takes over" in dashboard
    assert "Talking to your father" not in dashboard

    login(client, world["users"]["man-editor"])
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_reports:workflow")):
        text = page_text(client.get(url))
        assert "Talking to your father" not in text
    assert "When anger takes over" in page_text(
        client.get(reverse("wagtailadmin_reports:workflow"))
    )


# Helplines: model-wide snippets, limited to the partner's country on the server.


def helpline_url(name, *args):
    return reverse(f"wagtailsnippets_support_helpline:{name}", args=args)


def helpline_data(**fields):
    data = {
        "country_code": "SE",
        "name": "Mind",
        "phone_number": "90101",
        "hours": "Every day",
        "free_of_charge": "on",
        "audience": "",
        "sort_order": "0",
        "locale": "en",
    }
    data.update(fields)
    return data


def test_helpline_list_shows_only_the_partners_country(client, world):
    login(client, world["users"]["man-editor"])
    text = page_text(client.get(helpline_url("list")))
    assert "BRIS" in text
    assert "Child helpline GE" not in text


def test_helpline_for_another_country_cannot_be_created(client, world):
    login(client, world["users"]["man-editor"])
    before = snapshot()
    response = client.post(helpline_url("add"), helpline_data(country_code="GE"))
    assert response.status_code == 200
    assert "only manage entries for the countries your organisation works in" in (
        response.content.decode()
    )
    assert snapshot() == before

    response = client.post(helpline_url("add"), helpline_data(country_code="SE"))
    assert response.status_code == 302
    created = Helpline.objects.get(name="Mind")
    assert ModelLogEntry.objects.filter(
        action="wagtail.create", user=world["users"]["man-editor"], object_id=str(created.pk)
    ).exists()


def test_own_helpline_cannot_be_moved_to_another_country(client, world):
    login(client, world["users"]["man-moderator"])
    helpline = world["swedish_helpline"]
    before = snapshot()
    response = client.post(
        helpline_url("edit", helpline.pk), helpline_data(country_code="GE", name="BRIS")
    )
    assert response.status_code == 200
    assert snapshot() == before


def test_foreign_helpline_views_are_refused(client, world):
    login(client, world["users"]["man-moderator"])
    foreign = world["georgian_helpline"]
    before = snapshot()
    for response in (
        client.get(helpline_url("edit", foreign.pk)),
        client.post(helpline_url("delete", foreign.pk)),
        client.get(helpline_url("copy", foreign.pk)),
        client.get(helpline_url("history", foreign.pk)),
        client.get(helpline_url("usage", foreign.pk)),
        client.post(
            reverse("wagtail_bulk_action", args=["support", "helpline", "delete"])
            + f"?id={foreign.pk}",
        ),
    ):
        assert refused(response) or b"Child helpline GE" not in response.content, (
            response.status_code
        )
    assert snapshot() == before
    assert Helpline.objects.filter(pk=foreign.pk).exists()

    # Its own country's partners may.
    login(client, world["users"]["sapari-moderator"])
    assert client.get(helpline_url("edit", foreign.pk)).status_code == 200


def test_foreign_helpline_translation_is_refused(client, world, locales):
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    foreign = world["georgian_helpline"]
    source, _created = TranslationSource.get_or_create_from_instance(foreign)
    translation = Translation.objects.create(source=source, target_locale=locales["sv"])
    translation.save_target()
    segment = StringSegment.objects.filter(source=source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    target = translation.get_target_instance()

    login(client, world["users"]["man-editor"])
    assert refused(client.get(helpline_url("edit", target.pk)))
    response = client.put(url, "value=Hjälplinje", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 403
    assert not StringTranslation.objects.exists()

    login(client, world["users"]["sapari-editor"])
    response = client.put(url, "value=Hjälplinje", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201
    assert StringTranslation.objects.get().data == "Hjälplinje"


# Readers' questions (questions app): only the asked partner's moderators, and regional admins.

QUESTION_READERS = {
    "man-moderator": {"man"},
    "sapari-moderator": {"sapari"},
    "regional-admin": {"man", "sapari"},
    "man-editor": set(),
    "sapari-editor": set(),
    "translator-sv": set(),
}


def reader_questions():
    from questions.models import Question
    from questions.references import digest, new_reference

    made = {}
    for slug, text in (
        ("man", "Hur säger jag nej till min kompis?"),
        ("sapari", "როგორ ვუთხრა მამას?"),
    ):
        question = Question(
            partner_slug=slug,
            language_code="sv" if slug == "man" else "ka",
            reference_digest=digest(new_reference()),
        )
        question.text = text
        question.save()
        made[slug] = (question, text)
    return made


def question_rows():
    from questions.models import Question

    return list(Question.objects.order_by("pk").values())


@pytest.mark.parametrize("role", sorted(QUESTION_READERS))
def test_questions_reach_only_the_asked_partners_moderators(client, world, role):
    questions = reader_questions()
    login(client, world["users"][role])
    allowed = QUESTION_READERS[role]
    queue = client.get(reverse("questions_admin:index"))
    if not allowed:
        assert refused(queue)
        dashboard = page_text(client.get(reverse("wagtailadmin_home")))
        assert 'id="waiting-questions-section"' not in dashboard
        assert reverse("questions_admin:index") not in dashboard
    else:
        text = page_text(queue)
        for slug, (_question, words) in questions.items():
            assert (words in text) == (slug in allowed), (role, slug)
        assert 'id="waiting-questions-section"' in page_text(
            client.get(reverse("wagtailadmin_home"))
        )

    before = question_rows()
    for slug, (question, words) in questions.items():
        detail = client.get(reverse("questions_admin:detail", args=[question.pk]))
        rejected = client.post(
            reverse("questions_admin:detail", args=[question.pk]), {"action": "reject"}
        )
        if slug in allowed:
            assert words in page_text(detail)
        else:
            assert refused(detail), (role, slug)
            assert words.encode() not in detail.content
            assert refused(rejected)
    # Nothing of another partner's changed; one's own may have been rejected.
    after = {row["id"]: row for row in question_rows()}
    for row in before:
        slug = row["partner_slug"]
        if slug not in allowed:
            assert after[row["id"]] == row
        else:
            assert after[row["id"]]["status"] == "rejected"
