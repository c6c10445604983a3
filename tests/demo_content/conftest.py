"""The tests on the whole demo content (`load_demo_content`): loaded once for all of them.

Loading it takes most of a minute of CPU, so every test that needs it lives in this package and
shares one load: the content is loaded in a transaction around the package's tests and rolled
back after the last one, and each test runs in a transaction of its own inside it (the `db`
fixture), so what a test changes is undone before the next. Under pytest-xdist the package's
tests all run on one worker, one after another (tests/conftest.py).
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings


def load_demo_content(*args):
    """Run `load_demo_content` (with the demo users); what it printed."""
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="package")
def demo_output(django_db_setup, django_db_blocker, _media_root):
    """What the one load printed. The drawn images go to the tests' media folder."""
    with (
        override_settings(MEDIA_ROOT=str(_media_root)),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        yield load_demo_content()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    """The demo content, for one test (its changes are rolled back after it)."""
    return demo_output
