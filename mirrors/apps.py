"""Readable when the site is blocked: static mirrors, the onion address and the mirror list.

An app of its own, not a module of `core`, because it owns all of it together: a model (the
`MirrorList` snippet administrators keep), a reader view (the "If this site is blocked" page), two
middlewares (`Onion-Location`, and no HTTPS redirect on the .onion host), the static export
(`export_static`, `mirrors.export`) with its templates and script, and nothing else needs any of
it; taking the app out takes the feature out whole.
"""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MirrorsConfig(AppConfig):
    name = "mirrors"
    verbose_name = _("Mirrors")

    def ready(self):
        from . import checks  # noqa: F401  (the SecurityMiddleware deploy check)
