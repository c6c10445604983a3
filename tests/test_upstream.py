"""Upstream workarounds: all listed, each naming what it covers; an upgrade fails the check."""

import ast
import importlib
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from upstream.checks import installed_versions, outdated_workarounds
from upstream.registry import CHECKED_WITH, WORKAROUNDS

PROJECT = Path(__file__).resolve().parent.parent
ISSUE_REFERENCE = re.compile(
    r"(?:wagtail|django)[\w-]*/[\w-]+#\d+|github\.com/(?:wagtail|django)[\w-]*/[\w-]+/issues/\d+"
)


def module_docstring(path: Path) -> str:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""


def references(text: str) -> set[str]:
    """Issue references in either spelling, as `owner/repo#number`."""
    found = set()
    for ref in ISSUE_REFERENCE.findall(text):
        if ref.startswith("github.com/"):
            owner, repo, _, number = ref.removeprefix("github.com/").split("/")
            ref = f"{owner}/{repo}#{number}"
        found.add(ref)
    return found


def project_modules():
    for path in sorted(PROJECT.glob("*/**/*.py")):
        parts = path.relative_to(PROJECT).parts
        if parts[0] in {".venv", "tests", "upstream", "node_modules"} or "migrations" in parts:
            continue
        yield ".".join(parts).removesuffix(".py").removesuffix(".__init__"), path


@pytest.mark.parametrize("workaround", WORKAROUNDS, ids=lambda w: w.module)
def test_each_workaround_names_what_it_covers_upstream(workaround):
    module = importlib.import_module(workaround.module)
    docstring = module.__doc__ or ""
    assert set(workaround.covers) <= references(docstring), workaround.module
    if not workaround.covers:
        assert "No upstream issue covers it" in docstring, workaround.module
    assert "Remove" in docstring, f"{workaround.module} does not say when it can go"
    assert set(workaround.packages) <= set(CHECKED_WITH)


def test_every_module_that_works_around_upstream_is_listed():
    listed = {w.module for w in WORKAROUNDS}
    unlisted = [
        name
        for name, path in project_modules()
        if references(text := module_docstring(path)) and "Remove" in text and name not in listed
    ]
    assert unlisted == []


def test_the_installed_releases_are_the_checked_ones():
    assert outdated_workarounds(installed_versions()) == []
    call_command("check")


@pytest.mark.parametrize("package", sorted(CHECKED_WITH))
def test_an_upgrade_past_the_checked_release_fails_the_check(package):
    newer = CHECKED_WITH[package].split(".")
    newer[-1] = str(int(newer[-1]) + 1)
    (error,) = outdated_workarounds({package: ".".join(newer)})
    assert error.id == "upstream.E001"
    assert package in error.msg and CHECKED_WITH[package] in error.msg
    for workaround in WORKAROUNDS:
        if package in workaround.packages:
            assert workaround.module in error.hint
    assert outdated_workarounds({package: CHECKED_WITH[package]}) == []


def test_manage_py_check_fails_on_an_unchecked_release(monkeypatch):
    """What `make test` runs: `check --fail-level WARNING` stops at an unchecked release."""
    monkeypatch.setitem(CHECKED_WITH, "wagtail", "7.0")
    with pytest.raises(SystemCheckError, match="upstream.E001"):
        call_command("check", "--fail-level", "WARNING")
