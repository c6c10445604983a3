"""Two-step verification in a real browser: the QR code shows under the admin's CSP, and signing
in takes the password and then a code.

The Django test client sends no `Origin` header; Chromium does, so this is also the test that the
admin's forms pass Django's CSRF origin check (core.middleware gives the admin a
`Referrer-Policy` under which the browser still names the origin).
"""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.test_admin_2fa import next_code

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a long and good passphrase"


def sign_in(page, origin):
    page.goto(origin + "/admin/login/")
    page.get_by_label("Username").fill("nino")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_turn_on_and_sign_in_with_a_code(browser, live_server, django_user_model):
    django_user_model.objects.create_user(username="nino", password=PASSWORD, is_superuser=True)
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text))
    outside = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith((live_server.url, "data:")) else outside.append(request)
        ),
    )

    sign_in(page, live_server.url)
    expect(page).to_have_url(live_server.url + "/admin/")

    page.goto(live_server.url + "/admin/account/")
    page.get_by_role("link", name="Turn on two-step verification").click()
    qr = page.locator("img.admin-2fa-qr")
    assert qr.evaluate("image => image.complete && image.naturalWidth") > 0
    assert not [text for text in problems if "Content Security Policy" in text]
    assert outside == []

    device = TOTPDevice.objects.get(user__username="nino")
    page.get_by_label("Code").fill(next_code(device))
    page.get_by_role("button", name="Turn on").click()
    expect(page.locator(".admin-2fa-backup-codes code")).to_have_count(10)

    context.clear_cookies()
    sign_in(page, live_server.url)
    expect(page).to_have_url(live_server.url + "/admin/2fa/verify/?next=%2Fadmin%2F")
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text("That code is not right")).to_be_visible()

    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0)
    page.get_by_label("Code").fill(next_code(device))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(live_server.url + "/admin/")
    expect(page).to_have_title("Dashboard - Wagtail")
    context.close()
