"""`make loadtest`: 200 concurrent connections for 60 seconds on loopback, no error allowed.

Drives the home, country, article and support pages in turn (wrk with a small Lua script)
against gunicorn with the production settings. LOADTEST_SECONDS and LOADTEST_CONNECTIONS
override the defaults. Exits non-zero if any response was an error.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import REPO, base_env, gunicorn, prepare_site, run_wrk, sample_urls  # noqa: E402

SECONDS = int(os.environ.get("LOADTEST_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("LOADTEST_CONNECTIONS", "200"))
RESULTS = REPO / "bench" / "results"


def rotation_script(paths) -> Path:
    script = RESULTS / "rotate.lua"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(
        "paths = {" + ", ".join(json.dumps(path) for path in paths) + "}\n"
        "counter = 0\n"
        "request = function()\n"
        "  counter = counter % #paths + 1\n"
        '  return wrk.format("GET", paths[counter])\n'
        "end\n"
    )
    return script


def main() -> None:
    env = base_env()
    prepare_site(env)
    urls = sample_urls(env)
    paths = [urls[name] for name in ("home", "country", "article", "support")]
    script = rotation_script(paths)
    with gunicorn(env, RESULTS / "loadtest.log") as base_url:
        result = run_wrk(
            base_url + "/", seconds=SECONDS, connections=CONNECTIONS, extra=["-s", str(script)]
        )
    errors = result["http_errors"] + sum(result["socket_errors"].values())
    report = (
        f"Load test: {CONNECTIONS} connections for {SECONDS}s on {', '.join(paths)}\n"
        f"requests: {result['requests']}, {result['requests_per_second']:.0f} req/s, "
        f"p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms, "
        f"error responses: {result['http_errors']}, socket errors: {result['socket_errors']}\n"
        f"{'PASS' if errors == 0 else 'FAIL'}: {errors} errors"
    )
    print(report)
    (RESULTS / "loadtest.md").write_text(report + "\n")
    sys.exit(0 if errors == 0 else 1)


if __name__ == "__main__":
    main()
