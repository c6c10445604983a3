"""The editor's preview panel in a real browser: the page renders in the panel's frame, at phone
size too, and Wagtail's accessibility checker finds a known issue in it (the preview policy of
core.middleware; the reader policy had `frame-ancestors 'none'` and the checker saw nothing)."""

import pytest

from tests import factories
from tests.browser.test_admin_2fa_browser import PASSWORD, sign_in

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE_WIDTH = 375  # Wagtail's "mobile size" preview


def test_preview_renders_at_phone_size_and_the_checker_reports_a_skipped_heading(
    browser, live_server, tree, django_user_model
):
    django_user_model.objects.create_user(username="nino", password=PASSWORD, is_superuser=True)
    article = tree["article"]
    # The title is the h1; an h3 straight after it skips a level, which the checker reports.
    article.body = [("heading", {"text": "Skipped a level", "level": "h3"})]
    factories.publish(article)

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    sign_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.get_by_role("heading", name="Skipped a level")).to_be_visible()
    expect(frame.get_by_role("heading", name=article.title, level=1)).to_be_visible()

    page.get_by_label("Preview in mobile size").check()
    expect(frame.get_by_role("heading", name="Skipped a level")).to_be_visible()
    page.wait_for_function(
        f"() => document.querySelector('#w-preview-iframe').contentWindow.innerWidth"
        f" === {PHONE_WIDTH}"
    )

    page.get_by_role("button", name="Toggle checks").click()
    checks = page.get_by_role("complementary", name="Checks")
    expect(checks.get_by_text("Incorrect heading hierarchy")).to_be_visible()
    assert not [text for text in console if "Content Security Policy" in text], console
    context.close()
