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


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admin policy for admin URLs.

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
