"""Security middleware: the Content-Security-Policy, extra headers, and no cookies for readers."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)

# Wagtail's admin still relies on inline styles and a few inline scripts (draftail, previews).
# It is reached only by staff who log in, never by readers, so it gets its own wider policy.
ADMIN_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def is_admin_path(path: str) -> bool:
    return path.startswith(ADMIN_PREFIXES)


def preview_policy() -> dict[str, list[str]]:
    """The reader policy, as Wagtail's preview panel needs it: framed by the admin.

    Wagtail renders a preview through the whole middleware stack again, with the page's own
    path (`PreviewableMixin.make_preview_request`), so it got the reader policy, whose
    `frame-ancestors 'none'` kept it out of the panel's frame (no preview, no phone size, and a
    checker that found "0 issues" in an empty frame). Everything else stays as strict as on
    the live page, so a preview shows what readers will get: the userbar that runs the checker
    ({% wagtailuserbar %} in base.html, previews only) loads its scripts and style sheet from
    this site.
    """
    directives = {
        directive: list(sources)
        for directive, sources in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].items()
    }
    directives["frame-ancestors"] = ["'self'"]
    return directives


def is_staff_preview(request) -> bool:
    """A preview that a signed-in admin user asked for: never a reader's request."""
    user = getattr(request, "user", None)
    return bool(
        getattr(request, "is_preview", False)
        and user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admin policy for admin URLs and the preview policy for previews.

    Reader pages keep the strict policy from settings; a page may add origins (for example the
    video host of a video block) by setting `response._csp_replace`.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and is_admin_path(request.path_info):
            # django-csp 4 takes the directives themselves here (the shape of
            # CONTENT_SECURITY_POLICY["DIRECTIVES"]), not the whole setting: wrapped in
            # {"DIRECTIVES": ...} every admin page failed with a 500 while building the header.
            parts.config = dict(ADMIN_POLICY)
        elif not report_only and is_staff_preview(request):
            parts.config = preview_policy()
        return parts


class SecurityHeadersMiddleware:
    """Headers Django does not set itself, and the guarantee that readers get no cookies.

    Readers are anonymous: nothing on a public page may set a cookie (no session, no CSRF token,
    no language cookie). A cookie that some code path sets anyway is dropped here, so that a
    mistake cannot identify a reader; tests check that public pages never try.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if is_admin_path(request.path_info):
            # Under "no-referrer" browsers send `Origin: null` with a form post, and Django's CSRF
            # check refuses every admin form, the login first. Readers keep "no-referrer".
            response["Referrer-Policy"] = "same-origin"
        user = getattr(request, "user", None)
        is_staff_request = is_admin_path(request.path_info) or (
            user is not None and user.is_authenticated
        )
        if not is_staff_request and response.cookies:
            response.cookies.clear()
        return response
