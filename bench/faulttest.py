"""`make faulttest`: restart PostgreSQL and Redis under load; count errors and recovery time.

Needs the local PostgreSQL cluster and Redis of this machine (it restarts them, so never run
it while anyone else uses them). Uses its own database (redefine_faulttest) and Redis
database 8 unless DATABASE_URL / REDIS_URL say otherwise.

Timeline (FAULTTEST_SECONDS, default 60): load throughout (wrk, 50 connections, cached pages);
a probe every 0.1 s on a cached page and on an uncached one (search); PostgreSQL restarted at
10 s; Redis shut down at 30 s and started again at 35 s. For each fault: error responses during
it, and the time from the fault until the uncached probe answered 200 again.
"""

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, base_env, gunicorn, prepare_site, run_wrk, sample_urls  # noqa: E402

SECONDS = int(os.environ.get("FAULTTEST_SECONDS", "60"))
RESULTS = REPO / "bench" / "results"
PG_RESTART = ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"]
REDIS_STOP = ["redis-cli", "shutdown", "nosave"]
REDIS_START = [
    "redis-server",
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "-::1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    "/var/lib/redis",
    "--logfile",
    "/var/log/redis/ci.log",
]


class Probe(threading.Thread):
    """GETs one URL every 0.1 s and records (time, status), status 0 for no answer."""

    def __init__(self, url, start):
        super().__init__(daemon=True)
        self.url, self.start_time, self.samples, self.running = url, start, [], True

    def run(self):
        while self.running:
            try:
                with urllib.request.urlopen(self.url, timeout=5) as response:  # noqa: S310
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError:
                status = 0
            self.samples.append((time.monotonic() - self.start_time, status))
            time.sleep(0.1)


def summarise(probe, fault_at, until) -> str:
    during = [(t, s) for t, s in probe.samples if fault_at <= t < until]
    bad = [(t, s) for t, s in during if s != 200]
    if not bad:
        return f"0 errors of {len(during)} probes, no interruption"
    last_bad = max(t for t, _ in bad)
    recovered = next((t for t, s in during if t > last_bad and s == 200), None)
    statuses = sorted({s for _, s in bad})
    recovery = f"{recovered - fault_at:.1f}s" if recovered else "not within the window"
    return (
        f"{len(bad)} non-200 of {len(during)} probes (statuses {statuses}), "
        f"back to 200 after {recovery}"
    )


def main() -> None:
    env = base_env(
        DATABASE_URL=os.environ.get(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/redefine_faulttest"
        ),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/8"),
        # Keep connections, as production would: the restart must break them and the site heal.
        DATABASE_CONN_MAX_AGE="60",
    )
    subprocess.run(  # noqa: S603 (fixed arguments)
        [
            shutil.which("psql") or "/usr/bin/psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-c",
            "CREATE DATABASE redefine_faulttest",
        ],
        capture_output=True,
        check=False,
    )
    prepare_site(env)
    urls = sample_urls(env)
    with gunicorn(env, RESULTS / "faulttest.log") as base_url:
        start = time.monotonic()
        cached_probe = Probe(base_url + urls["article"], start)
        uncached_probe = Probe(base_url + "/en/search/?q=anger", start)
        cached_probe.start()
        uncached_probe.start()
        load = {}
        loader = threading.Thread(
            target=lambda: load.update(
                run_wrk(base_url + urls["home"], seconds=SECONDS, connections=50)
            )
        )
        loader.start()
        time.sleep(10)
        subprocess.run(PG_RESTART, check=True)  # noqa: S603
        time.sleep(20)
        subprocess.run(REDIS_STOP, check=False)  # noqa: S603
        time.sleep(5)
        subprocess.run(REDIS_START, check=True)  # noqa: S603
        loader.join()
        cached_probe.running = uncached_probe.running = False
    lines = [
        f"Fault test: {SECONDS}s of load (wrk, 50 connections on the home page), "
        "PostgreSQL restarted at 10s, Redis down from 30s to 35s.",
        f"load: {load['requests']} requests, {load['requests_per_second']:.0f} req/s, "
        f"non-2xx: {load['http_errors']}, socket errors: {load['socket_errors']}",
        f"PostgreSQL restart, cached page: {summarise(cached_probe, 10, 30)}",
        f"PostgreSQL restart, uncached page (search): {summarise(uncached_probe, 10, 30)}",
        f"Redis outage, cached page: {summarise(cached_probe, 30, SECONDS)}",
        f"Redis outage, uncached page (search): {summarise(uncached_probe, 30, SECONDS)}",
    ]
    report = "\n".join(lines)
    print(report)
    (RESULTS / "faulttest.md").write_text(report + "\n")


if __name__ == "__main__":
    main()
