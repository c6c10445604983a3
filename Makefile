# Redefine: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
# Every dependency, pinned with its hashes (`make lock` makes it again from pyproject.toml).
LOCK := requirements.lock
# The installed venv matches the lock file and pyproject.toml with these checksums.
STAMP := $(VENV)/.installed-$(shell cat $(LOCK) pyproject.toml | cksum | cut -d' ' -f1)
# The lock's tool (from PyPI, into the venv) and the Python and platform it resolves for.
UV_VERSION := 0.13.9
LOCK_PYTHON := 3.11.5
MANAGE := $(BIN)/python manage.py
TEMPLATE_DIRS := $(wildcard */templates)
# One process by default: pytest-xdist's groups do not yet keep tests that share a costly
# fixture on one worker, and one PostgreSQL run with -n 2 crashed (docs/operations.md).
# PYTEST_PARALLEL="-n auto --dist loadgroup" tries the parallel run.
PYTEST_PARALLEL ?=

.PHONY: install lock run test lint serve messages clean mirror
.PHONY: bench loadtest faulttest
.PHONY: browser-deps screenshots lighthouse

$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

## make lock: pin pyproject.toml's dependencies (with the test extra) and their hashes in
## requirements.lock, keeping the pins it has; UPGRADE="--upgrade-package NAME" (or --upgrade)
## moves them on. Commit the lock file with the change to pyproject.toml.
lock:
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes --quiet \
		--python-version $(LOCK_PYTHON) --python-platform linux $(UPGRADE) -o $(LOCK)

## make run: install, migrate, compile translations, load the demo content, serve on $(PORT).
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) compile_translations
	$(MANAGE) load_demo_content --host $(HOST) --port $(PORT)
	@echo ""
	@echo "  Redefine: http://$(HOST):$(PORT)/   admin: http://$(HOST):$(PORT)/admin/"
	@echo "  (demo users and their password are printed just above)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

## make test: install, lint, check, and run the whole test suite.
test: install lint browser-deps
	$(MANAGE) compile_translations
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_PARALLEL)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --lint $(TEMPLATE_DIRS)
	$(BIN)/lint-imports --no-cache

## axe-core for the browser tests' accessibility checks (npm registry; tests/browser/package.json).
## Without npm, those checks are skipped (never in CI). Says so when no font draws Georgian or
## Armenian (.ci/run installs one).
AXE := tests/browser/node_modules/axe-core/axe.min.js
browser-deps:
	@if command -v npm >/dev/null 2>&1; then \
		{ test -f $(AXE) && test tests/browser/node_modules/.package-lock.json -nt \
			tests/browser/package-lock.json; } || \
		npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error; \
	else echo "npm is not installed: the axe checks in tests/browser will be skipped"; fi
	@if test -x /usr/bin/chromium && command -v fc-list >/dev/null 2>&1; then \
		for lang in ka hy; do test -n "$$(fc-list :lang=$$lang family)" || \
			echo "no font has the letters of '$$lang': the glyph test will fail" \
				"(apt-get install fonts-noto-core)"; done; \
	fi

## make screenshots: the key pages in en, ka and hy at 360×740 and 1280×800, as PNGs in screenshots/.
screenshots: install
	$(BIN)/python -m tests.browser.screenshots screenshots

## make lighthouse: Lighthouse (mobile) on an article and a support page of the demo site, served
## with production settings; scores in lighthouse-results/scores.md (docs/accessibility.md).
lighthouse: install
	@test -x tests/browser/lighthouse/node_modules/.bin/lighthouse || \
		npm ci --prefix tests/browser/lighthouse --no-audit --no-fund --loglevel=error
	CHROME_PATH=/usr/bin/chromium $(BIN)/python -m tests.browser.lighthouse_scores lighthouse-results

## make serve: a production-like server (gunicorn, whitenoise, DEBUG off) on the local database.
serve: install
	@test -f .local-secret-key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > .local-secret-key
	@test -f .local-questions-key || $(BIN)/python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())" > .local-questions-key
	DJANGO_SETTINGS_MODULE=site_config.settings.production SECRET_KEY="$$(cat .local-secret-key)" \
		QUESTIONS_ENCRYPTION_KEY="$$(cat .local-questions-key)" SECURE_SSL_REDIRECT=0 SERVE_MEDIA=1 sh -c '\
		$(MANAGE) migrate --noinput && \
		$(MANAGE) compile_translations && \
		$(MANAGE) collectstatic --noinput --verbosity 0 && \
		HOST=$(HOST) PORT=$(PORT) $(BIN)/gunicorn -c site_config/gunicorn.conf.py site_config.wsgi'

## make mirror: the reader site, every locale, as static files in $(MIRROR_DIR) for any static host
## (docs/operations.md, "Mirrors and the onion service"); run again after a publish, it re-exports
## only what changed. MIRROR_FULL=1 exports everything again.
MIRROR_DIR ?= mirror
mirror: install
	$(MANAGE) compile_translations
	$(MANAGE) export_static $(MIRROR_DIR) --check $(if $(MIRROR_FULL),,--incremental)

## make messages: refresh the .po catalogues from the code (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l en -l sv -l ka -l hy -l ro -l ru -l be --no-location \
		--ignore='.venv/*' --ignore='media*' --ignore='staticfiles/*' --ignore='tests/*' \
		--ignore='demo/data/*' --ignore='bench/*'

## make bench: req/s, latency, errors, SQL queries and bytes per page, uncached and cached.
## make loadtest: 200 connections for 60 s, no errors. make faulttest: restarts PostgreSQL and
## Redis under load (never while others use them). All on 127.0.0.1; see docs/operations.md.
bench loadtest faulttest: install
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(BIN)/python bench/$@.py

clean:
	rm -rf $(VENV) staticfiles media-test
