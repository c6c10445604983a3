"""Django's deploy check for SecurityMiddleware, for the subclass that replaces it here.

Django's `security.W001` looks for `django.middleware.security.SecurityMiddleware` by name in
MIDDLEWARE. Redefine installs `mirrors.middleware.OnionAwareSecurityMiddleware` in its place
(the same middleware, minus the HTTPS redirect and HSTS on the .onion host), so W001 is
silenced in the settings and this check asks for either one instead.
"""

from django.conf import settings
from django.core.checks import Tags, Warning, register

ACCEPTED = (
    "django.middleware.security.SecurityMiddleware",
    "mirrors.middleware.OnionAwareSecurityMiddleware",
)


@register(Tags.security, deploy=True)
def security_middleware_installed(app_configs=None, **kwargs):
    if any(name in settings.MIDDLEWARE for name in ACCEPTED):
        return []
    return [
        Warning(
            "Neither Django's SecurityMiddleware nor OnionAwareSecurityMiddleware is in "
            "MIDDLEWARE: HSTS, nosniff, the referrer policy and the HTTPS redirect are off.",
            id="mirrors.W001",
        )
    ]
