"""Two-step verification for the admin (admin_2fa), driven through the real admin.

An editor turns it on from their Account page (QR code, confirm with a code, backup codes); from
then on the password alone opens no admin page until a code from the app or a backup code is
entered. Codes are computed from the device's key, as an authenticator app does. Readers never
meet any of it. Also here: strong passwords, refused when an editor changes theirs.
"""

import time
from io import StringIO

import pytest
import segno
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import hotp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from admin_2fa import devices
from tests.utils import csp, soup, text_of

PASSWORD = "a long and good passphrase"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        username="sapari-editor",
        password=PASSWORD,
        is_superuser=True,
        first_name="Nino",
        last_name="Beridze",
        email="nino@sapari.example",
    )


@pytest.fixture
def enrolled(editor):
    """The editor with a confirmed authenticator and ten backup codes."""
    TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)
    editor.backup_codes = devices.issue_backup_codes(editor)
    return editor


def next_code(device: TOTPDevice) -> str:
    """The code an authenticator app shows now, or the next one if this one was used already.

    django-otp accepts one time step either side of now and never the same step twice.
    """
    device.refresh_from_db()
    now = int((time.time() - device.t0) // device.step) + device.drift
    step = max(now - 1, device.last_t + 1)
    assert step <= now + 1, "no unused code left in the window"
    return f"{hotp(device.bin_key, step, digits=device.digits):0{device.digits}d}"


def log_in(client, username="sapari-editor", password=PASSWORD):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


def enter_code(client, code, next_url=""):
    return client.post(reverse("admin_2fa_verify"), {"code": code, "next": next_url})


def page_text(response) -> str:
    return text_of(soup(response))


def verify_url(next_url):
    return f"{reverse('admin_2fa_verify')}?next={next_url.replace('/', '%2F')}"


def wait_out_throttling(user):
    """As if the wait django-otp asks for after a wrong code had passed."""
    earlier = timezone.now() - timezone.timedelta(days=1)
    TOTPDevice.objects.filter(user=user).update(throttling_failure_timestamp=earlier)
    StaticDevice.objects.filter(user=user).update(throttling_failure_timestamp=earlier)


# Turning it on from the Account page.


def test_an_editor_turns_it_on_from_the_account_page(client, editor):
    log_in(client)
    account = client.get(reverse("wagtailadmin_account"))
    panel = soup(account).find(id="two_factor-section")
    assert "Off: your password alone signs you in" in text_of(panel)
    assert panel.find("a", href=reverse("admin_2fa_setup"))

    setup = client.get(reverse("admin_2fa_setup"))
    assert setup.status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    page = soup(setup)
    qr = page.find("img", class_="admin-2fa-qr")
    # Drawn on the server from the device's otpauth:// address: no request to anyone else.
    assert qr["src"].startswith("data:image/svg+xml")
    assert qr["src"] == segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)
    assert "issuer=Redefine" in device.config_url
    assert "data:" in csp(setup)["img-src"]
    assert not [
        tag for tag in page.find_all(src=True) if tag["src"].startswith(("http:", "https:", "//"))
    ]
    secret = text_of(page.find(class_="admin-2fa-secret")).replace(" ", "")
    assert secret == devices.readable_secret(device).replace(" ", "")
    # A reload shows the same key, so a half-finished scan still works.
    client.get(reverse("admin_2fa_setup"))
    assert TOTPDevice.objects.filter(user=editor).count() == 1

    wrong = client.post(reverse("admin_2fa_setup"), {"code": "000000"})
    assert wrong.status_code == 200
    assert "That code is not right" in page_text(wrong)
    device.refresh_from_db()
    assert not device.confirmed
    wait_out_throttling(editor)

    done = client.post(reverse("admin_2fa_setup"), {"code": next_code(device)})
    assert done.status_code == 200
    shown = [text_of(code) for code in soup(done).select(".admin-2fa-backup-codes code")]
    assert len(shown) == 10
    assert sorted(shown) == sorted(
        StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    )
    assert "Two-step verification is on" in text_of(soup(done).find("title"))
    device.refresh_from_db()
    assert device.confirmed
    assert TOTPDevice.objects.filter(user=editor).count() == 1
    # This session is the one that proved it has the app: the admin goes on working.
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    panel = soup(client.get(reverse("wagtailadmin_account"))).find(id="two_factor-section")
    assert "You have 10 backup codes left" in text_of(panel)
    assert client.get(reverse("admin_2fa_setup")).status_code == 302


