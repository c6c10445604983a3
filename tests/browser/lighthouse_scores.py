"""`make lighthouse`: Lighthouse scores for an article and a support page, on a phone.

    python -m tests.browser.lighthouse_scores [OUTPUT_DIR] [--locales en,ka,hy]

Builds the demo site with the production settings (as `make serve`: compressed, hashed static
files, whole-page cache) in a temporary folder, serves it with gunicorn on 127.0.0.1, and runs
Lighthouse (tests/browser/lighthouse/node_modules, from the npm registry) with Debian's Chromium
(CHROME_PATH) in its default mobile emulation: a mid-range phone on a slow 4G connection,
simulated. Writes each report (JSON and HTML) and `scores.md`, the scores and every audit that
kept a score below 100, to OUTPUT_DIR, and prints the scores.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from tests.browser import demo_site
from tests.browser.conftest import CHROMIUM

LIGHTHOUSE = Path(__file__).parent / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def run_lighthouse(url, output_base):
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", str(CHROMIUM))}
    subprocess.run(  # noqa: S603 (the project's own lighthouse, fixed arguments)
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output=html",
            f"--output-path={output_base}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        env=env,
        check=True,
        timeout=300,
    )
    return json.loads(Path(f"{output_base}.report.json").read_text())


def below_full_marks(report, category):
    """The audits that cost this category points: (title, displayed value)."""
    refs = report["categories"][category]["auditRefs"]
    found = []
    for ref in refs:
        audit = report["audits"][ref["id"]]
        if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
            found.append((audit["title"], audit.get("displayValue", "")))
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default="lighthouse-results")
    parser.add_argument("--locales", default="en,ka,hy")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing: npm ci --prefix tests/browser/lighthouse", file=sys.stderr)
        return 2
    output = Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)

    lines = ["| page | " + " | ".join(CATEGORIES) + " |", "|---|" + "---:|" * len(CATEGORIES)]
    notes = []
    with tempfile.TemporaryDirectory(prefix="redefine-lighthouse-") as tmp:
        workdir = Path(tmp)
        print("building the demo site (production settings)…", flush=True)
        pages = demo_site.build(workdir, production=True)
        with demo_site.serve(workdir, production=True) as server:
            for code in args.locales.split(","):
                journey = pages[code]["journey"]
                for name in ["article", "support"]:
                    url = server.url(journey[name])
                    # Once before measuring, so that Lighthouse meets the page cache as a
                    # reader would, not the first render after a deploy.
                    urllib.request.urlopen(url, timeout=30).read()  # noqa: S310 (our server)
                    report = run_lighthouse(url, output / f"{code}-{name}")
                    scores = {
                        category: round(report["categories"][category]["score"] * 100)
                        for category in CATEGORIES
                    }
                    label = f"{code} {name} ({journey[name]})"
                    cells = " | ".join(str(score) for score in scores.values())
                    lines.append(f"| {label} | {cells} |")
                    print(label, scores, flush=True)
                    for category in CATEGORIES:
                        for title, value in below_full_marks(report, category):
                            notes.append(f"- {label}, {category}: {title} {value}".rstrip())
    text = "\n".join(
        [
            "# Lighthouse (mobile emulation, Debian Chromium)",
            "",
            *lines,
            "",
            "What kept a score below 100:",
            "",
            *(notes or ["- nothing"]),
            "",
        ]
    )
    (output / "scores.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
