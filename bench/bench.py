"""`make bench`: requests/s, p50/p99 latency, errors, SQL queries and bytes per page.

Runs the demo site under gunicorn with the production settings (see bench/common.py), drives it
with wrk from a separate process on 127.0.0.1, uncached (PAGE_CACHE_ENABLED=0) and cached, and
compares against the budgets: a cached page at no less than half the rate of a static file
served by whitenoise from the same gunicorn, an uncached article at no less than 150 req/s.

BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 16) tune the runs.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, base_env, gunicorn, manage, prepare_site, run_wrk, sample_urls, static_url  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
RESULTS = REPO / "bench" / "results"

COUNT_QUERIES = """
import json, statistics, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from core.signals import invalidate_fragments
urls = json.loads(%r)
client = Client(HTTP_HOST="localhost")
counts = {}

def timed(url, cold):
    if cold:
        invalidate_fragments()  # as a publish does: every fragment and cached route is rebuilt
    start = time.perf_counter()
    response = client.get(url)
    return (time.perf_counter() - start) * 1000

for name, url in urls.items():
    assert client.get(url).status_code == 200, url  # warm the fragment and renditions caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    invalidate_fragments()
    with CaptureQueriesContext(connection) as cold_queries:
        client.get(url)
    counts[name] = {
        "queries": len(queries),
        "queries_after_publish": len(cold_queries),
        "bytes": len(response.content),
        # In-process milliseconds (Django test client, median of 15): with the fragment cache
        # warm, and right after a publish (fragments, routes and settings rebuilt).
        "ms": statistics.median(timed(url, False) for _ in range(15)),
        "ms_after_publish": statistics.median(timed(url, True) for _ in range(15)),
    }
print(json.dumps(counts))
"""


def count_queries(env, urls) -> dict:
    output = manage("shell", "-c", COUNT_QUERIES % json.dumps(urls), env=env)
    return json.loads(output.strip().splitlines()[-1])


def drive(base_url, urls) -> dict:
    results = {}
    for name, path in urls.items():
        run_wrk(base_url + path, seconds=1, connections=4)  # warm every worker
        results[name] = run_wrk(base_url + path, seconds=SECONDS, connections=CONNECTIONS)
    return results


def main() -> None:
    load_before = os.getloadavg()[0]
    env = base_env()
    print("Preparing the demo site (migrate, demo content, static files)…", flush=True)
    prepare_site(env)
    urls = sample_urls(env)
    uncached_env = {**env, "PAGE_CACHE_ENABLED": "0"}
    queries = {"uncached": count_queries(uncached_env, urls), "cached": count_queries(env, urls)}

    print(f"Driving each page for {SECONDS}s with {CONNECTIONS} connections (wrk)…", flush=True)
    with gunicorn(uncached_env, RESULTS / "bench-uncached.log") as base_url:
        uncached = drive(base_url, {**urls, "static": static_url()})
    with gunicorn(env, RESULTS / "bench-cached.log") as base_url:
        cached = drive(base_url, urls)

    static = uncached.pop("static")
    lines = [
        f"Database: {env['DATABASE_URL'].split(':')[0]}; cache: "
        f"{'Redis' if env.get('REDIS_URL') else 'files (pages) and local memory'}; "
        f"{os.cpu_count()} CPU cores; gunicorn workers: "
        f"{os.environ.get('WEB_CONCURRENCY', 'default (2 x cores + 1)')}; "
        f"wrk {CONNECTIONS} connections, {SECONDS}s per row; 1-minute load average "
        f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after (other work on the machine).",
        "",
        "| page | mode | req/s | p50 ms | p99 ms | errors | SQL queries | bytes/page |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    render_lines = [
        "",
        "One render in process (Django test client, page cache off, median of 15): with the "
        "fragment cache warm, and right after a publish (every fragment rebuilt).",
        "",
        "| page | ms | SQL queries | ms after a publish | SQL queries after a publish |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in urls:
        row = queries["uncached"][name]
        render_lines.append(
            f"| {name} | {row['ms']:.1f} | {row['queries']} | {row['ms_after_publish']:.1f} | "
            f"{row['queries_after_publish']} |"
        )
    for name in urls:
        for mode, result in (("uncached", uncached[name]), ("cached", cached[name])):
            errors = result["http_errors"] + sum(result["socket_errors"].values())
            mode_label = mode if name != "search" else f"{mode} (never cached)"
            lines.append(
                f"| {name} | {mode_label} | {result['requests_per_second']:.0f} | "
                f"{result['p50_ms']:.1f} | {result['p99_ms']:.1f} | {errors} | "
                f"{queries[mode][name]['queries']} | {queries[mode][name]['bytes']} |"
            )
    static_errors = static["http_errors"] + sum(static["socket_errors"].values())
    lines.append(
        f"| static file (whitenoise) | — | {static['requests_per_second']:.0f} | "
        f"{static['p50_ms']:.1f} | {static['p99_ms']:.1f} | {static_errors} | 0 | "
        f"{static['bytes_read'] / max(static['requests'], 1):.0f} |"
    )
    half_static = static["requests_per_second"] / 2
    slowest_cached = min(cached[name]["requests_per_second"] for name in urls if name != "search")
    article = uncached["article"]["requests_per_second"]
    lines += [
        "",
        "Budgets:",
        f"- cached pages ≥ half the static rate ({half_static:.0f} req/s): slowest cached page "
        f"{slowest_cached:.0f} req/s → {'PASS' if slowest_cached >= half_static else 'FAIL'}",
        f"- uncached article ≥ 150 req/s: {article:.0f} req/s → "
        f"{'PASS' if article >= 150 else 'FAIL'}",
    ]
    report = "\n".join(lines + render_lines)
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench.md").write_text(report + "\n")
    (RESULTS / "bench.json").write_text(
        json.dumps(
            {"queries": queries, "uncached": uncached, "cached": cached, "static": static},
            indent=1,
            default=str,
        )
    )


if __name__ == "__main__":
    main()
