"""Shared by the bench, load and fault scripts: the demo site under gunicorn, production settings.

The database is a dedicated SQLite file (bench/bench.sqlite3) unless DATABASE_URL is set; the
cache is Redis when REDIS_URL is set, files and local memory otherwise. Everything listens on
127.0.0.1 only.
"""

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import closing, contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE = f"sqlite:///{REPO / 'bench' / 'bench.sqlite3'}"


def base_env(**overrides) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", DEFAULT_DATABASE)
    # Persistent connections, as docs/operations.md recommends for production.
    env.setdefault("DATABASE_CONN_MAX_AGE", "60")
    env.update(
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        SECRET_KEY=env.get("SECRET_KEY") or secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="0",
        SERVE_MEDIA="1",
        ALLOWED_HOSTS="localhost,127.0.0.1",
        PAGE_CACHE_DIR=str(REPO / "bench" / "results" / "page-cache"),
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args, env, capture=True) -> str:
    result = subprocess.run(  # noqa: S603 (this interpreter, manage.py, fixed arguments)
        [PYTHON, "manage.py", *args], cwd=REPO, env=env, capture_output=capture, text=True
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout or ""


def prepare_site(env) -> None:
    """Migrate, load the demo content once, collect static files."""
    # The demo loader runs with the development settings: it refuses to create demo users in
    # production. Same database either way.
    dev_env = {**env, "DJANGO_SETTINGS_MODULE": "site_config.settings.dev"}
    manage("migrate", "--noinput", env=env)
    has_content = (
        manage(
            "shell",
            "-c",
            "from articles.models import ArticlePage; print(ArticlePage.objects.live().count())",
            env=env,
        )
        .strip()
        .splitlines()[-1]
    )
    if has_content == "0":
        manage("load_demo_content", env=dev_env)
    manage("compile_translations", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)


SAMPLE_URLS = """
from articles.models import ArticlePage, TopicPage
from countries.models import CountryPage
from support.models import SupportPage
import json
def first(model):
    page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
    return page.url
print(json.dumps({
    "home": "/en/",
    "country": first(CountryPage),
    "article": first(ArticlePage),
    "support": first(SupportPage),
    "topic": first(TopicPage),
    "search": "/en/search/?q=anger",
}))
"""


def sample_urls(env) -> dict[str, str]:
    output = manage("shell", "-c", SAMPLE_URLS, env=env)
    return json.loads(output.strip().splitlines()[-1])


def static_url() -> str:
    manifest = json.loads((REPO / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout=60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with closing(socket.socket()) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    sys.exit(f"server on port {port} did not start")


def wait_until_serving(base_url: str, timeout=120) -> None:
    """Until every worker has loaded the application (gunicorn boots them one by one)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=10) as response:  # noqa: S310
                if response.status == 200:
                    break
        except OSError:
            pass
        time.sleep(0.5)
    # Keep every worker busy for a few seconds so each has imported everything it needs.
    run_wrk(base_url + "/en/", seconds=5, connections=8)


@contextmanager
def gunicorn(env, log_path: Path):
    port = free_port()
    server_env = {**env, "HOST": "127.0.0.1", "PORT": str(port)}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "ab") as log:
        process = subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "gunicorn", "-c", "site_config/gunicorn.conf.py", "site_config.wsgi"],
            cwd=REPO,
            env=server_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(port)
            base_url = f"http://127.0.0.1:{port}"
            wait_until_serving(base_url)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def ensure_wrk() -> str:
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("wrk is not installed: `apt-get install -y wrk` (make bench does this)")
    return wrk


UNITS = {
    "": 1,
    "k": 1e3,
    "K": 1e3,
    "M": 1e6,
    "G": 1e9,
    "B": 1,
    "KB": 1024,
    "MB": 1024**2,
    "GB": 1024**3,
}


def _duration_ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def run_wrk(url: str, *, seconds: int, connections: int, threads: int = 2, extra=()) -> dict:
    """Drive one URL with wrk (a separate process) and parse what it printed."""
    output = subprocess.run(  # noqa: S603
        [
            ensure_wrk(),
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "10s",
            *extra,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = {"raw": output}
    result["requests_per_second"] = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = re.search(r"(\d+) requests in ([\d.]+\w+), ([\d.]+)(\w+) read", output)
    result["requests"] = int(total.group(1))
    result["bytes_read"] = float(total.group(3)) * UNITS[total.group(4)]
    for percentile in ("50", "99"):
        match = re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.MULTILINE)
        result[f"p{percentile}_ms"] = _duration_ms(match.group(1)) if match else float("nan")
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    result["http_errors"] = int(non_2xx.group(1)) if non_2xx else 0
    result["socket_errors"] = (
        {
            k: int(v)
            for k, v in zip(
                ("connect", "read", "write", "timeout"), socket_errors.groups(), strict=True
            )
        }
        if socket_errors
        else {"connect": 0, "read": 0, "write": 0, "timeout": 0}
    )
    return result
