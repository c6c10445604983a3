"""requirements.lock, which every install uses, pins what pyproject.toml asks for, with hashes.

A dependency added to pyproject.toml without `make lock` fails here, not on someone's machine.
(That the lock holds every package those need is checked by pip itself: `--require-hashes`
refuses to install anything the lock file does not pin.)
"""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)")


def locked() -> dict[str, tuple[str, list[str]]]:
    """{normalized name: (version, [sha256 hashes])}."""
    pins: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match["name"])
            pins[current] = (match["version"], [])
        for digest in re.findall(r"--hash=sha256:([0-9a-f]{64})", line):
            assert current, line
            pins[current][1].append(digest)
    return pins


def wanted() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return [Requirement(text) for text in project["dependencies"]] + [
        Requirement(text) for text in project["optional-dependencies"]["test"]
    ]


def test_the_lock_pins_every_dependency_in_its_range():
    pins = locked()
    assert len(pins) > 50, "the lock file holds next to nothing"
    for requirement in wanted():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement} is not in requirements.lock: run `make lock`"
        version = pins[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock has {name}=={version}, pyproject.toml wants {requirement}: "
            "run `make lock`"
        )


def test_every_pin_has_its_hashes():
    assert [name for name, (_version, hashes) in locked().items() if not hashes] == []
