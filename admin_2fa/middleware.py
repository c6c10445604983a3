"""The admin gate: after the password, a code, before any admin page.

`AdminTwoFactorMiddleware` is django-otp's `OTPMiddleware` (which tells whether this session has
been verified with a device) limited to the admin, plus the gate:

- a signed-in user with a confirmed authenticator whose session has not been verified yet is
  sent to the code form (`admin_2fa_verify`) from every admin URL except signing in and out;
- with `ADMIN_2FA_REQUIRED` on, a user who can use the admin but has no authenticator is sent to
  set one up (`admin_2fa_setup`) first.

Every path outside the admin returns at once: readers' requests never reach django-otp.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django_otp.middleware import OTPMiddleware

from admin_2fa.devices import has_two_factor
from core.middleware import is_admin_path

# Reachable before the code: signing in and out, the code form, and what every admin page loads
# (the JS catalogue, and the icon sprite: redirected, the code form itself was pasted in as icons).
OPEN_BEFORE_CODE = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "admin_2fa_verify",
}
# Reachable by a user who must set up two-step verification and has not yet.
OPEN_BEFORE_ENROLMENT = OPEN_BEFORE_CODE | {"admin_2fa_setup"}


def url_name(path: str) -> str | None:
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def redirect_with_next(view_name: str, request) -> HttpResponseRedirect:
    query = urlencode({"next": request.get_full_path()})
    return HttpResponseRedirect(f"{reverse(view_name)}?{query}")


class AdminTwoFactorMiddleware(OTPMiddleware):
    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response
        self._is_async = False

    def __call__(self, request):
        if not is_admin_path(request.path_info):
            return self.get_response(request)
        self._install_lazy_accessors(request)
        return self.gate(request) or self.get_response(request)

    def gate(self, request):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        name = url_name(request.path_info)
        if name in OPEN_BEFORE_CODE:
            return None
        if has_two_factor(user):
            return redirect_with_next("admin_2fa_verify", request)
        if (
            settings.ADMIN_2FA_REQUIRED
            and name not in OPEN_BEFORE_ENROLMENT
            and user.has_perm("wagtailadmin.access_admin")
        ):
            return redirect_with_next("admin_2fa_setup", request)
        return None
