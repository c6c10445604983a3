"""A page goes through its partner's review: submit, reject with a comment, edit, resubmit, approve.

The moderators are told by e-mail, each in the language of their admin profile, and so is the
partner's shared moderators inbox (partners.toml `moderator_email`); the other partner's
moderators hear nothing. Every step is in the page's history with who did it.
"""

from django.core import mail
from django.urls import reverse
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile

from tests.partner_world import login, partner, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_permission_matrix import edit_data


def submit(client, world, title):
    article = world["article"]
    data = edit_data(world, article)
    data["title"] = title
    data["action-submit"] = "action-submit"
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)


def workflow_action(client, article, action, comment=""):
    task_state = Page.objects.get(pk=article.pk).current_workflow_task_state
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[article.pk, action, task_state.pk]),
        {"comment": comment},
    )


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_review_from_submission_to_live(client, world):
    users = world["users"]
    editor, moderator = users["man-editor"], users["man-moderator"]
    for user, language in [(moderator, "sv"), (editor, "en")]:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    article = world["article"]
    inbox = partner("man").moderator_email

    # The editor submits a change.
    login(client, editor)
    response = submit(client, world, "When anger takes over you")
    assert response.status_code == 302
    assert Page.objects.get(pk=article.pk).title == "When anger takes over"  # not live yet
    [to_moderator] = mails_to(moderator.email)
    # Swedish, as the moderator's admin profile asks (Wagtail's own translation).
    assert "har lämnats in för godkännande" in to_moderator.body
    assert "When anger takes over you" in to_moderator.subject
    assert to_moderator.subject.startswith("Sidan")
    [to_inbox] = mails_to(inbox)
    assert "Sidan" in to_inbox.subject  # MÄN's main language is Swedish
    assert not mails_to(users["sapari-moderator"].email)
    assert not mails_to(partner("sapari").moderator_email)

    # The moderator rejects it with a comment; the editor is told, with the comment.
    mail.outbox.clear()
    login(client, moderator)
    response = workflow_action(client, article, "reject", "Please name a helpline.")
    assert response.status_code == 302
    [to_editor] = mails_to(editor.email)
    assert "rejected" in to_editor.subject
    assert "Please name a helpline." in to_editor.body
    assert Page.objects.get(pk=article.pk).title == "When anger takes over"

    # The editor edits and resubmits; the moderators hear of it again.
    mail.outbox.clear()
    login(client, editor)
    response = submit(client, world, "When anger takes over: where to call")
    assert response.status_code == 302
    assert len(mails_to(moderator.email)) == 1
    assert len(mails_to(inbox)) == 1

    # The moderator approves: the change is live, and the editor is told.
    mail.outbox.clear()
    login(client, moderator)
    response = workflow_action(client, article, "approve", "Good.")
    assert response.status_code == 302
    live = Page.objects.get(pk=article.pk)
    assert live.live
    assert live.title == "When anger takes over: where to call"
    assert not live.has_unpublished_changes
    [approved] = mails_to(editor.email)
    assert "approved" in approved.subject
    assert client.get(live.url).status_code == 200

    # The page history tells the whole story, with who did what.
    history = list(
        PageLogEntry.objects.filter(page=article.pk)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    for step in [
        ("wagtail.workflow.start", "man-editor"),
        ("wagtail.workflow.reject", "man-moderator"),
        ("wagtail.workflow.resume", "man-editor"),
        ("wagtail.workflow.approve", "man-moderator"),
        ("wagtail.publish", "man-moderator"),
    ]:
        assert step in history, history
    # And the history page shows it to whoever may see the page.
    response = client.get(reverse("wagtailadmin_pages:history", args=[article.pk]))
    assert response.status_code == 200
    assert "man-editor" in response.content.decode()


def test_another_partners_moderator_cannot_act_on_the_review(client, world):
    login(client, world["users"]["man-editor"])
    submit(client, world, "When anger takes over you")
    article = world["article"]
    before = Page.objects.get(pk=article.pk).current_workflow_task_state

    login(client, world["users"]["sapari-moderator"])
    response = workflow_action(client, article, "approve")
    assert response.status_code in {302, 403}
    after = Page.objects.get(pk=article.pk)
    assert after.title == "When anger takes over"
    assert after.current_workflow_task_state.pk == before.pk
    assert after.current_workflow_task_state.status == "in_progress"


def test_a_moderator_without_a_language_is_written_to_in_the_partners(client, world):
    users = world["users"]
    editor, moderator = users["man-editor"], users["man-moderator"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    assert not UserProfile.get_for_user(moderator).preferred_language

    # The editor works in English; the moderator never chose a language.
    login(client, editor)
    assert submit(client, world, "When anger takes over you").status_code == 302
    [to_moderator] = mails_to(moderator.email)
    # MÄN's main language is Swedish (Wagtail's own translation of the message).
    assert to_moderator.subject.startswith("Sidan")
    assert "har lämnats in för godkännande" in to_moderator.body
    assert not UserProfile.get_for_user(moderator).preferred_language

    # The editor, with a language of their own, still gets theirs.
    mail.outbox.clear()
    login(client, moderator)
    assert workflow_action(client, world["article"], "reject", "Not yet.").status_code == 302
    [to_editor] = mails_to(editor.email)
    assert "rejected" in to_editor.subject
