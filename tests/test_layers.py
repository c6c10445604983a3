"""The apps' layers in pyproject.toml cover every app of the project, so `lint-imports` (make lint)
checks each of them: an app left out would be free to import anything."""

import tomllib
from pathlib import Path

from django.apps import apps
from django.conf import settings


def layered_apps() -> set[str]:
    config = tomllib.loads((settings.BASE_DIR / "pyproject.toml").read_text())["tool"]
    [contract] = config["importlinter"]["contracts"]
    return {name.strip() for layer in contract["layers"] for name in layer.split("|")}


def test_every_app_of_the_project_is_in_a_layer():
    own_apps = {
        config.name.split(".")[0]
        for config in apps.get_app_configs()
        if Path(config.path).parent == settings.BASE_DIR
    }
    assert own_apps
    assert own_apps - layered_apps() == set()
    assert layered_apps() - own_apps == {"site_config"}


def test_the_layers_are_the_root_packages():
    config = tomllib.loads((settings.BASE_DIR / "pyproject.toml").read_text())["tool"]
    assert set(config["importlinter"]["root_packages"]) == layered_apps()
