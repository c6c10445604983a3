"""The partner configuration (site_config/partners.toml) and the names derived from it.

Everything that names a partner's groups, collection or workflow goes through here, so that
`setup_partners`, the demo content and the tests agree.
"""

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.conf import settings

PARTNERS_FILE = settings.BASE_DIR / "site_config" / "partners.toml"
REGIONAL_ADMINS_GROUP = "Regional administrators"


@dataclass(frozen=True)
class Partner:
    slug: str
    name: str
    country: str
    time_zone: str
    locales: tuple[str, ...]
    moderator_email: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def all_locales(self) -> tuple[str, ...]:
        """The partner's locales, main language first, with the regional language added."""
        if settings.LANGUAGE_CODE in self.locales:
            return self.locales
        return (*self.locales, settings.LANGUAGE_CODE)

    @property
    def main_locale(self) -> str:
        return self.locales[0]

    @property
    def editors_group(self) -> str:
        return f"{self.name} editors"

    @property
    def moderators_group(self) -> str:
        return f"{self.name} moderators"

    @property
    def collection_name(self) -> str:
        return self.name

    @property
    def workflow_name(self) -> str:
        return f"{self.name} review"


def translators_group(language_code: str) -> str:
    return f"Translators: {language_code}"


def parse_partners(data: dict) -> list[Partner]:
    partners = []
    for entry in data.get("partner", []):
        partners.append(
            Partner(
                slug=entry["slug"],
                name=entry["name"],
                country=entry["country"],
                time_zone=entry["time_zone"],
                locales=tuple(entry["locales"]),
                moderator_email=entry.get("moderator_email", ""),
            )
        )
    return partners


def read_partners(path) -> list[Partner]:
    """The partners in a configuration file, read afresh (setup_partners applies edits at once)."""
    with open(path, "rb") as handle:
        return parse_partners(tomllib.load(handle))


def load_partners(path=None) -> list[Partner]:
    """The partners in `path` (default: site_config/partners.toml), read again when the file
    changes: a partner added to the file and set up with `setup_partners` is known to running
    processes (its moderators' inbox is e-mailed) without a restart."""
    path = Path(path or PARTNERS_FILE)
    stamp = path.stat().st_mtime_ns
    return _partners_at(path, stamp)


@lru_cache(maxsize=8)
def _partners_at(path: Path, stamp: int) -> list[Partner]:
    return read_partners(path)


def partners_of_user(user) -> list[Partner]:
    """The partners whose editors or moderators group the user belongs to."""
    if not user.is_authenticated:
        return []
    group_names = set(user.groups.values_list("name", flat=True))
    return [
        partner
        for partner in load_partners()
        if {partner.editors_group, partner.moderators_group} & group_names
    ]


def partner_for_group(group_name: str) -> Partner | None:
    for partner in load_partners():
        if group_name in (partner.editors_group, partner.moderators_group):
            return partner
    return None
