"""Fixtures for tests that run real app servers on one PostgreSQL and one Redis.

Each test run uses a database and a Redis key prefix of its own (named after its process id), so
that several runs on one machine never touch each other's data; both are removed at the end.
They skip when PostgreSQL or Redis does not answer on 127.0.0.1.
"""

import os

import psycopg
import pytest
import redis

from tests.servers import POSTGRES, REDIS, is_listening, manage, production_env

DATABASE_NAME = f"redefine_servers_{os.getpid()}"
REDIS_DB = 7
KEY_PREFIX = f"redefine-servers-{os.getpid()}"


def database_url(port=POSTGRES[1]) -> str:
    return f"postgres://postgres@127.0.0.1:{port}/{DATABASE_NAME}"


def redis_url(port=REDIS[1]) -> str:
    return f"redis://127.0.0.1:{port}/{REDIS_DB}"


def flush_redis() -> None:
    """Only this run's keys: other runs may use the same Redis database."""
    client = redis.Redis(host=REDIS[0], port=REDIS[1], db=REDIS_DB)
    for key in client.scan_iter(f"{KEY_PREFIX}*"):
        client.delete(key)


def drop_database() -> None:
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute(f"DROP DATABASE IF EXISTS {DATABASE_NAME} WITH (FORCE)")


@pytest.fixture(scope="session")
def server_site(tmp_path_factory):
    """A migrated PostgreSQL database with a small published site; collected static files (in
    the run's own folder: never the checkout's staticfiles/, which the other servers would
    serve stale)."""
    if not (is_listening(POSTGRES) and is_listening(REDIS)):
        pytest.skip("needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379")
    drop_database()
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
        db.execute(f"CREATE DATABASE {DATABASE_NAME}")
    flush_redis()
    env = production_env(
        DATABASE_URL=database_url(),
        REDIS_URL=redis_url(),
        CACHE_KEY_PREFIX=KEY_PREFIX,
        STATIC_ROOT=tmp_path_factory.mktemp("static"),
    )
    manage("migrate", "--noinput", env=env)
    manage("shell", "-c", "from tests.server_content import build; build()", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    yield env
    flush_redis()
    drop_database()


@pytest.fixture
def fresh_cache(server_site):
    flush_redis()
    yield
    flush_redis()