# After the password, the code.


ADMIN_PAGES = [
    "wagtailadmin_home",
    "wagtailadmin_explore_root",
    "wagtailadmin_account",
    "wagtailusers_users:index",
    "admin_2fa_disable",
]


def test_the_password_alone_opens_no_admin_page(client, enrolled):
    signed_in = log_in(client)
    assert signed_in.status_code == 302
    assert signed_in["Location"] == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 302
    assert home["Location"] == verify_url(reverse("wagtailadmin_home"))
    for name in ADMIN_PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("admin_2fa_verify")), name
    # Nor can anything be changed by posting to it.
    posted = client.post(reverse("wagtailusers_users:add"), {"username": "sneaky"})
    assert posted.status_code == 302
    assert not type(enrolled).objects.filter(username="sneaky").exists()

    assert client.get(reverse("wagtailadmin_login"))["Location"] == reverse("wagtailadmin_home")
    form = client.get(verify_url(reverse("wagtailadmin_account")))
    assert form.status_code == 200
    assert "Enter your code" in page_text(form)
    assert soup(form).find("input", attrs={"name": "code", "autocomplete": "one-time-code"})

    device = TOTPDevice.objects.get(user=enrolled)
    verified = enter_code(client, next_code(device), reverse("wagtailadmin_account"))
    assert verified.status_code == 302
    assert verified["Location"] == reverse("wagtailadmin_account")
    for name in ADMIN_PAGES:
        assert client.get(reverse(name)).status_code == 200, name


def test_the_code_form_gets_its_icons_and_scripts_before_the_code(client, enrolled):
    """Every admin page loads the icon sprite and the JS catalogue; the code form too."""
    log_in(client)
    sprite = client.get(reverse("wagtailadmin_sprite"))
    assert sprite.status_code == 200
    assert b'<symbol id="icon-' in sprite.content
    assert client.get(reverse("wagtailadmin_javascript_catalog")).status_code == 200


def test_a_wrong_code_is_refused_with_a_message(client, enrolled):
    log_in(client)
    response = enter_code(client, "123456")
    assert response.status_code == 200
    assert "That code is not right" in page_text(response)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_codes_after_a_wrong_one_must_wait(client, enrolled):
    log_in(client)
    device = TOTPDevice.objects.get(user=enrolled)
    enter_code(client, "123456")
    # Even the right code is refused until django-otp's wait has passed.
    hurried = enter_code(client, next_code(device))
    assert hurried.status_code == 429
    assert "Too many wrong codes. Wait" in page_text(hurried)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302

    wait_out_throttling(enrolled)
    assert enter_code(client, next_code(device)).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_repeated_wrong_codes_lock_the_account_out(client, enrolled):
    log_in(client)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert enter_code(client, "123456").status_code == 200
        wait_out_throttling(enrolled)
    locked = enter_code(client, "123456")
    assert locked.status_code == 429
    # Signed out, and the password is refused too until the cool-off ends.
    assert client.get(reverse("wagtailadmin_home"))["Location"].startswith(
        reverse("wagtailadmin_login")
    )
    assert log_in(client).status_code == 429


def test_the_next_address_stays_on_this_site(client, enrolled):
    log_in(client)
    device = TOTPDevice.objects.get(user=enrolled)
    response = enter_code(client, next_code(device), "https://evil.example/")
    assert response["Location"] == reverse("wagtailadmin_home")


