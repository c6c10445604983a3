"""The question box in Chromium: a boy asks on a phone, without JavaScript and with it, and gets
his reference; a moderator answers in the admin and publishes; the boy finds the answer by his
reference and by search. No cookie at any step, nothing from another origin.

On pytest-django's live server with conftest.tree (MÄN in Swedish), set up by setup_partners.
"""

import re

import pytest

from core.partners import load_partners
from questions.models import AnswerPage, Question
from tests.partner_world import PASSWORD, make_user
from tests.question_world import man_world_fixture  # noqa: F401 (the `man_world` fixture)

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}
QUESTION = (
    "Hur vet jag om min flickvän verkligen vill kyssas? Jag frågar aldrig, jag bara gissar. "
    "Vi går i samma klass på Rinkebyskolan."
)
EDITED = "Hur vet jag om min flickvän verkligen vill kyssas? Jag frågar aldrig, jag bara gissar."
REFERENCE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$")


def watch(page, origin, outside):
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith((origin, "data:")) else outside.append(request.url)
        ),
    )


def ask_from_support_page(page, origin, support_url, text):
    page.goto(origin + support_url)
    page.get_by_role("link", name="Ställ en fråga").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ställ en fråga till MÄN")
    page.get_by_label("Din fråga").fill(text)
    page.get_by_role("button", name="Skicka frågan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Din fråga har skickats")
    reference = page.locator("[data-question-reference]").inner_text().strip()
    assert REFERENCE.match(reference), reference
    return reference


# A whole journey, through the admin too: longer than one page check (conftest's limit).
@pytest.mark.timeout(300, func_only=True)
def test_ask_answer_and_find_the_answer(browser, live_server, man_world, settings):
    # Wagtail's editor autosaves while one types; on SQLite that save and the publish would
    # lock each other's tables. Readers' side is not affected.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    origin = live_server.url
    support_url = man_world["support_sv"].url
    outside = []

    # Without JavaScript, on a phone.
    no_js = browser.new_context(java_script_enabled=False, **PHONE)
    page = no_js.new_page()
    watch(page, origin, outside)
    reference = ask_from_support_page(page, origin, support_url, QUESTION)
    assert no_js.cookies() == []

    # With JavaScript: the characters left are counted, the button is pressed once only.
    with_js = browser.new_context(**PHONE)
    page_js = with_js.new_page()
    watch(page_js, origin, outside)
    errors = []
    page_js.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page_js.goto(origin + support_url)
    page_js.get_by_role("link", name="Ställ en fråga").first.click()
    second_text = "Hur pratar jag med min pappa om att jag är ledsen?"
    page_js.get_by_label("Din fråga").fill(second_text)
    expect(page_js.locator("#question-hint")).to_have_text(
        f"Tecken kvar: {2000 - len(second_text)}"
    )
    page_js.get_by_role("button", name="Skicka frågan").click()
    expect(page_js.get_by_role("heading", level=1)).to_have_text("Din fråga har skickats")
    second = page_js.locator("[data-question-reference]").inner_text().strip()
    assert REFERENCE.match(second) and second != reference
    assert with_js.cookies() == []
    assert not errors, errors
    assert Question.objects.filter(partner_slug="man").count() == 2

    # The moderator answers in the admin and publishes.
    man = next(partner for partner in load_partners() if partner.slug == "man")
    make_user("nino", [man.moderators_group])
    admin = browser.new_context(viewport={"width": 1400, "height": 900})
    desk = admin.new_page()
    desk.goto(origin + "/admin/login/")
    desk.get_by_label("Username").fill("nino")
    desk.get_by_label("Password").fill(PASSWORD)
    desk.get_by_role("button", name="Sign in").click()
    # The moderator's menu leads to the queue. Followed by its address: a click made while
    # Wagtail's sidebar was still being drawn was once lost (PostgreSQL pass, 2026-12-04).
    queue = desk.get_by_role("link", name="Questions from readers").first
    expect(queue).to_have_attribute("href", "/admin/questions/")
    desk.goto(origin + queue.get_attribute("href"))
    # (An expect rather than a bare click: if the queue does not list it, the failure shows
    # what the queue does list.)
    question_link = desk.get_by_role("link", name=re.compile("Rinkebyskolan"))
    expect(question_link).to_be_visible(timeout=20_000)
    question_link.click()
    expect(desk.locator(".question-text")).to_contain_text("Rinkebyskolan")
    desk.get_by_label("Title of the answer").fill("Hur vet jag om hon vill?")
    desk.get_by_label("The question as readers will see it").fill(EDITED)
    desk.get_by_role("button", name="Write the answer").click()
    desk.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    editor = desk.locator("[data-contentpath=answer] [contenteditable=true]")
    # Draftail takes the keys only once it has set itself up and has the focus (on a busy
    # machine the click can come first): type when it has, and see the words arrive.
    editor.click()
    expect(editor).to_be_focused()
    desk.keyboard.type("Fråga henne, och lyssna på svaret. Ett ja ska vara ett glatt ja.")
    expect(editor).to_contain_text("Ett ja ska vara ett glatt ja.")
    # Draftail writes its content to the form's hidden input a moment after the last key (its
    # stateSaveInterval): publishing before that would send an empty answer.
    expect(desk.locator("input[name=answer]")).to_have_value(re.compile("glatt ja"))
    desk.get_by_role("button", name="More actions").click()
    desk.get_by_role("button", name="Publish").click()
    expect(desk.get_by_text("has been published")).to_be_visible()
    answer = AnswerPage.objects.get()
    assert answer.live and answer.locale.language_code == "sv"
    assert Question.objects.get(answer_page=answer).status == "answered"
    admin.close()

    # The boy finds it by his reference, without JavaScript ...
    page.goto(origin + "/sv/questions/answer/")
    page.get_by_label("Din kod").fill(reference.lower())
    page.locator("main").get_by_role("button", name="Kolla").click()
    expect(page.get_by_role("status")).to_contain_text("Din fråga har besvarats.")
    page.get_by_role("link", name="Läs svaret").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hur vet jag om hon vill?")
    expect(page.locator(".answer__question")).to_contain_text(EDITED)
    expect(page.locator("main")).not_to_contain_text("Rinkebyskolan")
    # ... and by search.
    page.goto(origin + "/sv/search/?q=flickvän")
    page.get_by_role("link", name="Hur vet jag om hon vill?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hur vet jag om hon vill?")
    assert no_js.cookies() == []
    assert not outside, outside
    no_js.close()
    with_js.close()
