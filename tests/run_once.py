"""Work done once in a test run for all its processes (pytest-xdist's workers, `make test`).

`exclusive(tmp_path_factory, name)` holds a lock that every process of the run shares and
yields the run's shared temporary folder: the first process to take the lock does the work and
leaves its result there; the others wait for it, then find the result and use it.
"""

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path


def shared_folder(tmp_path_factory) -> Path:
    """The run's temporary folder: under pytest-xdist, the parent of every worker's own."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def exclusive(tmp_path_factory, name: str):
    folder = shared_folder(tmp_path_factory)
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield folder
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
