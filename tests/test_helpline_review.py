"""A wrong helpline number never reaches a boy: changes wait for the country's moderators.

Through the real admin (snippet views, workflow actions, wagtail-localize's translation editor)
with the groups `setup_partners` creates: an editor's change and a translator's translation stay
out of readers' sight until a moderator of a partner in that country approves; a rejection keeps
the live number; a number that fails `phonenumbers` is refused with a clear message and never
goes live; the Site history report names who changed and who approved. Moderators see the
numbers nobody has confirmed for 180 days on their dashboard, confirm one with one button, and
are mailed the same list.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from support.models import EmergencyNumber, Helpline, tel_href
from tests.partner_world import login, partner, world_fixture  # noqa: F401 (the `world` fixture)
from tests.test_translator_snippets import editor_props, snippet_url, submit_url
from tests.utils import refused, soup, text_of

NEW_NUMBER = "020 22 22 22"  # a Swedish helpline number that phonenumbers accepts


def helpline_form(helpline, **changes):
    data = {
        "country_code": helpline.country_code,
        "name": helpline.name,
        "phone_number": helpline.phone_number,
        "hours": helpline.hours,
        "free_of_charge": "on" if helpline.free_of_charge else "",
        "audience": helpline.audience,
        "sort_order": helpline.sort_order,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def submit_change(client, helpline, **changes):
    data = helpline_form(helpline, **changes)
    data["action-submit"] = "action-submit"
    return client.post(snippet_url(Helpline, "edit", helpline.pk), data)


def workflow_action(client, entry, action, comment=""):
    entry = type(entry).objects.get(pk=entry.pk)
    task_state = entry.current_workflow_task_state
    assert task_state is not None, "nothing is waiting for review"
    name = f"wagtailsnippets_{entry._meta.app_label}_{entry._meta.model_name}:workflow_action"
    return client.post(reverse(name, args=[entry.pk, action, task_state.pk]), {"comment": comment})


def reader_helplines(client, page) -> list[str]:
    client.logout()
    aside = soup(client.get(page.url)).select_one("aside.help-box")
    return [text_of(li) for li in aside.select(".helpline")]


def reader_links(client, page) -> list[str]:
    client.logout()
    aside = soup(client.get(page.url)).select_one("aside.help-box")
    return [a["href"] for a in aside.select("a.helpline__number")]


def awaiting_review(client) -> str:
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#awaiting-review-section")
    return text_of(panel) if panel is not None else ""


def test_an_editors_change_is_live_only_once_the_countrys_moderator_approves(client, world):
    users = world["users"]
    helpline = world["swedish_helpline"]
    support = world["support"]
    assert reader_links(client, support) == ["tel:116111"]

    login(client, users["man-editor"])
    response = submit_change(client, helpline, phone_number=NEW_NUMBER)
    assert response.status_code == 302
    assert reader_links(client, support) == ["tel:116111"]  # readers still dial the live number
    assert Helpline.objects.get(pk=helpline.pk).phone_number == "116 111"
    # The country's moderators are told; another country's are not.
    told = {address for message in mail.outbox for address in message.to}
    assert users["man-moderator"].email in told
    assert users["sapari-moderator"].email not in told

    # The editor cannot publish it themselves, and another country's moderator cannot approve.
    login(client, users["man-editor"])
    data = helpline_form(helpline, phone_number=NEW_NUMBER)
    data["action-publish"] = "action-publish"
    client.post(snippet_url(Helpline, "edit", helpline.pk), data)
    assert reader_links(client, support) == ["tel:116111"]
    login(client, users["sapari-moderator"])
    assert str(helpline) not in awaiting_review(client)
    assert refused(workflow_action(client, helpline, "approve"))
    assert reader_links(client, support) == ["tel:116111"]

    # The country's moderator sees it waiting on the dashboard and approves it.
    login(client, users["man-moderator"])
    assert str(helpline) in awaiting_review(client)
    response = workflow_action(client, helpline, "approve")
    assert response.status_code == 302
    assert reader_links(client, support) == [tel_href(NEW_NUMBER, "SE")]


def test_rejection_keeps_the_live_number(client, world):
    users = world["users"]
    helpline = world["swedish_helpline"]
    login(client, users["man-editor"])
    assert submit_change(client, helpline, phone_number=NEW_NUMBER).status_code == 302

    login(client, users["man-moderator"])
    response = workflow_action(client, helpline, "reject", "That is not BRIS's number.")
    assert response.status_code == 302
    helpline.refresh_from_db()
    assert helpline.live
    assert helpline.phone_number == "116 111"
    assert helpline.current_workflow_task_state is None or (
        helpline.current_workflow_task_state.status != "in_progress"
    )
    assert reader_links(client, world["support"]) == ["tel:116111"]


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("12345", "This is not a valid number in the chosen country."),
        ("+46 8 123", "This is not a valid international number."),
        ("call us", "This is not a phone number."),
    ],
)
def test_an_invalid_number_is_refused_with_a_clear_message(client, world, number, message):
    helpline = world["swedish_helpline"]
    login(client, world["users"]["man-moderator"])
    data = helpline_form(helpline, phone_number=number)
    data["action-publish"] = "action-publish"
    response = client.post(snippet_url(Helpline, "edit", helpline.pk), data)
    assert response.status_code == 200  # the form again, with the error
    errors = [text_of(error) for error in soup(response).select(".error-message")]
    assert any(message in error for error in errors), errors
    # Not as a draft either: nothing was saved for anyone to approve.
    assert Helpline.objects.get(pk=helpline.pk).latest_revision is None
    assert reader_links(client, world["support"]) == ["tel:116111"]


def test_a_revision_with_a_bad_number_is_never_approved(client, world):
    """A revision made around the form (an import, older rules) is only sent back."""
    users = world["users"]
    number = EmergencyNumber.objects.get(country_code="SE")
    number.number = "999999"
    revision = number.save_revision(user=users["man-editor"], clean=False)
    number.get_workflow().start(number, users["man-editor"])

    login(client, users["man-moderator"])
    assert refused(workflow_action(client, number, "approve"))
    with pytest.raises(Exception, match="not a valid number"):
        revision.publish()
    assert EmergencyNumber.objects.get(pk=number.pk).number == "112"


def translate_name(client, source, locale, name):
    """The translator opens the translation editor and types the name in their language."""
    target = Helpline.objects.get(translation_key=source.translation_key, locale=locale)
    props = editor_props(client.get(snippet_url(Helpline, "edit", target.pk)))
    segment = next(s for s in props["segments"] if s.get("source") == source.name)
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=locale
    )
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment["id"]]),
        f"value={name}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    return target


def submit_translation(client, target):
    response = client.post(
        reverse(
            "localization_submit_snippet_translation_for_review",
            args=["support", "helpline", target.pk],
        )
    )
    assert response.status_code == 302
    return response


def test_a_translation_is_live_only_once_the_countrys_moderator_approves(client, world):
    users = world["users"]
    source = world["swedish_helpline"]
    sv = Locale.objects.get(language_code="sv")
    support_sv = world["support_sv"]

    login(client, users["translator-sv"])
    assert client.post(submit_url(source), {"locales": [sv.pk]}).status_code == 302
    target = translate_name(client, source, sv, "Barnens rätt i samhället")
    # The editor offers "Submit translation for review" under it.
    page = soup(client.get(snippet_url(Helpline, "edit", target.pk)))
    assert "Submit translation for review" in text_of(page)
    submit_translation(client, target)
    # Swedish readers still see the English entry, not the unapproved translation.
    assert reader_helplines(client, support_sv)[0].startswith("BRIS")

    login(client, users["man-moderator"])
    assert workflow_action(client, target, "approve").status_code == 302
    assert reader_helplines(client, support_sv)[0].startswith("Barnens rätt i samhället")

    # A later change to the live translation waits too: readers keep the approved one.
    login(client, users["translator-sv"])
    translate_name(client, source, sv, "Fel namn")
    submit_translation(client, target)
    assert reader_helplines(client, support_sv)[0].startswith("Barnens rätt i samhället")
    target.refresh_from_db()
    assert target.live and target.name == "Barnens rätt i samhället"
    login(client, users["man-moderator"])
    assert workflow_action(client, target, "reject", "Wrong name").status_code == 302
    assert reader_helplines(client, support_sv)[0].startswith("Barnens rätt i samhället")


def test_site_history_names_who_changed_and_who_approved(client, world):
    users = world["users"]
    helpline = world["swedish_helpline"]
    login(client, users["man-editor"])
    submit_change(client, helpline, phone_number=NEW_NUMBER)
    login(client, users["man-moderator"])
    workflow_action(client, helpline, "approve")

    entries = ModelLogEntry.objects.filter(object_id=str(helpline.pk))
    by_action = {entry.action: entry.user.username for entry in entries if entry.user}
    assert by_action["wagtail.edit"] == "man-editor"
    assert by_action["wagtail.workflow.approve"] == "man-moderator"
    assert by_action["wagtail.publish"] == "man-moderator"

    login(client, users["regional-admin"])
    report = soup(client.get(reverse("wagtailadmin_reports:site_history")))
    rows = [text_of(row) for row in report.select("tbody tr") if str(helpline.name) in text_of(row)]
    assert any("man-editor" in row for row in rows)
    assert any("man-moderator" in row and "Approved" in row for row in rows)


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def numbers_to_check(world):
    """Swedish helpline checked 10 days ago (with a Swedish translation), Swedish 112 checked
    200 days ago, the Georgian helpline never; a new Swedish helpline still a draft."""
    sv = Locale.objects.get(language_code="sv")
    helpline = world["swedish_helpline"]
    translation = helpline.copy_for_translation(sv)
    translation.save()
    Helpline.objects.filter(translation_key=helpline.translation_key).update(
        last_verified_at=days_ago(10), last_verified_by=world["users"]["man-moderator"]
    )
    emergency = EmergencyNumber.objects.get(country_code="SE")
    EmergencyNumber.objects.filter(pk=emergency.pk).update(last_verified_at=days_ago(200))
    emergency.refresh_from_db()
    Helpline.objects.create(
        country_code="SE", name="Draft line", phone_number="08-702 16 80", hours="-", live=False
    )
    return {"fresh": helpline, "stale": emergency, "never": world["georgian_helpline"]}


def dashboard_numbers(client, user) -> list[str]:
    login(client, user)
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one("#unverified-numbers-section")
    if panel is None:
        return []
    return [text_of(row.select_one(".title")) for row in panel.select(".unverified-number")]


def test_the_dashboard_lists_exactly_the_stale_numbers_of_the_moderators_country(
    client, world, numbers_to_check
):
    users = world["users"]
    stale, never = numbers_to_check["stale"], numbers_to_check["never"]
    assert dashboard_numbers(client, users["man-moderator"]) == [str(stale)]
    assert dashboard_numbers(client, users["sapari-moderator"]) == [str(never)]
    assert dashboard_numbers(client, users["regional-admin"]) == [str(never), str(stale)]
    assert dashboard_numbers(client, users["man-editor"]) == []
    assert dashboard_numbers(client, users["translator-sv"]) == []


def test_a_moderator_confirms_a_number_with_one_action(client, world, numbers_to_check):
    users = world["users"]
    stale = numbers_to_check["stale"]
    url = reverse("support_confirm_number", args=["emergencynumber", stale.pk])

    for outsider in ("man-editor", "sapari-moderator", "translator-sv"):
        login(client, users[outsider])
        assert refused(client.post(url))
    assert EmergencyNumber.objects.get(pk=stale.pk).last_verified_by is None

    login(client, users["man-moderator"])
    home = reverse("wagtailadmin_home")
    form = soup(client.get(home)).select_one(f'#unverified-numbers-section form[action="{url}"]')
    assert form is not None
    response = client.post(url, {"next": home})
    assert response.status_code == 302 and response.url == home
    stale.refresh_from_db()
    assert stale.last_verified_by == users["man-moderator"]
    assert timezone.now() - stale.last_verified_at < timedelta(minutes=1)
    assert dashboard_numbers(client, users["man-moderator"]) == []
    # The entry's history says who confirmed it.
    entry = ModelLogEntry.objects.get(object_id=str(stale.pk), action="redefine.verify_number")
    assert entry.user == users["man-moderator"]


def test_the_reminder_mails_each_moderator_exactly_their_stale_numbers(world, numbers_to_check):
    users = world["users"]
    profile = UserProfile.get_for_user(users["man-moderator"])
    profile.preferred_language = "sv"
    profile.save()
    stale, never, fresh = (numbers_to_check[key] for key in ("stale", "never", "fresh"))

    call_command("remind_unverified_numbers", stdout=StringIO())

    def mails_to(address):
        return [message for message in mail.outbox if address in message.to]

    [to_man] = mails_to(users["man-moderator"].email)
    assert "kontrollera" in to_man.subject  # Swedish, as the moderator's admin profile asks
    assert stale.number in to_man.body
    assert fresh.phone_number not in to_man.body and never.phone_number not in to_man.body
    [to_sapari] = mails_to(users["sapari-moderator"].email)
    assert never.phone_number in to_sapari.body and stale.number not in to_sapari.body
    [to_inbox] = mails_to(partner("man").moderator_email)
    assert stale.number in to_inbox.body
    assert not mails_to(users["man-editor"].email)
    assert not mails_to(users["regional-admin"].email)