def test_a_backup_code_works_once(client, enrolled):
    first, second = enrolled.backup_codes[:2]
    log_in(client)
    # Typed the way people copy them: capitals, spaces.
    assert enter_code(client, f" {first.upper()[:4]} {first.upper()[4:]} ").status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert devices.backup_codes_left(enrolled) == 9

    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    reused = enter_code(client, first)
    assert reused.status_code == 200
    assert "That code is not right" in page_text(reused)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
    wait_out_throttling(enrolled)
    assert enter_code(client, second).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_signing_out_forgets_the_code(client, enrolled):
    log_in(client)
    enter_code(client, next_code(TOTPDevice.objects.get(user=enrolled)))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


# Turning it off.


def test_turning_it_off_takes_a_current_code(client, enrolled):
    device = TOTPDevice.objects.get(user=enrolled)
    log_in(client)
    enter_code(client, next_code(device))
    account = soup(client.get(reverse("wagtailadmin_account")))
    assert account.find(id="two_factor-section").find("a", href=reverse("admin_2fa_disable"))

    wrong = client.post(reverse("admin_2fa_disable"), {"code": "999999"})
    assert wrong.status_code == 200
    assert "That code is not right" in page_text(wrong)
    assert devices.has_two_factor(enrolled)
    wait_out_throttling(enrolled)

    done = client.post(reverse("admin_2fa_disable"), {"code": next_code(device)}, follow=True)
    assert "Two-step verification is off for your account." in page_text(done)
    assert not TOTPDevice.objects.filter(user=enrolled).exists()
    assert not StaticDevice.objects.filter(user=enrolled).exists()

    client.post(reverse("wagtailadmin_logout"))
    log_in(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_an_operator_can_reset_a_lost_phone(client, enrolled):
    out = StringIO()
    call_command("admin_2fa_reset", "sapari-editor", stdout=out)
    assert "off for sapari-editor" in out.getvalue()
    log_in(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


# Without it.


def test_without_two_factor_signing_in_is_as_before(client, editor):
    assert log_in(client).status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("admin_2fa_verify")).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_required_two_factor_means_setting_it_up_first(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = True
    log_in(client)
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 302
    assert home["Location"].startswith(reverse("admin_2fa_setup"))
    assert client.get(reverse("wagtailadmin_account")).status_code == 302
    assert client.get(reverse("admin_2fa_setup")).status_code == 200
    device = TOTPDevice.objects.get(user=editor)
    client.post(reverse("admin_2fa_setup"), {"code": next_code(device)})
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_the_code_pages_need_a_password_sign_in_first(client, enrolled):
    for name in ("admin_2fa_verify", "admin_2fa_setup", "admin_2fa_disable"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


# Readers.


def test_readers_never_reach_the_two_step_code(client, tree, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("a reader's request reached django-otp")

    monkeypatch.setattr(
        "admin_2fa.middleware.AdminTwoFactorMiddleware._install_lazy_accessors", fail
    )
    for url in (tree["home"].url, tree["article"].url, tree["article_sv"].url):
        first = client.get(url)
        assert first.status_code == 200, url
        assert not first.cookies, url
        assert "Set-Cookie" not in first.headers, url
        again = client.get(url)
        assert again["X-Page-Cache"] == "hit", url
        assert not again.cookies, url


# Strong passwords.


def account_form_data(client) -> dict:
    """Everything the Account page's form would send as it is, like a browser."""
    page = soup(client.get(reverse("wagtailadmin_account")))
    form = page.find("form", id="w-editor-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in {"file", "submit"}:
            continue
        if field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", field.text)
    return data


def test_a_weak_new_password_is_refused_on_the_account_page(client, editor):
    log_in(client)
    data = account_form_data(client)
    data.update(
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "12345678",
            "password-new_password2": "12345678",
        }
    )
    response = client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 200
    text = page_text(response)
    assert "This password is too short" in text
    assert "This password is entirely numeric" in text
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)

    data.update(
        {
            "password-new_password1": "a much longer passphrase for 2026",
            "password-new_password2": "a much longer passphrase for 2026",
        }
    )
    saved = client.post(reverse("wagtailadmin_account"), data)
    assert saved.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a much longer passphrase for 2026")
