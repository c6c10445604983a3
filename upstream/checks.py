"""Fail `manage.py check` when Wagtail, wagtail-localize or modelsearch is newer than checked."""

from contextlib import suppress
from importlib.metadata import PackageNotFoundError, version

from django.core.checks import Error, register
from packaging.version import Version

from .registry import CHECKED_WITH, WORKAROUNDS


def installed_versions() -> dict[str, str]:
    found = {}
    for package in CHECKED_WITH:
        with suppress(PackageNotFoundError):
            found[package] = version(package)
    return found


def outdated_workarounds(installed: dict[str, str]) -> list[Error]:
    errors = []
    for package, checked in CHECKED_WITH.items():
        now = installed.get(package)
        if now is None or Version(now) <= Version(checked):
            continue
        modules = ", ".join(w.module for w in WORKAROUNDS if package in w.packages)
        errors.append(
            Error(
                f"{package} {now} is installed, but the upstream workarounds were checked "
                f"against {checked} only.",
                hint=(
                    f"Re-read {modules} against {package} {now} (each names its upstream "
                    "issue), remove what upstream has fixed, then raise CHECKED_WITH in "
                    "upstream/registry.py."
                ),
                id="upstream.E001",
            )
        )
    return errors


@register()
def workarounds_checked_against_installed_versions(app_configs=None, **kwargs):
    return outdated_workarounds(installed_versions())
