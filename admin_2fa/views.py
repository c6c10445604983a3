"""The code form after the password, setting up an authenticator, and turning it off again.

A wrong code counts as a failed login for django-axes too (`user_login_failed`): after
`AXES_FAILURE_LIMIT` of them the session is signed out and the account is locked out for this
address, exactly as after wrong passwords. django-otp's own throttling (see `devices`) slows
guessing down on top of that, and it survives signing in again.
"""

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView
from django_otp import DEVICE_ID_SESSION_KEY
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from admin_2fa import devices
from admin_2fa.forms import CodeForm


def safe_next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def complete_sign_in(request, device) -> None:
    """Mark this session as verified by `device`, under a new session key."""
    django_otp.login(request, device)
    request.session.cycle_key()


def count_failure_for_axes(request) -> None:
    """A wrong code is a failed login: django-axes counts it towards the lockout."""
    user_login_failed.send(
        sender=__name__,
        credentials={"username": request.user.get_username()},
        request=request,
    )


class SignedInAdminMixin:
    """Only for a user who has signed in with a password and may use the admin."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        return super().dispatch(request, *args, **kwargs)


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class VerifyView(SignedInAdminMixin, FormView):
    """After the password: the code from the authenticator app, or a backup code."""

    template_name = "admin_2fa/verify.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and (
            request.user.is_verified() or not devices.has_two_factor(request.user)
        ):
            return redirect(safe_next(request))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "help_text": _(
                "Open your authenticator app and enter the six-digit code it shows for "
                "Redefine. No phone? Enter one of your backup codes."
            ),
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": safe_next(self.request)}

    def form_valid(self, form):
        check = devices.check_code(self.request.user, form.cleaned_data["code"])
        if check.ok:
            complete_sign_in(self.request, check.device)
            return redirect(safe_next(self.request))
        count_failure_for_axes(self.request)
        if getattr(self.request, "axes_locked_out", False):
            # django-axes turns this response into its lockout page; the half-signed-in
            # session goes, and signing in again is refused until the cool-off ends.
            logout(self.request)
        form.add_error(None, check.error)
        # 429 while django-otp makes this account wait; a plain wrong code re-shows the form.
        status = 429 if check.throttled else 200
        return self.render_to_response(self.get_context_data(form=form), status=status)


class AccountPageMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class SetupView(SignedInAdminMixin, AccountPageMixin, FormView):
    """Scan the QR code (or type the key), confirm with a code, get the backup codes."""

    template_name = "admin_2fa/setup.html"
    form_class = CodeForm
    page_title = gettext_lazy("Turn on two-step verification")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and devices.has_two_factor(request.user):
            messages.info(request, _("Two-step verification is already on for your account."))
            return redirect("wagtailadmin_account")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "help_text": _("The six-digit code your authenticator app shows now."),
        }

    def get_context_data(self, **kwargs):
        device = devices.pending_authenticator(self.request.user)
        return {
            **super().get_context_data(**kwargs),
            "qr_code": devices.qr_code_data_uri(device),
            "secret": devices.readable_secret(device),
            "next": safe_next(self.request),
        }

    def form_valid(self, form):
        device = devices.pending_authenticator(self.request.user)
        check = devices.check_code(self.request.user, form.cleaned_data["code"], pending=device)
        if not check.ok:
            form.add_error("code", check.error)
            return self.form_invalid(form)
        codes = devices.confirm_authenticator(device)
        complete_sign_in(self.request, device)
        self.page_title = _("Two-step verification is on")
        return TemplateResponse(
            self.request,
            "admin_2fa/backup_codes.html",
            {**super().get_context_data(), "codes": codes, "next": safe_next(self.request)},
        )


@method_decorator([never_cache, sensitive_post_parameters("code")], name="dispatch")
class DisableView(SignedInAdminMixin, AccountPageMixin, FormView):
    """Turn two-step verification off; it takes a current code (or a backup code)."""

    template_name = "admin_2fa/disable.html"
    form_class = CodeForm
    page_title = gettext_lazy("Turn off two-step verification")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not devices.has_two_factor(request.user):
            return redirect("wagtailadmin_account")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "help_text": _("A code from your authenticator app, or one of your backup codes."),
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "required": settings.ADMIN_2FA_REQUIRED}

    def form_valid(self, form):
        check = devices.check_code(self.request.user, form.cleaned_data["code"])
        if not check.ok:
            form.add_error("code", check.error)
            return self.form_invalid(form)
        devices.turn_off(self.request.user)
        self.request.session.pop(DEVICE_ID_SESSION_KEY, None)
        messages.success(self.request, _("Two-step verification is off for your account."))
        return redirect("wagtailadmin_account")
