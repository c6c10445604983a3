"""/healthz: 200 when the database and the cache answer, 503 naming what is down."""

import json
import os

from django.test import override_settings

from tests.utils import run_django

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": False,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    },
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


def test_healthy(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response.headers["Cache-Control"]


def test_only_get(client, db):
    assert client.post("/healthz").status_code == 405


def test_cache_down(client, db):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable"}


def test_database_down():
    """A real process whose database does not answer: nothing listens on port 1."""
    code = (
        "from django.test import Client\n"
        "response = Client().get('/healthz')\n"
        "print(response.status_code, response.content.decode())\n"
    )
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/none",
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
    }
    output = run_django(code, env, timeout=60)
    status, _, body = output.strip().splitlines()[-1].partition(" ")
    assert status == "503"
    assert json.loads(body) == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
