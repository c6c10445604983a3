"""Opening a password-protected page without any cookie: Wagtail's password form, replaced.

Upstream behaviour (checked on Wagtail 8.0.1; wagtail-localize 1.14.5 does not touch it): a page
with a password restriction answers with `PasswordViewRestrictionForm`, which posts to
`wagtailcore_authenticate_with_password` under Django's CSRF protection and, on success, stores
the restriction in the reader's session (`PageViewRestriction.mark_as_passed`). Both need a
cookie, and readers get none (DESIGN.md; `core.middleware.SecurityHeadersMiddleware` drops any):
the CSRF check answered every password with 403, and a session would identify the reader.

Here, instead (docs/architecture.md, "Restricted pages"):

- `BasePage.serve_password_required_response` renders `core/page_unlock.html`: the site's own
  page with the quick exit, but nothing of the protected page (no title, summary or image), and
  a form that posts to `unlock_page` with a signed, expiring token for this page and restriction.
- `unlock_page` is exempt from Django's CSRF check, which needs a cookie. It accepts the post
  only when the browser says it comes from this site (`Origin`, else `Referer`: the form page is
  served with `Referrer-Policy: same-origin` so that the browser sends them) and the token is
  valid and recent; then it compares the password and answers with the page itself.
- Nothing is stored, on the device or on the server: the page opens for that one response
  (`Cache-Control: no-store`, so the browser does not keep it either). Reloading or coming back
  asks for the password again, and the whole-page and fragment caches never hold it.

Remove when Wagtail can check a password restriction without a session and a CSRF cookie
(a cookieless site is asked for in wagtail/wagtail#11640; no-store on such pages was
wagtail/wagtail#12455).
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page, PageViewRestriction

TEMPLATE = "core/page_unlock.html"
UNLOCK_SALT = "redefine.page-unlock"
# Long enough to find the password in a message and type it on a phone.
TOKEN_MAX_AGE = 2 * 60 * 60
# The form page only: without it the browser sends `Origin: null` with the post (the reader
# pages' policy is "no-referrer"), and the post could not be told apart from another site's.
FORM_REFERRER_POLICY = "same-origin"


def unlock_token(restriction, page) -> str:
    return signing.dumps([restriction.pk, page.pk], salt=UNLOCK_SALT, compress=True)


class UnlockForm(forms.Form):
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=255,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, max_length=500)

    def __init__(self, *args, restriction, page, **kwargs):
        self.restriction = restriction
        self.page = page
        super().__init__(*args, **kwargs)

    @property
    def token_expired(self) -> bool:
        return "token" in self.errors

    def clean_token(self):
        try:
            value = signing.loads(
                self.cleaned_data["token"], salt=UNLOCK_SALT, max_age=TOKEN_MAX_AGE
            )
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("This form is out of date. Enter the password again."), code="expired"
            ) from error
        if value != [self.restriction.pk, self.page.pk]:
            raise forms.ValidationError(
                _("This form is out of date. Enter the password again."), code="expired"
            )
        return value

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not constant_time_compare(password, self.restriction.password):
            raise forms.ValidationError(
                _("That password is not right. Check it and try again."), code="wrong"
            )
        return password


def action_url(restriction, page) -> str:
    with translation.override(page.locale.language_code):
        return reverse("unlock_page", args=[restriction.pk, page.pk])


def password_form_response(request, page, restriction, form=None, error="", status=200):
    """The password form for `page`: nothing of the page itself is shown before it opens."""
    if form is None:
        form = UnlockForm(restriction=restriction, page=page)
    response = TemplateResponse(
        request,
        TEMPLATE,
        {
            "form": form,
            # Always a fresh token: the form shown again after an error must work.
            "token": unlock_token(restriction, page),
            "action_url": action_url(restriction, page),
            "error": error,
        },
        status=status,
    )
    response["Referrer-Policy"] = FORM_REFERRER_POLICY
    add_never_cache_headers(response)
    return response


def sent_from_this_site(request) -> bool:
    """What Django's CSRF check does for a cookie-less post: the browser names the origin."""
    own_origin = f"{request.scheme}://{request.get_host()}"
    trusted = {own_origin, *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin in trusted
    referer = request.headers.get("Referer", "")
    return any(referer.startswith(f"{source}/") for source in trusted)


@csrf_exempt
def unlock_page(request, restriction_id, page_id):
    """Check the posted password and answer with the page itself, once (see the module)."""
    restriction = (
        PageViewRestriction.objects.filter(
            pk=restriction_id, restriction_type=PageViewRestriction.PASSWORD
        )
        .select_related("page")
        .first()
    )
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if restriction is None or page is None or not page.path.startswith(restriction.page.path):
        raise Http404
    if request.method != "POST":
        # A bookmark or a reload without the form: the page asks for its password again.
        return HttpResponseRedirect(page.url)
    if not sent_from_this_site(request):
        return password_form_response(
            request,
            page,
            restriction,
            error=_("This form was not sent from this site. Enter the password here."),
            status=403,
        )
    form = UnlockForm(request.POST, restriction=restriction, page=page)
    if not form.is_valid():
        return password_form_response(
            request, page, restriction, form=form, status=400 if form.token_expired else 403
        )
    others = [other for other in page.get_view_restrictions() if other.pk != restriction.pk]
    if any(not other.accept_request(request) for other in others):
        return password_form_response(
            request,
            page,
            restriction,
            error=_("This page is also protected in another way and cannot be opened here."),
            status=403,
        )
    response = page.serve(request)
    if hasattr(response, "render"):
        response.render()
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
