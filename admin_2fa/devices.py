"""A user's authenticator app and backup codes, and the one place that checks a code.

Devices are django-otp's: one `TOTPDevice` (the authenticator app) and one `StaticDevice` (the
backup codes, each usable once). Every check goes through `check_code`, which honours
django-otp's throttling (each wrong code doubles the wait before the next try, and it is stored
on the device, so it holds across processes and new logins) and says in words why a code failed.
"""

import math
import re
from base64 import b32encode
from dataclasses import dataclass

import segno
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

AUTHENTICATOR_NAME = "authenticator"
BACKUP_NAME = "backup codes"
BACKUP_CODE_COUNT = 10
TOTP_CODE = re.compile(r"^\d{6}$")


def confirmed_authenticator(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_two_factor(user) -> bool:
    return user.is_authenticated and TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_authenticator(user) -> TOTPDevice:
    """The authenticator being set up: the same one on every reload, until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def readable_secret(device: TOTPDevice) -> str:
    """The key as an authenticator app asks for it when typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// address as a QR code, drawn here as an SVG `data:` URL.

    Nothing is fetched from anywhere: the admin's CSP allows `data:` images (core.middleware).
    """
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2)


def issue_backup_codes(user) -> list[str]:
    """Replace the user's backup codes with new ones and return them (shown once, never again)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def confirm_authenticator(device: TOTPDevice) -> list[str]:
    """The first right code has been entered: the device counts from now on."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    return issue_backup_codes(device.user)


def turn_off(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


@dataclass
class CodeCheck:
    device: TOTPDevice | StaticDevice | None
    error: str = ""
    throttled: bool = False

    @property
    def ok(self) -> bool:
        return self.device is not None


def normalise(code: str) -> str:
    return re.sub(r"[\s-]+", "", code or "").lower()


def check_code(user, code: str, *, pending: TOTPDevice | None = None) -> CodeCheck:
    """Check `code` against the user's authenticator, or a backup code, or the `pending` device.

    Six digits are an authenticator code; anything else is tried as a backup code. The device is
    locked (`select_for_update`) while it is checked, so one code cannot be used twice at once.
    """
    code = normalise(code)
    if TOTP_CODE.match(code):
        queryset = (
            TOTPDevice.objects.filter(pk=pending.pk)
            if pending is not None
            else TOTPDevice.objects.filter(user=user, confirmed=True)
        )
    elif pending is None:
        queryset = StaticDevice.objects.filter(user=user, confirmed=True)
    else:
        return CodeCheck(None, _("Enter the six-digit code that your authenticator app shows."))

    with transaction.atomic():
        device = queryset.select_for_update().first()
        if device is None:
            return CodeCheck(None, wrong_code_message())
        allowed, details = device.verify_is_allowed()
        if not allowed:
            return CodeCheck(None, throttled_message(details), throttled=True)
        if device.verify_token(code):
            return CodeCheck(device)
    return CodeCheck(None, wrong_code_message())


def wrong_code_message() -> str:
    return _(
        "That code is not right. Enter the newest code from your authenticator app "
        "(check that your phone's clock is right), or one of your backup codes."
    )


def throttled_message(details: dict | None) -> str:
    locked_until = (details or {}).get("locked_until")
    seconds = 1
    if locked_until is not None:
        seconds = max(1, math.ceil((locked_until - timezone.now()).total_seconds()))
    return ngettext(
        "Too many wrong codes. Wait %(seconds)d second, then try again.",
        "Too many wrong codes. Wait %(seconds)d seconds, then try again.",
        seconds,
    ) % {"seconds": seconds}
